/**
 * Why an input could not be read, in words: the `reason` of a KS0002 unreadable-file finding.
 * Every such sentence is here, so the wording stays consistent and out of the reading code.
 */

/** The reason for a file that holds NUL bytes (decoded as UTF-8). */
export const NUL_BYTES = 'the file contains NUL bytes; it looks binary, not CQL text';

/** The reason for bytes that are not UTF-8. */
export function notUtf8(offset: number): string {
  return `the file is not valid UTF-8 text (first invalid byte at offset ${offset})`;
}

/** The reason for a file given by name that is binary, not a script or a log. */
export function binaryInput(compression: string | undefined): string {
  return compression === undefined
    ? 'the file looks binary (it contains NUL bytes), not a CQL script or a query log'
    : `the file is ${compression}-compressed: decompress it and audit the result (for example: zcat queries.log.gz | ksmig audit --query-log-format lines -)`;
}

/** The reason for a query log from which no statement could be read. */
export function noLogRecords(format: string, count: number, first: { line: number; reason: string } | undefined): string {
  const where = first === undefined ? '' : ` (first at line ${first.line}: ${first.reason})`;
  return `no statement could be read from it as a ${format} log: all ${count} line(s) were passed over${where}`;
}

/** The real cause of an I/O error, in words (with its code, so it can be looked up). */
export function describeIoError(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  switch (e?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symbolic link loop) (ELOOP)';
    case 'ENOENT':
      return 'no such file or directory (a symbolic link to a file that does not exist?) (ENOENT)';
    case 'ENOTDIR':
      return 'a part of the path is not a directory (ENOTDIR)';
    case 'EIO':
      return 'input/output error (EIO)';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
