// Files arriving from another thread, by key, for callers that may ask before or after each arrives.
import type { FileBytes } from './responses';

type Waiter = (body: FileBytes | undefined) => void;

export class FileMailbox {
  #arrived = new Map<string, FileBytes>();
  #waiting = new Map<string, Waiter[]>();
  #closed = false;
  #failure: Error | undefined;

  deliver(key: string, body: FileBytes): void {
    const waiters = this.#waiting.get(key);
    if (waiters) {
      this.#waiting.delete(key);
      for (const waiter of waiters) waiter(body);
    } else {
      this.#arrived.set(key, body);
    }
  }

  /**
   * The body for `key`, once: each file is read by one request, and letting go of it keeps the build's memory down.
   * Undefined when the sender finished without it (the caller then builds the file itself).
   */
  take(key: string): Promise<FileBytes | undefined> {
    if (this.#failure) return Promise.reject(this.#failure);
    const body = this.#arrived.get(key);
    if (body !== undefined) {
      this.#arrived.delete(key);
      return Promise.resolve(body);
    }
    if (this.#closed) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = (delivered) => (this.#failure ? reject(this.#failure) : resolve(delivered));
      this.#waiting.set(key, [...(this.#waiting.get(key) ?? []), waiter]);
    });
  }

  /** The sender is done: whoever still waits gets undefined. */
  close(): void {
    this.#closed = true;
    this.#release();
  }

  /** The sender failed: whoever waits, or asks later, gets the error. */
  fail(error: Error): void {
    this.#failure = error;
    this.#release();
  }

  #release(): void {
    for (const waiters of this.#waiting.values()) for (const waiter of waiters) waiter(undefined);
    this.#waiting.clear();
  }
}
