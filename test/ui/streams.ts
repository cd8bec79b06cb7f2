/** Fake process streams for the render facade. */
import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';

/** A stdout that keeps what is written, optionally posing as a terminal. */
export function captureStdout(options: { tty?: boolean; columns?: number; rows?: number } = {}) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    stream: Object.assign(stream, { isTTY: options.tty ?? false, columns: options.columns ?? 80, rows: options.rows ?? 30 }),
    text: () => chunks.join(''),
    lines: () => chunks.join('').split('\n').slice(0, -1),
  };
}

/** A stdin that poses as a terminal in raw mode; `type()` sends keys. */
export function fakeTerminalStdin() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stream, ref: () => stream, unref: () => stream });
  return { stream, type: (keys: string) => stream.write(keys) };
}

/** An stderr nobody reads. */
export function nullStderr() {
  return Object.assign(new Writable({ write: (_c, _e, callback) => callback() }), { isTTY: false });
}

/** An emitter standing in for a resize-capable stream when only events matter. */
export const emitter = (): EventEmitter => new EventEmitter();
