// `fqltool dump` output written the way the tool writes it, for tests of the readers and of replay.

/**
 * A value as `fqltool dump` prints it: 16 bytes a line (offset, hex with an extra space after the
 * eighth byte, the bytes as text), a repeated line folded into `........` (never the last), cut at
 * 1,024 bytes with `... truncated`.
 */
export function dump(bytes: Buffer): string {
  const shown = bytes.subarray(0, Math.min(1024, bytes.length));
  let out = '';
  let last: number[] = [];
  let sep = '';
  const end = Math.ceil(shown.length / 16) * 16;
  for (let i = 0; i < end; i += 16) {
    const line = [...shown.subarray(i, Math.min(i + 16, shown.length))];
    if (i + 16 < end) {
      const same = line.every((b, j) => b === last[j]);
      last = line;
      if (i > 0 && same) {
        sep = '........\n';
        continue;
      }
    }
    out += sep;
    sep = '';
    out += i.toString(16).padStart(8, '0');
    for (let j = 0; j < 16; j++) {
      if (j === 8) out += ' ';
      out += j < line.length ? ` ${(line[j] as number).toString(16).toUpperCase().padStart(2, '0')}` : '   ';
    }
    out += ' ';
    for (let j = 0; j < 16; j++) {
      if (j === 8) out += ' ';
      const b = line[j];
      out += b === undefined ? ' ' : b < 32 || b > 126 ? '\u00b7' : String.fromCharCode(b);
    }
    out += '\n';
  }
  if (shown.length < bytes.length) out += '... truncated\n';
  return out;
}

/** The `Values:` section for `values`, with the `-----` lines the tool writes after every value but the first. */
export function valuesSection(values: Buffer[]): string[] {
  return values.flatMap((v, i) => [...dump(v).split('\n').filter((l) => l !== ''), ...(i > 0 ? ['-----'] : [])]);
}

/** One `Type: single-query` record of a dump, with its bound values. */
export function singleQueryRecord(query: string, values: Buffer[], startTime = 1763979600000): string {
  return [
    'Type: single-query',
    `Query start time: ${startTime}`,
    'Protocol version: 5',
    'Generated timestamp:-9223372036854775808',
    `Generated nowInSeconds:${Math.floor(startTime / 1000)}`,
    `Query: ${query}`,
    'Values: ',
    ...valuesSection(values),
    '',
  ].join('\n');
}
