import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { wrapWords } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import { INDENT } from './layout.js';
import { remainingDifferences, type Recheck, type VerifyOutcome, type VerifySummary } from './state.js';
import { queriesVerdict, summaryAdvice, summaryHeadline, summaryQueries, summaryTable, summaryTotals } from './text.js';

/** Props of {@link Summary}. */
export type SummaryProps = {
  readonly summary: VerifySummary;
  readonly outcome: VerifyOutcome;
  /** Each repaired table's re-check. */
  readonly rechecks: ReadonlyMap<string, Recheck>;
  readonly elapsedSeconds: number | undefined;
  readonly ranges: { done: number; total: number } | undefined;
  /** Query shapes replayed of those to replay, with a replay. */
  readonly shapes: { done: number; total: number } | undefined;
  readonly samplePercent: number;
  /** The `--report` file, when every difference is being written there. */
  readonly report?: string | undefined;
  readonly width: number;
};

/**
 * The final frame: the verdict, one line per table, the replayed query shapes, what to do next.
 *
 * ```
 * ! Verify finished in 1h00m: 3 differences remain — 4 tables, 7,885,444 rows compared
 *   table                  compared  missing  extra  different
 *   shop.customers        2,012,345        0      0          0
 *   shop.orders           4,099,999        1      1          1
 *   Run again with --fix to write the origin's version of the missing and different rows…
 * ```
 */
export function Summary({ summary, outcome, rechecks, elapsedSeconds, ranges, shapes, samplePercent, report, width }: SummaryProps): ReactNode {
  const totals = summaryTotals(summary, rechecks);
  const queryTrouble = totals.queries.mismatching + totals.queries.failing > 0;
  const [mark, tone]: [string, Tone] =
    outcome === 'stopped' ? ['■', 'warn'] : outcome === 'incomplete' ? ['✖', 'bad'] : totals.remaining > 0 || queryTrouble ? ['!', 'warn'] : ['✔', 'good'];
  const room = Math.max(10, width - 1 - INDENT);
  const table = summary.tables.length > 0 ? summaryTable(summary, rechecks, room) : undefined;
  const queries = summary.queries !== undefined && summary.queries.length > 0 ? summaryQueries(summary.queries, room) : undefined;
  const advice = summaryAdvice(summary, totals, outcome, samplePercent, report);
  // Lines are wrapped here, under the text, one column short of the terminal's width.
  return (
    <Box flexDirection="column" marginTop={1}>
      {wrapWords(summaryHeadline(summary, totals, outcome, { elapsedSeconds, samplePercent, ranges, shapes }), room).map((line, i) => (
        <Text key={i}>
          {i === 0 ? <Tinted tone={tone}>{mark}</Tinted> : ' '} <Tinted tone="strong">{line}</Tinted>
        </Text>
      ))}
      {table !== undefined ? (
        <Box paddingLeft={INDENT} flexDirection="column">
          <Text wrap="truncate-end">
            <Tinted tone="muted">{table.header}</Tinted>
          </Text>
          {table.rows.map((line, i) => {
            const t = summary.tables[i];
            const left = t === undefined ? 0 : remainingDifferences(t.missing + t.extra + t.different, rechecks.get(t.table));
            return (
              <Text key={i} wrap="truncate-end">
                <Tinted tone={left > 0 ? 'warn' : 'plain'}>{line}</Tinted>
              </Text>
            );
          })}
        </Box>
      ) : null}
      {queries !== undefined ? (
        <Box paddingLeft={INDENT} flexDirection="column" marginTop={table !== undefined ? 1 : 0}>
          {table !== undefined ? (
            <Text wrap="truncate-end">
              <Tinted tone={queryTrouble ? 'warn' : 'plain'}>Queries: {queriesVerdict(totals)}</Tinted>
            </Text>
          ) : null}
          <Text wrap="truncate-end">
            <Tinted tone="muted">{queries.header}</Tinted>
          </Text>
          {queries.rows.map((line, i) => (
            <Text key={i} wrap="truncate-end">
              <Tinted tone={queries.trouble[i] === true ? 'warn' : 'plain'}>{line}</Tinted>
            </Text>
          ))}
          {queries.more !== undefined ? <Tinted tone="muted">{queries.more}</Tinted> : null}
        </Box>
      ) : null}
      <Box flexDirection="column" marginTop={queries !== undefined && advice.length > 0 ? 1 : 0}>
        {advice.flatMap((sentence) => wrapWords(sentence, room)).map((line, i) => (
          <Text key={i}>
            {'  '}
            {line}
          </Text>
        ))}
      </Box>
    </Box>
  );
}
