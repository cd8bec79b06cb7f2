/**
 * Files a command writes besides standard output (`--output`, `--write-baseline`,
 * `--emit-target-schema`): never one of its inputs, and never half-written — each goes to a
 * temporary file beside its destination and is renamed over it once complete (a device or a pipe
 * is written as it is).
 */
import { realpath, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { KsmigError, usageError } from '../shared/errors.js';
import { wholeFile, type WholeFile } from '../shared/whole-file.js';
import { expandPaths } from '../sources/files.js';

/** An output file and the flag that named it. */
export interface OutputPath {
  flag: string;
  path: string;
}

/**
 * Refuses (a usage error, exit 2) an output that is one of the inputs — a file given, or one found
 * under a directory given — or that another output names too. Paths are compared as real paths,
 * so `./s.cql`, a symbolic link to it and its absolute path are one file.
 */
export async function checkOutputs(outputs: readonly OutputPath[], inputs: readonly string[], cwd: string): Promise<void> {
  if (outputs.length === 0) return;
  const read = new Map<string, string>();
  const found = await expandPaths(
    inputs.filter((p) => p !== '-'),
    cwd,
  );
  for (const file of found.files) read.set(await realPath(resolve(cwd, file)), file);
  const written = new Map<string, OutputPath>();
  for (const output of outputs) {
    const real = await realPath(resolve(cwd, output.path));
    const input = read.get(real);
    if (input !== undefined) {
      throw usageError(`${output.flag} ${output.path} would overwrite ${input}, which is being audited`, `write the ${flagObject(output.flag)} to another file`);
    }
    const other = written.get(real);
    if (other !== undefined) throw usageError(`${output.flag} and ${other.flag} name the same file: ${output.path}`, 'give each output its own file');
    written.set(real, output);
  }
}

function flagObject(flag: string): string {
  return flag === '--output' ? 'report' : flag === '--write-baseline' ? 'baseline' : 'Keyspaces-ready schema';
}

/** The real path of `path`, or of its directory joined with its name when it does not exist yet. */
async function realPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return resolve(await realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/** Writes `text` to `path` whole or not at all (see {@link wholeFile}: devices and pipes are written as they are). */
export async function writeOutput(path: string, text: string): Promise<void> {
  let target: WholeFile | undefined;
  try {
    target = await wholeFile(path);
    await writeFile(target.file, text);
    await target.commit();
  } catch (err) {
    await target?.discard();
    throw new KsmigError('usage', 'KSMIG_OUTPUT', `cannot write ${path}: ${(err as Error).message}`, { cause: err });
  }
}
