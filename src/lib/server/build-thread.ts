// A second thread for the build's heaviest files: the exports and the profile.json of every commune and province
// page. They depend on the dataset alone, so while SvelteKit prerenders pages on one core, this thread writes them on
// the other, from the dataset the build's first step left (./build-cache): work that grows with the records, off the
// prerenderer's thread. Files travel as UTF-8 bytes whose memory moves to the receiving thread, because posting the
// strings would copy them on both threads. Requests ask for each file (./build-thread-inbox); without the thread (dev
// server, tests, or no cached dataset) they build it themselves, as they do for anything the thread did not send.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { readCachedDataset } from './build-cache';
import { openBuildThreadInbox } from './build-thread-inbox';
import type { FileBytes } from './responses';

const ROLE = 'defection-tracker build thread';

/** Starts the thread if the dataset was cached by an earlier step of this build. Once per prerendering process. */
export function startBuildThread(datasetFile: string): void {
  if (!existsSync(datasetFile)) return;
  const box = openBuildThreadInbox();
  if (!box) return;
  // This module's own built file is the thread's entry: it sees its role below and builds instead of serving.
  const thread = new Worker(fileURLToPath(import.meta.url), { workerData: { role: ROLE, datasetFile } });
  thread.on('message', (message: { key: string; body: FileBytes } | { done: true }) => ('done' in message ? box.close() : box.deliver(message.key, message.body)));
  thread.on('error', (error) => box.fail(new Error(`The build thread failed: ${error.message}`, { cause: error })));
  thread.on('exit', () => box.close());
  // The build ends when the prerenderer is done, whatever the thread is doing.
  thread.unref();
}

async function runThread(datasetFile: string): Promise<void> {
  const { threadFiles } = await import('./build-thread-files');
  for (const [key, body] of threadFiles(readCachedDataset(datasetFile))) parentPort!.postMessage({ key, body }, [body.buffer]);
  parentPort!.postMessage({ done: true });
}

if (workerData?.role === ROLE) void runThread(workerData.datasetFile);
