import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { QueryShapeResult } from '../../verify/events.js';
import { Count } from '../components/Count.js';
import { Labelled } from '../components/Labelled.js';
import { fit, formatCount, formatExact } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import { combinedLatency, GUTTER, INDENT, queryColumns, SIDE_BY_SIDE, type QueryColumns } from './layout.js';
import { abbreviateShapes, diffLines, queryErrorText, queryTrouble, safe, sideLatency } from './text.js';

/** The shapes shown when not all fit: those with mismatches or errors first, then the latest; in replay order. */
export function pickShapes(queries: QueryShapeResult[], rows: number): number[] {
  if (queries.length <= rows) return queries.map((_, i) => i);
  const trouble = queries.map((q, i) => (queryTrouble(q) ? i : -1)).filter((i) => i >= 0).slice(0, rows);
  const rest = queries.map((_, i) => i).filter((i) => !trouble.includes(i)).slice(-(rows - trouble.length));
  return [...trouble, ...(trouble.length < rows ? rest : [])].sort((a, b) => a - b);
}

/** A detail line below the query table. */
export interface QueryDetail {
  label: string;
  tone: Tone;
  text: string;
}

/**
 * What is worth reading below the table, most important first: the first mismatch (its statement,
 * then its diff), the first error with the audit finding that explains it, an explanation.
 * `lines` of them fit; the mismatch's diff gives way first.
 */
export function queryDetails(queries: QueryShapeResult[], lines: number): QueryDetail[] {
  if (lines <= 0) return [];
  const mismatchAt = queries.findIndex((q) => q.firstMismatch !== undefined);
  const errorAt = queries.findIndex((q) => (q.firstErrors ?? []).length > 0);
  const explainedAt = queries.findIndex((q) => q.explanations.length > 0);
  const head: QueryDetail[] = [];
  const diff: QueryDetail[] = [];
  const tail: QueryDetail[] = [];
  const mismatch = queries[mismatchAt]?.firstMismatch;
  if (mismatch !== undefined) {
    head.push({ label: 'mismatch', tone: 'warn', text: `#${mismatchAt + 1} ${safe(mismatch.statement).replace(/\s+/g, ' ')}` });
    for (const line of diffLines(mismatch.diff)) diff.push({ label: '', tone: 'muted', text: `   ${line}` });
  }
  const error = queries[errorAt]?.firstErrors?.[0];
  if (error !== undefined) head.push({ label: 'error', tone: 'bad', text: `#${errorAt + 1} ${queryErrorText(error)}` });
  const explanation = queries[explainedAt]?.explanations[0];
  if (explanation !== undefined) tail.push({ label: 'explained', tone: 'muted', text: `#${explainedAt + 1} ${safe(explanation)}` });
  if (head.length >= lines) return head.slice(0, lines);
  const shownDiff = diff.slice(0, lines - head.length);
  const shownTail = tail.slice(0, lines - head.length - shownDiff.length);
  // The diff belongs under the mismatch's statement; the error comes after them.
  return mismatch !== undefined ? [head[0] as QueryDetail, ...shownDiff, ...head.slice(1), ...shownTail] : [...head, ...shownTail];
}

/** Props of {@link QueryPanel}. */
export type QueryPanelProps = {
  readonly queries: QueryShapeResult[];
  /** Shapes to replay in all (the plan's, or the latest progress'). */
  readonly total: number | undefined;
  /** Whether the panel is open (`r`). */
  readonly open: boolean;
  /** Shapes shown in the table (0: the heading only). */
  readonly rows: number;
  /** Detail lines shown below the table. */
  readonly detail: number;
  readonly width: number;
};

/**
 * The query replay, filling in shape by shape, then the first mismatch's diff and the first error
 * (80 columns shown; from 100 the titles are long, the explained runs have a column, and each
 * side's latency its own):
 *
 * ```
 *   queries · 3/10 shapes replayed · 1 mismatching · 1 with errors
 *   # shape                                    runs  match  mism  err     p50 o/t
 *   1 shop.customers WHERE id = ?               500    500     0    0  0.9/2.8 ms
 *   2 shop.orders WHERE … AND order_id IN ?     240    180     0    0  1.6/4.2 ms
 *   mismatch   #2 SELECT id, total FROM shop.orders WHERE customer_id = 7
 *                 row 1 total: 12.50 │ 12.5
 *   error      #3 target: Undefined column name x · KS1301 …
 * ```
 */
export function QueryPanel({ queries, total, open, rows, detail, width }: QueryPanelProps): ReactNode {
  const mismatching = queries.filter((q) => q.mismatch > 0).length;
  const failing = queries.filter((q) => q.errors > 0).length;
  const done = `${formatExact(queries.length)}${total !== undefined ? `/${formatExact(total)}` : ''} ${(total ?? queries.length) === 1 ? 'shape' : 'shapes'} replayed`;
  const picked = open ? pickShapes(queries, rows) : [];
  const cells = picked.map((i) => {
    const q = queries[i] as QueryShapeResult;
    return {
      index: String(i + 1),
      runs: formatCount(q.runs),
      match: formatCount(q.match),
      mismatch: formatCount(q.mismatch),
      errors: formatCount(q.errors),
      explained: formatCount(q.explained),
      latency: [sideLatency(q, 'origin'), sideLatency(q, 'target')] as [string, string],
    };
  });
  const columns = queryColumns(width, cells);
  const shapes = abbreviateShapes(picked.map((i) => (queries[i] as QueryShapeResult).shape), columns.shape);
  const details = open ? queryDetails(queries, detail) : [];
  // Without room for a single shape, the heading's counts say it all.
  const hidden = open && picked.length > 0 ? queries.length - picked.length : 0;
  return (
    <Box flexDirection="column">
      <Box paddingLeft={INDENT}>
        <Text wrap="truncate-end">
          <Tinted tone="strong">queries</Tinted>
          <Tinted tone="muted"> · </Tinted>
          {done}
          {mismatching > 0 ? <Tinted tone="warn"> · {formatExact(mismatching)} mismatching</Tinted> : null}
          {failing > 0 ? <Tinted tone="bad"> · {formatExact(failing)} with errors</Tinted> : null}
          {!open && queries.length > 0 ? <Tinted tone="muted"> · r shows them</Tinted> : null}
        </Text>
      </Box>
      {picked.length > 0 ? <TitleRow columns={columns} /> : null}
      {picked.map((i, row) => (
        <ShapeRow key={i} index={i} query={queries[i] as QueryShapeResult} shape={shapes[row] ?? ''} latency={cells[row]?.latency ?? ['—', '—']} columns={columns} />
      ))}
      {hidden > 0 ? (
        <Box paddingLeft={INDENT}>
          <Tinted tone="muted">
            … {formatExact(hidden)} more {hidden === 1 ? 'shape' : 'shapes'}
            {picked.length > 0 && queries.every((q, i) => picked.includes(i) || !queryTrouble(q)) ? ', all matching' : ''}
          </Tinted>
        </Box>
      ) : null}
      {details.map((d, i) => (
        <Labelled key={i} label={d.label} gutter={GUTTER} indent={INDENT} tone={d.tone}>
          {d.text}
        </Labelled>
      ))}
    </Box>
  );
}

function TitleRow({ columns }: { columns: QueryColumns }): ReactNode {
  const t = columns.titles;
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        <Tinted tone="muted">
          {'#'.padStart(columns.index)} {fit('shape', columns.shape)}
          {'  '}
          {'runs'.padStart(columns.runs)}
          {'  '}
          {'match'.padStart(columns.match)}
          {'  '}
          {t.mismatch.padStart(columns.mismatch)}
          {'  '}
          {t.errors.padStart(columns.errors)}
          {'  '}
          {columns.explained > 0 ? `${t.explained.padStart(columns.explained)}  ` : ''}
          {columns.combined ? t.latency[0].padStart(columns.latency) : `${t.latency[0].padStart(columns.latency)}${SIDE_BY_SIDE}${t.latency[1] ?? ''}`}
        </Tinted>
      </Text>
    </Box>
  );
}

function ShapeRow({ index, query, shape, latency, columns }: { index: number; query: QueryShapeResult; shape: string; latency: [string, string]; columns: QueryColumns }): ReactNode {
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        <Tinted tone="muted">{String(index + 1).padStart(columns.index)}</Tinted> {fit(shape, columns.shape)}
        {'  '}
        {formatCount(query.runs).padStart(columns.runs)}
        {'  '}
        <Tinted tone={query.match > 0 ? 'good' : 'muted'}>{formatCount(query.match).padStart(columns.match)}</Tinted>
        {'  '}
        <Count value={query.mismatch} width={columns.mismatch} />
        {'  '}
        <Count value={query.errors} width={columns.errors} tone="bad" />
        {'  '}
        {columns.explained > 0 ? (
          <Text>
            <Count value={query.explained} width={columns.explained} tone="accent" />
            {'  '}
          </Text>
        ) : null}
        {columns.combined ? (
          combinedLatency(latency).padStart(columns.latency)
        ) : (
          <Text>
            {latency[0].padStart(columns.latency)}
            <Tinted tone="muted">{SIDE_BY_SIDE}</Tinted>
            {latency[1].padStart(columns.latency)}
          </Text>
        )}
      </Text>
    </Box>
  );
}
