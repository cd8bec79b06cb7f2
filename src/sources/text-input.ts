/**
 * Inputs read as streams, never whole: a file (regular or not: `<(zcat …)`, a FIFO), or standard
 * input. Their start is peeked once for classification (script or log, text or binary) without
 * being lost. A script is read twice by the audit; an input that cannot be read twice (a pipe) is
 * copied to a spool file as it is first read, and read from there afterwards.
 */
import { constants, createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DETECT_HEAD_BYTES } from './query-logs/detect.js';
import { firstInvalidUtf8, STDIN_FILE } from './files.js';
import { describeIoError, NUL_BYTES, notUtf8 } from './reasons.js';
import { UnreadableInputError } from './source-text.js';

/** An input whose start has been read; read it as a log (once) or as a script (as often as needed). */
export interface PeekedInput {
  /** The name findings carry: the path as given, `<stdin>` for `-`. */
  readonly file: string;
  /** Its first bytes (up to 16 KiB), for classification. */
  readonly head: Buffer;
  /** Whether it is a regular file (read again from disk, not spooled). */
  readonly regular: boolean;
  /** Its bytes from the start; a non-regular input can be read this way once. */
  bytes(): AsyncIterable<Buffer>;
  /** Its bytes from the start as often as asked (a non-regular input is spooled on the first reading). */
  rereadable(): () => AsyncIterable<Buffer>;
}

/** Opens inputs and owns the spool files; `dispose` removes them. */
export class InputOpener {
  private spoolDir: string | undefined;
  private spools = 0;
  /** Named pipes opened for reading: an open waits for a writer, and a wait Node cannot cancel keeps it from exiting. */
  private readonly pipes = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly stdin: Readable,
    signal?: AbortSignal,
  ) {
    signal?.addEventListener('abort', () => void this.releasePipes(), { once: true });
  }

  /** Opens `given` (`-` for standard input) and reads its start. Throws UnreadableInputError when it cannot be opened. */
  async open(given: string): Promise<PeekedInput> {
    if (given === '-') return this.peekStream(STDIN_FILE, this.stdin, false);
    const path = given.startsWith('/') ? given : join(this.cwd, given);
    let regular: boolean;
    try {
      const info = await stat(path);
      regular = info.isFile();
      if (info.isFIFO()) this.pipes.add(path);
    } catch (err) {
      throw new UnreadableInputError(describeIoError(err));
    }
    const stream = createReadStream(path);
    return this.peekStream(given, stream, regular, regular ? () => createReadStream(path) : undefined);
  }

  /**
   * Ends the wait of a read of a named pipe that no program writes to: opening it for writing (and
   * closing it at once) lets the read open and see the end of its input.
   */
  private async releasePipes(): Promise<void> {
    for (const path of this.pipes) {
      const handle = await open(path, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => undefined);
      await handle?.close().catch(() => undefined);
    }
  }

  /** Removes the spool files. */
  async dispose(): Promise<void> {
    if (this.spoolDir !== undefined) await rm(this.spoolDir, { recursive: true, force: true });
    this.spoolDir = undefined;
  }

  private async spoolPath(): Promise<string> {
    this.spoolDir ??= await mkdtemp(join(tmpdir(), 'ksmig-audit-'));
    return join(this.spoolDir, `input-${++this.spools}`);
  }

  private async peekStream(file: string, stream: Readable, regular: boolean, reopen?: () => Readable): Promise<PeekedInput> {
    const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    try {
      while (size < DETECT_HEAD_BYTES) {
        const next = await iterator.next();
        if (next.done === true) {
          done = true;
          break;
        }
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        chunks.push(chunk);
        size += chunk.length;
      }
    } catch (err) {
      throw new UnreadableInputError(describeIoError(err));
    }
    const head = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    let used = false;
    const once = async function* (): AsyncGenerator<Buffer> {
      if (used) throw new Error(`${file} was already read`);
      used = true;
      for (const c of chunks) yield c;
      if (done) return;
      try {
        for (;;) {
          const next = await iterator.next();
          if (next.done === true) return;
          yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        }
      } catch (err) {
        throw new UnreadableInputError(describeIoError(err));
      }
    };
    const fromDisk = reopen === undefined ? undefined : () => readAll(reopen);
    if (regular) stream.destroy();
    return {
      file,
      head,
      regular,
      bytes: () => (fromDisk !== undefined ? fromDisk() : once()),
      rereadable: () => {
        if (fromDisk !== undefined) return fromDisk;
        let spooled: string | undefined;
        return () => (spooled !== undefined ? readAll(() => createReadStream(spooled!)) : this.spoolWhileReading(once(), (path) => (spooled = path)));
      },
    };
  }

  /** Yields `source` and copies it into a spool file, named to `onDone` once complete. */
  private async *spoolWhileReading(source: AsyncIterable<Buffer>, onDone: (path: string) => void): AsyncGenerator<Buffer> {
    const path = await this.spoolPath();
    const out = createWriteStream(path);
    try {
      for await (const chunk of source) {
        if (!out.write(chunk)) await drained(out);
        yield chunk;
      }
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      onDone(path);
    } finally {
      if (!out.closed) out.destroy();
    }
  }
}

async function* readAll(open: () => Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of open()) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
  } catch (err) {
    throw new UnreadableInputError(describeIoError(err));
  }
}

function drained(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    out.once('drain', resolve);
    out.once('error', reject);
  });
}

/** How text is decoded: `strict` for scripts (a bad byte makes the input unreadable), `lenient` for logs. */
export type DecodeMode = 'strict' | 'lenient';

/**
 * Decodes bytes as they arrive: UTF-16 when they start with a UTF-16 byte-order mark, otherwise
 * UTF-8 (its BOM stripped). Strict decoding, as `decode` does for a whole file, throws an
 * UnreadableInputError at the first byte that is not UTF-8 (naming its offset) or at a NUL
 * character; lenient decoding replaces bad bytes and lets NULs through.
 */
export async function* decodeStream(bytes: AsyncIterable<Buffer>, mode: DecodeMode): AsyncGenerator<string> {
  let decoder: { decode(input?: Uint8Array, options?: { stream?: boolean }): string } | undefined;
  let utf8 = false;
  let pending: Buffer = Buffer.alloc(0);
  let before = 0;
  let tail: Buffer = Buffer.alloc(0);
  let first = true;
  const emit = (text: string): string => {
    let out = text;
    if (first && out !== '') {
      first = false;
      if (utf8 && out.startsWith('\uFEFF')) out = out.slice(1);
    }
    if (utf8 && mode === 'strict' && out.includes('\u0000')) throw new UnreadableInputError(NUL_BYTES);
    return out;
  };
  const feed = (chunk: Buffer, stream: boolean): string => {
    if (decoder === undefined) throw new Error('no decoder');
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      // Where the bad byte is: what the decoder had left of the chunk before, then this one.
      throw new UnreadableInputError(notUtf8(before - tail.length + firstInvalidUtf8(Buffer.concat([tail, chunk]))));
    }
  };
  for await (const raw of bytes) {
    let chunk = raw;
    if (decoder === undefined) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      if (pending.length < 2) continue;
      chunk = pending;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) {
        decoder = new TextDecoder('utf-16le');
        chunk = chunk.subarray(2);
      } else if (chunk[0] === 0xfe && chunk[1] === 0xff) {
        decoder = new TextDecoder('utf-16be');
        chunk = chunk.subarray(2);
      } else {
        decoder = new TextDecoder('utf-8', { fatal: mode === 'strict' });
        utf8 = true;
      }
    }
    const text = emit(feed(chunk, true));
    before += chunk.length;
    tail = incompleteTail(chunk);
    if (text !== '') yield text;
  }
  if (decoder === undefined) {
    // Fewer than two bytes in all.
    decoder = new TextDecoder('utf-8', { fatal: mode === 'strict' });
    utf8 = true;
    const text = emit(feed(pending, false));
    if (text !== '') yield text;
    return;
  }
  const rest = emit(feed(Buffer.alloc(0), false));
  if (rest !== '') yield rest;
}

/** The bytes at the end of `chunk` that begin a UTF-8 sequence it does not complete. */
function incompleteTail(chunk: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const b = chunk[chunk.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const len = b < 0x80 ? 1 : b >= 0xc0 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 ? 4 : 1;
    return len > back ? chunk.subarray(chunk.length - back) : Buffer.alloc(0);
  }
  return Buffer.alloc(0);
}

/** Whether the first bytes of an input are not text: NUL bytes outside UTF-16, or a compressed stream. */
export function binaryKind(head: Buffer): { compression?: string } | undefined {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return { compression: 'gzip' };
  if (head.length >= 3 && head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) return { compression: 'bzip2' };
  if (head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return { compression: 'zstd' };
  if (head.length >= 6 && head[0] === 0xfd && head.subarray(1, 6).toString('latin1') === '7zXZ\u0000') return { compression: 'xz' };
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return undefined;
  return head.includes(0) ? {} : undefined;
}
