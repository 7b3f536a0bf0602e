// Responses for the files the build writes from text (JSON, CSV): the body goes in as UTF-8 bytes.
// Given a string, the Response constructor (undici) scans it for lone surrogates character by character, a cost
// every build paid for each commune's profile.json and every export. Encoding replaces a lone surrogate the same way (U+FFFD), natively.

const encoder = new TextEncoder();

/** A file's content as UTF-8, in memory of its own (which can move to another thread). */
export type FileBytes = Uint8Array<ArrayBuffer>;

export function utf8(text: string): FileBytes {
  return encoder.encode(text);
}

export function fileResponse(body: FileBytes, contentType: string): Response {
  return new Response(body, { headers: { 'content-type': contentType } });
}

export function textFileResponse(body: string, contentType: string): Response {
  return fileResponse(utf8(body), contentType);
}

/** Not SvelteKit's json(), which encodes the whole body a second time to set content-length. */
export function jsonFileResponse(value: unknown): Response {
  return textFileResponse(JSON.stringify(value), 'application/json');
}
