// The prerenderer's side of the build thread (./build-thread): the key each file travels under and the inbox where the
// thread's files arrive. Requests take their file from here; ./build-thread starts the thread that fills it.
import type { Locale } from '$lib/i18n/locale';
import { FileMailbox } from './mailbox';
import type { FileBytes } from './responses';

export const threadFileKey = {
  export: (file: string) => `export ${file}`,
  commune: (slug: string, locale: Locale) => `commune ${locale} ${slug}`,
  province: (iso: string, locale: Locale) => `province ${locale} ${iso}`
};

let inbox: FileMailbox | undefined;

/** A new inbox for the build thread's files, or undefined when one is open already: one thread per prerendering process. */
export function openBuildThreadInbox(): FileMailbox | undefined {
  if (inbox) return undefined;
  return (inbox = new FileMailbox());
}

/** The file from the build thread, or undefined when there is none or it did not build this one. */
export function fromBuildThread(key: string): Promise<FileBytes | undefined> {
  return inbox ? inbox.take(key) : Promise.resolve(undefined);
}
