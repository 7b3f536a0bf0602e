// A commune's or province's profile.json response: the build thread's copy when it sent one (./build-thread), else
// built here; a place that does not exist is a 404.
import { error } from '@sveltejs/kit';
import { fromBuildThread } from './build-thread-inbox';
import { fileResponse, textFileResponse } from './responses';

export async function profileFileResponse(threadKey: string, build: () => string | undefined, notFound: string): Promise<Response> {
  const sent = await fromBuildThread(threadKey);
  if (sent) return fileResponse(sent, 'application/json');
  const body = build();
  if (body === undefined) error(404, notFound);
  return textFileResponse(body, 'application/json');
}
