import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { fit, formatExact } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import { differenceColumns, INDENT, SIDE_BY_SIDE, WIDE, type DifferenceColumns } from './layout.js';
import type { SeenDifference } from './state.js';
import { differingExcerpts, keyText, rowText, safe, valueText } from './text.js';
import { maxOf } from '../../shared/arrays.js';

/** Differing columns shown per row at most; the rest are counted on one more line. */
const COLUMNS_PER_ROW = 3;

/** One line of the panel: the key on a difference's first line, then a column (or the kind) and both sides. */
export interface DifferenceLine {
  /** The difference it belongs to (its arrival number). */
  seq: number;
  key: string;
  /** A line with nothing on either side (`+2 more`): no separator. */
  sides: boolean;
  column: string;
  columnTone: Tone;
  origin: string;
  originTone: Tone;
  target: string;
  targetTone: Tone;
}

/**
 * A difference as lines of the panel. A row missing on the target shows the origin's values and
 * nothing on the target's side; an extra row the reverse; a different row one line per differing
 * column (at most three; then a line counting the others).
 */
export function differenceLines(d: SeenDifference, key: string): DifferenceLine[] {
  const base = { seq: d.seq, key, columnTone: 'warn' as Tone, sides: true };
  if (d.kind === 'missing') return [{ ...base, column: 'missing', origin: rowText(d.origin) || '(row)', originTone: 'plain', target: 'no row', targetTone: 'muted' }];
  if (d.kind === 'extra') return [{ ...base, column: 'extra', origin: 'no row', originTone: 'muted', target: rowText(d.target) || '(row)', targetTone: 'plain' }];
  const columns = d.columns.length === 0 ? [undefined] : d.columns;
  const shown = columns.length > COLUMNS_PER_ROW ? columns.slice(0, COLUMNS_PER_ROW - 1) : columns;
  const lines: DifferenceLine[] = shown.map((c, i) => ({
    ...base,
    key: i === 0 ? key : '',
    column: c === undefined ? 'different' : safe(c),
    origin: c === undefined ? '' : valueText(d.origin?.[c]),
    originTone: 'plain',
    target: c === undefined ? '' : valueText(d.target?.[c]),
    targetTone: 'plain',
  }));
  const rest = columns.length - shown.length;
  if (rest > 0) lines.push({ ...base, key: '', sides: false, column: `+${rest} more`, columnTone: 'muted', origin: '', originTone: 'plain', target: '', targetTone: 'plain' });
  return lines;
}

/** The key cell: the key's values with their names when they fit, without when not; the table first when the panel mixes tables. */
export function keyCell(d: SeenDifference, width: number, table: 'none' | 'short' | 'full'): string {
  const name = table === 'none' ? '' : `${safe(table === 'short' ? d.table.slice(d.table.indexOf('.') + 1) : d.table)} `;
  const named = `${name}${keyText(d.key)}`;
  return Array.from(named).length <= width ? named : `${name}${keyText(d.key, false)}`;
}

/** The latest differences whose lines fit in `lines`, oldest first; the newest is cut to fit when it alone is too long. */
export function latestLines(differences: SeenDifference[], lines: number, render: (d: SeenDifference) => DifferenceLine[]): DifferenceLine[] {
  const out: DifferenceLine[][] = [];
  let used = 0;
  for (let i = differences.length - 1; i >= 0 && used < lines; i--) {
    const rendered = render(differences[i] as SeenDifference);
    if (used + rendered.length > lines) {
      if (out.length === 0) out.push(rendered.slice(0, lines));
      break;
    }
    out.push(rendered);
    used += rendered.length;
  }
  return out.reverse().flat();
}

/** Props of {@link DifferencesPanel}. */
export type DifferencesPanelProps = {
  readonly differences: SeenDifference[];
  /** Differences found so far (more than the panel keeps). */
  readonly found: number;
  /** Whether the panel is open (`d`). */
  readonly open: boolean;
  /** Lines for the column titles and the differences (0: the heading only). */
  readonly lines: number;
  readonly width: number;
};

/**
 * The latest differences as a small two-column table, origin on the left, target on the right,
 * the key before them (80 columns shown):
 *
 * ```
 *   differences · 3 found, the latest 3 · shop.orders
 *   key                  column      origin               │ target
 *   order_id=42          missing     total=9.99, status…  │ no row
 *   order_id=43          extra       no row               │ total=1, status="new"
 *   order_id=44          total       "12.50"              │ "12.5"
 *                        status      "paid"               │ "PAID"
 * ```
 */
export function DifferencesPanel({ differences, found, open, lines, width }: DifferencesPanelProps): ReactNode {
  const tables = new Set(differences.map((d) => d.table));
  const tableMode = tables.size <= 1 ? 'none' : width >= WIDE ? 'full' : 'short';
  const longestColumn = maxOf(differences.flatMap((d) => (d.kind === 'different' ? d.columns : [d.kind])).map((c) => Array.from(safe(c)).length), 6);
  // The key column is as wide as the keys shown: with their names when they fit in its most, else without.
  const most = differenceColumns(width, Number.POSITIVE_INFINITY, longestColumn).key;
  const keys = differences.map((d) => keyCell(d, most, tableMode));
  const columns = differenceColumns(width, maxOf(keys.map((k) => Array.from(k).length), 3), longestColumn);
  const shown = open && lines >= 2 ? latestLines(differences, lines - 1, (d) => differenceLines(d, keyCell(d, columns.key, tableMode))) : [];
  const count = new Set(shown.map((l) => l.seq)).size;
  const heading = found === 0
    ? 'none so far'
    : `${formatExact(found)} found${open ? (count > 0 ? `, the latest ${formatExact(count)}` : '') : ' · d shows the latest'}${open && tables.size === 1 && count > 0 ? ` · ${safe([...tables][0] ?? '')}` : ''}`;
  return (
    <Box flexDirection="column">
      <Box paddingLeft={INDENT}>
        <Text wrap="truncate-end">
          <Tinted tone="strong">differences</Tinted>
          <Tinted tone="muted"> · </Tinted>
          <Tinted tone={found > 0 ? 'warn' : 'muted'}>{heading}</Tinted>
        </Text>
      </Box>
      {shown.length > 0 ? <TitleRow columns={columns} /> : null}
      {shown.map((line, i) => (
        <Line key={`${line.seq}-${i}`} line={line} columns={columns} />
      ))}
    </Box>
  );
}

function TitleRow({ columns }: { columns: DifferenceColumns }): ReactNode {
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        <Tinted tone="muted">
          {fit('key', columns.key)}
          {'  '}
          {fit('column', columns.column)}
          {'  '}
          {fit('origin', columns.value)}
          {SIDE_BY_SIDE}
          {'target'}
        </Tinted>
      </Text>
    </Box>
  );
}

function Line({ line, columns }: { line: DifferenceLine; columns: DifferenceColumns }): ReactNode {
  const [origin, target] = line.originTone === 'plain' && line.targetTone === 'plain' ? differingExcerpts(line.origin, line.target, columns.value) : [line.origin, line.target];
  if (!line.sides) {
    return (
      <Box paddingLeft={INDENT}>
        <Text wrap="truncate-end">
          {fit(line.key, columns.key)}
          {'  '}
          <Tinted tone={line.columnTone}>{line.column}</Tinted>
        </Text>
      </Box>
    );
  }
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        {fit(line.key, columns.key)}
        {'  '}
        <Tinted tone={line.columnTone}>{fit(line.column, columns.column)}</Tinted>
        {'  '}
        <Tinted tone={line.originTone}>{fit(origin, columns.value)}</Tinted>
        <Tinted tone="muted">{SIDE_BY_SIDE}</Tinted>
        <Tinted tone={line.targetTone}>{fit(target, columns.value).trimEnd()}</Tinted>
      </Text>
    </Box>
  );
}
