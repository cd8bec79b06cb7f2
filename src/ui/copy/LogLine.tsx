import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { wrapWords } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import type { LogItem } from './state.js';
import { logText } from './text.js';

const MARK: Record<LogItem['kind'], [string, Tone]> = {
  connected: ['•', 'accent'],
  'creating-tables': ['•', 'accent'],
  'table-active': ['✔', 'good'],
  plan: ['•', 'accent'],
  warning: ['⚠', 'warn'],
  'table-done': ['✔', 'good'],
};

/** Props of {@link LogLine}. */
export type LogLineProps = {
  readonly item: LogItem;
  /** Columns of the terminal when the entry is printed. */
  readonly width: number;
};

/**
 * One entry printed above the live area, once (Ink `<Static>`): a finished table, a warning, the
 * plan. Long lines are wrapped here, under the text rather than the mark, one column short of the
 * terminal's width (a full line makes some terminals wrap early); they are never redrawn.
 */
export function LogLine({ item, width }: LogLineProps): ReactNode {
  const [mark, tone] = MARK[item.kind];
  const room = Math.max(10, width - 1 - 2);
  const lines = logText(item).map((line, i) => wrapWords(line, room).map((part) => ({ part, detail: i > 0 })));
  return (
    <Box flexDirection="column">
      {lines.flat().map(({ part, detail }, i) => (
        <Text key={i}>
          {i === 0 ? <Tinted tone={tone}>{mark}</Tinted> : ' '}{' '}
          <Tinted tone={detail ? 'muted' : item.kind === 'warning' ? 'warn' : 'plain'}>{part}</Tinted>
        </Text>
      ))}
    </Box>
  );
}
