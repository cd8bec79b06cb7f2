import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
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
};

/**
 * One entry printed above the live area, once (Ink `<Static>`): a finished table, a warning, the
 * plan. Long lines wrap here: they are printed once and never redrawn.
 */
export function LogLine({ item }: LogLineProps): ReactNode {
  const [mark, tone] = MARK[item.kind];
  const [first = '', ...rest] = logText(item);
  return (
    <Box flexDirection="column">
      <Text>
        <Tinted tone={tone}>{mark}</Tinted> <Tinted tone={item.kind === 'warning' ? 'warn' : 'plain'}>{first}</Tinted>
      </Text>
      {rest.map((line, i) => (
        <Text key={i}>
          {'  '}
          <Tinted tone="muted">{line}</Tinted>
        </Text>
      ))}
    </Box>
  );
}
