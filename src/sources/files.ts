import { open, readFile, readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { usageError } from '../shared/errors.js';
import { DETECT_HEAD_BYTES } from './query-logs/detect.js';
import { describeIoError, NUL_BYTES, notUtf8 } from './reasons.js';
import type { SourceText, UnreadableSource } from './source-text.js';

/** File name the audit uses for standard input. */
export const STDIN_FILE = '<stdin>';

/** A path found under a directory that is not a file to read (a FIFO, socket or device), passed over. */
export interface SkippedPath {
  file: string;
  /** What it is, in words ("a named pipe"). */
  what: string;
}

/** What expanding the inputs found. */
export interface ExpandedPaths {
  /** Files to read (as given, or found under a directory given), and `-`, in a stable order. */
  files: string[];
  /** Inputs that cannot be read (a directory that cannot be listed, a symbolic link loop…). */
  unreadable: UnreadableSource[];
  /** Special files met while walking directories; never read (a FIFO would block the audit forever). */
  skipped: SkippedPath[];
}

const CQL_EXTENSIONS = ['.cql'];

/**
 * Expands the inputs of `ksmig audit`: files as given, directories recursively (`*.cql`, sorted, so
 * runs are reproducible), and `-` for standard input. A path that does not exist is a usage error
 * (exit 2); one that exists but cannot be read (permissions, a symbolic link loop) is reported back
 * as unreadable with its real cause, never thrown. A file named on the command line is read
 * whatever it is (a FIFO or `<(zcat …)` streams); special files under a directory are skipped.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const out: ExpandedPaths = { files: [], unreadable: [], skipped: [] };
  for (const given of paths) {
    if (given === '-') {
      out.files.push(given);
      continue;
    }
    const info = await statPath(resolveFrom(cwd, given));
    if (info instanceof Error) {
      if ((info as NodeJS.ErrnoException).code === 'ENOENT') {
        throw usageError(`no such file or directory: ${given}`, 'pass existing .cql files or directories, or - for standard input');
      }
      out.unreadable.push({ file: given, reason: describeIoError(info) });
      continue;
    }
    if (info.isDirectory()) await walk(cwd, given, out);
    else out.files.push(given);
  }
  return out;
}

async function statPath(path: string): Promise<Stats | Error> {
  try {
    return await stat(path);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

function resolveFrom(cwd: string, path: string): string {
  return path.startsWith('/') ? path : join(cwd, path);
}

async function walk(cwd: string, dir: string, out: ExpandedPaths): Promise<void> {
  let entries;
  try {
    entries = await readdir(resolveFrom(cwd, dir), { withFileTypes: true });
  } catch (err) {
    out.unreadable.push({ file: dir, reason: describeIoError(err) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = dir.endsWith('/') ? `${dir}${entry.name}` : `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      await walk(cwd, child, out);
      continue;
    }
    if (!CQL_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) continue;
    if (entry.isFile()) {
      out.files.push(child);
      continue;
    }
    // A symbolic link (followed: it may point at a file, or nowhere, or round in a loop) or a special file.
    const info = entry.isSymbolicLink() ? await statPath(resolveFrom(cwd, child)) : undefined;
    if (info instanceof Error) out.unreadable.push({ file: child, reason: describeIoError(info) });
    else if (info?.isFile() === true) out.files.push(child);
    else if (info?.isDirectory() !== true) out.skipped.push({ file: child, what: specialFileKind(info ?? entry) });
  }
}

/** What a special file is, in words. */
function specialFileKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** What `readSources` found: the readable texts, in a stable order, and the inputs it could not read. */
export interface ReadSourcesResult {
  sources: SourceText[];
  unreadable: UnreadableSource[];
}

/**
 * Reads inputs whole, as `expandPaths` finds them (`ksmig estimate` holds its scripts in memory;
 * the audit streams them instead): each file read and decoded, `-` from `stdin`. A path that does
 * not exist is a usage error; one that cannot be read or decoded is reported back as unreadable;
 * special files under a directory are passed over.
 */
export async function readSources(paths: readonly string[], cwd: string, stdin: Readable): Promise<ReadSourcesResult> {
  const found = await expandPaths(paths, cwd);
  const out: ReadSourcesResult = { sources: [], unreadable: [...found.unreadable] };
  for (const file of found.files) {
    let bytes: Buffer;
    try {
      bytes = file === '-' ? await readStream(stdin) : await readFile(resolveFrom(cwd, file));
    } catch (err) {
      out.unreadable.push({ file: file === '-' ? STDIN_FILE : file, reason: describeIoError(err) });
      continue;
    }
    const decoded = decode(bytes);
    const name = file === '-' ? STDIN_FILE : file;
    if (typeof decoded === 'string') out.sources.push({ file: name, text: decoded });
    else out.unreadable.push({ file: name, reason: decoded.reason });
  }
  return out;
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Decodes a CQL file: UTF-8 (BOM stripped), or UTF-16 when it starts with a UTF-16 BOM (files
 * saved by some Windows editors). Anything else that is not valid UTF-8 is unreadable: guessing
 * an encoding would put findings at wrong columns. (The streaming form is `decodeStream`.)
 */
export function decode(bytes: Buffer): string | { reason: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) return { reason: NUL_BYTES };
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return { reason: notUtf8(firstInvalidUtf8(bytes)) };
  }
}

/** Offset of the first byte of `bytes` that does not begin a valid UTF-8 sequence (or its length). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/**
 * The start of a file as text, as much as format detection looks at; empty when it cannot be
 * read or is not a regular file (reading a pipe here would take what the audit must read).
 */
export async function readHead(path: string): Promise<string> {
  return (await readHeadBytes(path)).toString('utf8');
}

/** The first bytes of a regular file (format and binary detection); empty when it cannot be read or is not one. */
export async function readHeadBytes(path: string, bytes = DETECT_HEAD_BYTES): Promise<Buffer> {
  const info = await statPath(path);
  if (info instanceof Error || !info.isFile()) return Buffer.alloc(0);
  const file = await open(path, 'r').catch(() => undefined);
  if (file === undefined) return Buffer.alloc(0);
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return Buffer.alloc(0);
  } finally {
    await file.close();
  }
}
