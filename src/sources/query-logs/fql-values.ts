/**
 * The bound values of a `fqltool dump` record. After `Values:` the tool prints each value's bytes
 * as a hex dump, 16 bytes a line: an 8-digit offset, the bytes (an extra space after the eighth),
 * then the bytes as text. Each value's offsets start again at `00000000`; a run of lines equal to
 * the one before is folded into a `........` line (the next printed offset says how many); a value
 * longer than 1,024 bytes is cut there and followed by `... truncated`; `-----` lines separate
 * some of the values. A value with no bytes prints nothing, so it cannot be told apart from a
 * missing one: callers check the count against the statement's bind markers.
 */
import { appendAll } from '../../shared/arrays.js';

/** One value as dumped: its bytes, or `undefined` when the dump cut it (`... truncated`). */
export type DumpedValue = Buffer | undefined;

const OFFSET = /^([0-9a-fA-F]{8}) /;
const BYTES_PER_LINE = 16;

/** Collects the hex dump lines of one record's `Values:` section into values. */
export class FqlValuesCollector {
  private readonly values: DumpedValue[] = [];
  private current: { bytes: number[]; lastLine: number[]; folded: boolean; truncated: boolean } | undefined;

  /** Feeds one line after `Values:`; returns false when the line is not part of a value dump. */
  push(line: string): boolean {
    const text = line.replace(/\r$/, '');
    if (text.trim() === '' || text.trim() === '-----') return true;
    if (text.trim() === '........') {
      if (this.current !== undefined) this.current.folded = true;
      return true;
    }
    if (text.trim() === '... truncated') {
      if (this.current !== undefined) this.current.truncated = true;
      return true;
    }
    const m = OFFSET.exec(text);
    if (m === null) return false;
    const offset = Number.parseInt(m[1] as string, 16);
    const bytes = lineBytes(text);
    if (bytes === undefined) return false;
    if (offset === 0 || this.current === undefined) {
      this.finish();
      this.current = { bytes: [], lastLine: [], folded: false, truncated: false };
    }
    const value = this.current;
    if (value.folded) {
      // Lines equal to the last printed one were left out up to this offset.
      while (value.bytes.length + BYTES_PER_LINE <= offset && value.lastLine.length === BYTES_PER_LINE) appendAll(value.bytes, value.lastLine);
      value.folded = false;
    }
    if (value.bytes.length !== offset) {
      // Out of step (a hand-edited or damaged dump): the value cannot be trusted.
      value.truncated = true;
    }
    appendAll(value.bytes, bytes);
    value.lastLine = bytes;
    return true;
  }

  /** The values read so far (completing the last one). */
  result(): DumpedValue[] {
    this.finish();
    return this.values;
  }

  private finish(): void {
    if (this.current === undefined) return;
    this.values.push(this.current.truncated ? undefined : Buffer.from(this.current.bytes));
    this.current = undefined;
  }
}

/** The bytes of one dump line, read by column (the text part may hold anything); undefined when malformed. */
function lineBytes(line: string): number[] | undefined {
  const out: number[] = [];
  for (let j = 0; j < BYTES_PER_LINE; j++) {
    const at = 8 + j * 3 + (j >= 8 ? 1 : 0);
    const cell = line.slice(at, at + 3);
    if (cell.trim() === '') {
      if (out.length === 0) return undefined;
      break;
    }
    if (!/^ [0-9a-fA-F]{2}$/.test(cell)) return undefined;
    out.push(Number.parseInt(cell.slice(1), 16));
  }
  return out;
}

/** Parses a whole `Values:` section (the lines after it); handy for tests and one-off reads. */
export function parseDumpedValues(lines: readonly string[]): DumpedValue[] {
  const collector = new FqlValuesCollector();
  for (const line of lines) if (!collector.push(line)) break;
  return collector.result();
}
