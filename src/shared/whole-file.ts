import { randomBytes } from 'node:crypto';
import { mkdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';

/** Where to write an output so that it appears whole or not at all (see {@link wholeFile}). */
export interface WholeFile {
  /** The file to write into. */
  readonly file: string;
  /** Puts what was written in place (renames the temporary file over the destination). */
  commit(): Promise<void>;
  /** Drops what was written (removes the temporary file); never throws. */
  discard(): Promise<void>;
}

/**
 * The way to write `path` whole or not at all: a temporary file beside it, renamed over it on
 * `commit`. A symbolic link is followed (the file it names is replaced, the link stays). A path
 * that exists and is not a regular file — `/dev/null`, `/dev/stdout`, a named pipe — is written to
 * as it is: renaming over it would replace the device or the pipe with a file.
 */
export async function wholeFile(path: string): Promise<WholeFile> {
  const existing = await stat(path).catch(() => undefined);
  if (existing !== undefined && !existing.isFile()) return { file: path, commit: async () => undefined, discard: async () => undefined };
  const destination = existing !== undefined ? await realpath(path) : path;
  await mkdir(dirname(destination), { recursive: true });
  const temporary = resolve(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  return {
    file: temporary,
    commit: () => rename(temporary, destination),
    discard: () => rm(temporary, { force: true }).catch(() => undefined),
  };
}
