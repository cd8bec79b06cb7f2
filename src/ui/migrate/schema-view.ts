/**
 * The schema review as display rows: each object's heading, its DDL diff (side by side on wide
 * terminals, one column of `-`/`+` lines on narrow ones) and the converter's notes; and the cost
 * line of the chosen capacity mode.
 */
import type { CapacityMode } from '../../convert/target-schema.js';
import { moneyFormatter } from '../../estimate/render/format.js';
import { provisionedCapacityCost, type CostEstimate } from '../../workflows/migrate.js';
import type { DiffLine, SchemaObjectReview } from '../../workflows/schema-review.js';
import { escapeControl, oneLine } from '../escape.js';
import { wrapWords } from '../format.js';
import type { Tone } from '../theme.js';

/** A cell of a side-by-side row. */
export interface Cell {
  text: string;
  tone: Tone;
}

/** One row of the review: a full-width line, or a side-by-side pair of cells. */
export type SchemaRow = { kind: 'line'; text: string; tone: Tone; bold?: boolean; object: number } | { kind: 'pair'; left: Cell; right: Cell; object: number };

/** At this width and above the two schemas are shown side by side. */
export const SIDE_BY_SIDE = 110;

/** Display text of a DDL line: control characters shown as `\xNN`, tabs as spaces. */
function ddl(text: string): string {
  return escapeControl(text.replace(/\t/g, '  '));
}

/** Pairs removed lines with the added lines that replace them, row by row; a changed line stays beside its new version. */
export function pairDiff(diff: readonly DiffLine[]): Array<{ left: DiffLine | undefined; right: DiffLine | undefined }> {
  const rows: Array<{ left: DiffLine | undefined; right: DiffLine | undefined }> = [];
  let removed: DiffLine[] = [];
  let added: DiffLine[] = [];
  const flush = (): void => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) rows.push({ left: removed[i], right: added[i] });
    removed = [];
    added = [];
  };
  for (const [i, line] of diff.entries()) {
    if (line.op === '-' && line.changed === true) {
      flush();
      rows.push({ left: line, right: diff[i + 1] });
    } else if (line.op === '+' && line.changed === true) continue;
    else if (line.op === '-') removed.push(line);
    else if (line.op === '+') added.push(line);
    else {
      flush();
      rows.push({ left: line, right: line });
    }
  }
  flush();
  return rows;
}

/** The heading of an object: `table shop.users → shop2.users`, or what happened to it. */
export function objectHeading(o: SchemaObjectReview): string {
  const name = oneLine(o.name);
  if (o.target === undefined) return `${o.kind} ${name} · left out`;
  if (o.origin === undefined) return `${o.kind} ${oneLine(o.targetName ?? o.name)} · added`;
  return o.targetName !== undefined && o.targetName !== o.name ? `${o.kind} ${name} → ${oneLine(o.targetName)}` : `${o.kind} ${name}`;
}

/**
 * A DDL line as rows of at most `width` characters: the whole of it is shown, broken after a space
 * where one is near the end of the row (mid-word only when none is), the rows after the first
 * indented under its text (`- ` and the line's own indentation).
 */
export function wrapDdl(text: string, width: number): string[] {
  const chars = Array.from(text);
  if (chars.length <= width) return [text];
  const indent = Math.min(Math.floor(width / 2), 2 + (/^. ( *)/.exec(text)?.[1]?.length ?? 0) + 4);
  const rows: string[] = [];
  let at = 0;
  while (at < chars.length) {
    const room = rows.length === 0 ? width : width - indent;
    let end = Math.min(chars.length, at + room);
    if (end < chars.length) {
      const space = chars.lastIndexOf(' ', end - 1);
      if (space > at + Math.floor(room / 2)) end = space + 1;
    }
    const part = chars.slice(at, end).join('');
    rows.push(rows.length === 0 ? part.trimEnd() : ' '.repeat(indent) + part.trimEnd());
    at = end;
  }
  return rows;
}

/** Every row of the review at `width` columns. */
export function schemaRows(objects: readonly SchemaObjectReview[], width: number): SchemaRow[] {
  const rows: SchemaRow[] = [];
  const sideBySide = width >= SIDE_BY_SIDE;
  const room = Math.max(10, width - 1);
  const half = Math.floor((width - 1 - 3) / 2);
  objects.forEach((o, object) => {
    if (object > 0) rows.push({ kind: 'line', text: '', tone: 'plain', object });
    rows.push({ kind: 'line', text: objectHeading(o), tone: o.target === undefined ? 'warn' : 'strong', bold: true, object });
    if (sideBySide) {
      for (const { left, right } of pairDiff(o.diff)) {
        const l = left === undefined ? [] : wrapDdl(`${left.op === '-' ? '-' : ' '} ${ddl(left.text)}`, half);
        const r = right === undefined ? [] : wrapDdl(`${right.op === '+' ? '+' : ' '} ${ddl(right.text)}`, half);
        const leftTone: Tone = left?.op === '-' ? 'bad' : 'plain';
        const rightTone: Tone = right?.op === '+' ? 'good' : 'plain';
        for (let i = 0; i < Math.max(l.length, r.length); i++) rows.push({ kind: 'pair', object, left: { text: l[i] ?? '', tone: leftTone }, right: { text: r[i] ?? '', tone: rightTone } });
      }
    } else {
      for (const line of o.diff) {
        const tone: Tone = line.op === '-' ? 'bad' : line.op === '+' ? 'good' : 'plain';
        for (const text of wrapDdl(`${line.op} ${ddl(line.text)}`, room)) rows.push({ kind: 'line', object, text, tone });
      }
    }
    for (const note of o.notes) {
      wrapWords(oneLine(note), room - 4).forEach((part, i) => rows.push({ kind: 'line', object, text: `${i === 0 ? '  • ' : '    '}${part}`, tone: 'muted' }));
    }
  });
  return rows;
}

/** `read:write` capacity units as typed (`100:50`), or undefined when they are not two positive whole numbers. */
export function parseReadWrite(text: string): { read: number; write: number } | undefined {
  const m = /^\s*(\d+)\s*[:/,]\s*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  const read = Number(m[1]);
  const write = Number(m[2]);
  return read >= 1 && write >= 1 ? { read, write } : undefined;
}

/** The capacity mode in words: `on-demand`, `provisioned 100 reads : 50 writes per second`. */
export function capacityText(capacity: CapacityMode | undefined): string {
  if (capacity === undefined || capacity.mode === 'on-demand') return 'on-demand';
  return `provisioned ${capacity.readCapacityUnits}:${capacity.writeCapacityUnits} (read:write units/s per table)`;
}

/** What the chosen capacity mode costs a month, as far as it can be known: `≈ $12.34/month …`. */
export function costText(estimate: CostEstimate, capacity: CapacityMode | undefined): string {
  const money = moneyFormatter(estimate.currency);
  const where = estimate.regions > 1 ? `${estimate.regions} Regions` : estimate.region;
  const storage = `storage ${money(estimate.storage)}`;
  if (capacity !== undefined && capacity.mode === 'provisioned') {
    const fixed = provisionedCapacityCost(estimate, capacity.readCapacityUnits, capacity.writeCapacityUnits);
    return `≈ ${money(fixed + estimate.storage)}/month in ${where}: capacity ${money(fixed)} (${estimate.tables} ${estimate.tables === 1 ? 'table' : 'tables'}) + ${storage}`;
  }
  if (estimate.requests === undefined) return `${storage}/month in ${where}; requests need a timestamped query log`;
  const r = estimate.requests;
  return `≈ ${money(r.onDemand + estimate.storage)}/month in ${where} on demand (${storage}); provisioned with auto scaling ≈ ${money(r.provisioned + estimate.storage)}`;
}
