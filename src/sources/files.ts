import { open, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { usageError } from '../shared/errors.js';
import { DETECT_HEAD_BYTES } from './query-logs/detect.js';
import type { SourceText, UnreadableSource } from './source-text.js';

/** File name the audit uses for standard input. */
export const STDIN_FILE = '<stdin>';

/** What `readSources` found: the readable texts, in a stable order, and the inputs it could not read. */
export interface ReadSourcesResult {
  sources: SourceText[];
  unreadable: UnreadableSource[];
}

const CQL_EXTENSIONS = ['.cql'];

/**
 * Reads the inputs of `ksmig audit`: files as given, directories recursively (`*.cql`, sorted, so
 * runs are reproducible), and `-` for standard input. A path that does not exist is a usage error
 * (exit 2); a file that cannot be read or is not valid text is reported back as unreadable, never thrown.
 */
export async function readSources(paths: readonly string[], cwd: string, stdin: Readable): Promise<ReadSourcesResult> {
  const sources: SourceText[] = [];
  const unreadable: UnreadableSource[] = [];
  const files: string[] = [];
  for (const given of paths) {
    if (given === '-') {
      files.push(given);
      continue;
    }
    const absolute = resolveFrom(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined) {
      throw usageError(`no such file or directory: ${given}`, 'pass existing .cql files or directories, or - for standard input');
    }
    if (info.isDirectory()) files.push(...(await listCqlFiles(cwd, given)));
    else files.push(given);
  }
  for (const file of files) {
    if (file === '-') {
      const decoded = decode(await readStream(stdin));
      if (typeof decoded === 'string') sources.push({ file: STDIN_FILE, text: decoded });
      else unreadable.push({ file: STDIN_FILE, reason: decoded.reason });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(resolveFrom(cwd, file));
    } catch (err) {
      unreadable.push({ file, reason: describeIoError(err) });
      continue;
    }
    const decoded = decode(bytes);
    if (typeof decoded === 'string') sources.push({ file, text: decoded });
    else unreadable.push({ file, reason: decoded.reason });
  }
  return { sources, unreadable };
}

function resolveFrom(cwd: string, path: string): string {
  return path.startsWith('/') ? path : join(cwd, path);
}

async function listCqlFiles(cwd: string, dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(resolveFrom(cwd, dir), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = dir.endsWith('/') ? `${dir}${entry.name}` : `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      out.push(...(await listCqlFiles(cwd, child)));
    } else if (CQL_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
      out.push(child);
    }
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
 * an encoding would put findings at wrong columns.
 */
export function decode(bytes: Buffer): string | { reason: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) return { reason: 'the file contains NUL bytes; it looks binary, not CQL text' };
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { reason: `the file is not valid UTF-8 text (first invalid byte at offset ${at})` };
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
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

function describeIoError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/** The start of a file as text, as much as format detection looks at; empty when it cannot be read. */
export async function readHead(path: string): Promise<string> {
  const file = await open(path, 'r').catch(() => undefined);
  if (file === undefined) return '';
  try {
    const buffer = Buffer.alloc(DETECT_HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}
