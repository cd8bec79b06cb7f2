import { open, type FileHandle } from 'node:fs/promises';
import type { RangeStart } from './readers.js';

/** Bytes `[start, end)` of a file. */
export interface ByteRange {
  start: number;
  end: number;
}

/** Bytes read at a time while looking for a cut; also the longest line a predicate is asked about. */
const WINDOW = 64 * 1024;
const LF = 10;
const CR = 13;

/**
 * Cuts a file of `size` bytes into at most `parts` ranges of about equal size, each but the first
 * starting just after an LF, at a line where `rangeStart` lets a range start. A range never starts
 * with a UTF-8 byte-order mark: a reader's decoder would drop it there, and not within the whole
 * file. A cut is looked for no further than one range's length past where it should be; a part with
 * none is merged into the range before it (so a small or odd file gives fewer ranges). An empty
 * file gives none.
 */
export async function splitAtLines(path: string, size: number, parts: number, rangeStart: RangeStart, maxLineLength: number): Promise<ByteRange[]> {
  if (size === 0) return [];
  const cuts = [0];
  const handle = await open(path, 'r');
  try {
    const share = Math.ceil(size / parts);
    for (let i = 1; i < parts; i++) {
      const from = Math.max(Math.floor((size * i) / parts), cuts[cuts.length - 1]! + 1);
      if (from >= size) break;
      const cut = await findCut(handle, size, from, Math.min(size, from + share), rangeStart, maxLineLength);
      if (cut !== undefined) cuts.push(cut);
    }
  } finally {
    await handle.close();
  }
  return cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? size }));
}

/** The first line start at or after `from` (and before `limit` and the end) where a range may start. */
async function findCut(handle: FileHandle, size: number, from: number, limit: number, rangeStart: RangeStart, maxLineLength: number): Promise<number | undefined> {
  // A line starts at `from` when the byte before it is an LF.
  let at = from - 1;
  while (at < limit) {
    const window = await readAt(handle, at, WINDOW);
    const lf = window.indexOf(LF);
    if (lf < 0) {
      if (window.length < WINDOW) return undefined;
      at += window.length;
      continue;
    }
    const candidate = at + lf + 1;
    if (candidate >= size || candidate >= limit) return undefined;
    if (await mayStartAt(handle, candidate, rangeStart, maxLineLength)) return candidate;
    at = candidate;
  }
  return undefined;
}

/** Whether a range may start at `offset` (the start of a line). */
async function mayStartAt(handle: FileHandle, offset: number, rangeStart: RangeStart, maxLineLength: number): Promise<boolean> {
  const window = await readAt(handle, offset, rangeStart === 'any-line' ? 3 : WINDOW);
  if (window[0] === 0xef && window[1] === 0xbb && window[2] === 0xbf) return false;
  if (rangeStart === 'any-line') return true;
  // The predicate is asked only about a line the reader sees whole, as it sees it: ended by LF or
  // CRLF within the window (a lone CR would split it), no longer than the record limit (a byte is
  // at most one character).
  let end = window.indexOf(LF);
  if (end < 0) return false;
  if (end > 0 && window[end - 1] === CR) end--;
  const line = window.subarray(0, end);
  if (line.includes(CR) || line.length > maxLineLength) return false;
  return rangeStart(new TextDecoder('utf-8').decode(line));
}

async function readAt(handle: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, offset);
  return buffer.subarray(0, bytesRead);
}
