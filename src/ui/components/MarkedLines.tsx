import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { wrapWords } from '../format.js';
import { Tinted, type Tone } from '../theme.js';

/** Props of {@link MarkedLines}. */
export type MarkedLinesProps = {
  /** One character before the first line: `✔`, `•`, `⚠`. */
  readonly mark: string;
  /** Tone of the mark. */
  readonly markTone: Tone;
  /** Lines, already escaped; the first is the headline, the others its details (muted). */
  readonly lines: readonly string[];
  /** Tone of the headline. */
  readonly tone?: Tone;
  /** Columns of the terminal when the entry is printed. */
  readonly width: number;
};

/**
 * An entry printed once above a live area (Ink `<Static>`): a mark, a headline, muted details.
 * Long lines are wrapped here, under the text rather than the mark, one column short of the
 * terminal's width (a full line makes some terminals wrap early); they are never redrawn.
 *
 * ```
 * ✔ shop.customers: 2,012,345 rows compared in 16m50s, identical
 * • Plan: 4 tables in 2 keyspaces · 6,144 ranges
 *   merge: both sides streamed in token order
 * ```
 */
export function MarkedLines({ mark, markTone, lines, tone = 'plain', width }: MarkedLinesProps): ReactNode {
  const room = Math.max(10, width - 1 - 2);
  const parts = lines.map((line, i) => wrapWords(line, room).map((part) => ({ part, detail: i > 0 })));
  return (
    <Box flexDirection="column">
      {parts.flat().map(({ part, detail }, i) => (
        <Text key={i}>
          {i === 0 ? <Tinted tone={markTone}>{mark}</Tinted> : ' '}{' '}
          <Tinted tone={detail ? 'muted' : tone}>{part}</Tinted>
        </Text>
      ))}
    </Box>
  );
}
