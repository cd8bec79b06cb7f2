import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { wrapWords } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import { INDENT } from './layout.js';
import type { CopySummary } from './state.js';
import { summaryAdvice, summaryHeadline, summaryTable, type CopyOutcome } from './text.js';

/** Props of {@link Summary}. */
export type SummaryProps = {
  readonly summary: CopySummary;
  readonly outcome: CopyOutcome;
  readonly elapsedSeconds: number | undefined;
  readonly ranges: { done: number; total: number } | undefined;
  readonly width: number;
  /** The checkpoint file, when the copy keeps one. */
  readonly checkpoint: string | undefined;
};

/**
 * The final frame: a headline, then one line per table.
 *
 * ```
 * ✔ Copy finished in 12m04s: 5 tables, 5,612,004 rows written, 2 rejected
 *   table                    read     written  rejected    time
 *   shop.customers      2,234,120   2,234,120         0   5m02s
 * ```
 */
export function Summary({ summary, outcome, elapsedSeconds, ranges, width, checkpoint }: SummaryProps): ReactNode {
  const rejected = summary.tables.some((t) => t.rejected > 0);
  const [mark, tone]: [string, Tone] = outcome === 'stopped' ? ['■', 'warn'] : outcome === 'incomplete' ? ['✖', 'bad'] : rejected ? ['!', 'warn'] : ['✔', 'good'];
  const table = summaryTable(summary, width - 1 - INDENT);
  const advice = summaryAdvice(summary, outcome, checkpoint);
  // Lines are wrapped here, under the text, one column short of the terminal's width.
  const room = Math.max(10, width - 1 - INDENT);
  return (
    <Box flexDirection="column" marginTop={1}>
      {wrapWords(summaryHeadline(summary, outcome, elapsedSeconds, ranges), room).map((line, i) => (
        <Text key={i}>
          {i === 0 ? <Tinted tone={tone}>{mark}</Tinted> : ' '} <Tinted tone="strong">{line}</Tinted>
        </Text>
      ))}
      <Box paddingLeft={INDENT} flexDirection="column">
        <Text wrap="truncate-end">
          <Tinted tone="muted">{table.header}</Tinted>
        </Text>
        {table.rows.map((line, i) => (
          <Text key={i} wrap="truncate-end">
            <Tinted tone={(summary.tables[i]?.rejected ?? 0) > 0 ? 'warn' : 'plain'}>{line}</Tinted>
          </Text>
        ))}
      </Box>
      {advice.flatMap((sentence) => wrapWords(sentence, room)).map((line, i) => (
        <Text key={i}>
          {'  '}
          <Tinted tone={outcome === 'finished' ? 'warn' : 'plain'}>{line}</Tinted>
        </Text>
      ))}
    </Box>
  );
}
