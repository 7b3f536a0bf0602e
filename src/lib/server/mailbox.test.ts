import { describe, expect, it } from 'vitest';
import { FileMailbox } from './mailbox';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (body: Uint8Array | undefined) => body && new TextDecoder().decode(body);

describe('FileMailbox', () => {
  it('hands a file to whoever asks, before or after it arrives, once', async () => {
    const mailbox = new FileMailbox();
    const early = mailbox.take('a');
    mailbox.deliver('a', bytes('first'));
    mailbox.deliver('b', bytes('second'));
    expect(text(await early)).toBe('first');
    expect(text(await mailbox.take('b'))).toBe('second');
    mailbox.close();
    await expect(mailbox.take('b')).resolves.toBeUndefined();
  });

  it('answers undefined for what the sender never sent, once it is done', async () => {
    const mailbox = new FileMailbox();
    const waiting = mailbox.take('unknown');
    mailbox.close();
    await expect(waiting).resolves.toBeUndefined();
    await expect(mailbox.take('later')).resolves.toBeUndefined();
  });

  it('passes the sender’s failure to everyone waiting and asking', async () => {
    const mailbox = new FileMailbox();
    const waiting = mailbox.take('a');
    mailbox.fail(new Error('the thread crashed'));
    await expect(waiting).rejects.toThrow('the thread crashed');
    await expect(mailbox.take('b')).rejects.toThrow('the thread crashed');
  });
});
