import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { fit, wrapWords } from '../format.js';
import { Tinted } from '../theme.js';
import { Title } from './Chrome.js';
import { bodyRows, ScreenFrame } from './Frame.js';
import { GLOBAL_KEYS, HELP } from './help.js';
import type { Screen } from './steps.js';
import { maxOf } from '../../shared/arrays.js';

/** Props of {@link HelpPanel}. */
export type HelpPanelProps = {
  readonly screen: Screen | 'resume';
  readonly width: number;
  readonly height: number;
};

/** The help of a screen, in its place: what the step does, its keys, the keys of every screen. */
export function HelpPanel({ screen, width, height }: HelpPanelProps): ReactNode {
  const help = HELP[screen];
  const keys = [...help.keys, ...GLOBAL_KEYS];
  const gutter = Math.min(22, maxOf(keys.map((k) => k.key.length), -Infinity) + 2);
  const room = Math.max(10, width - 1 - 2 - gutter);
  const lines: ReactNode[] = [];
  help.about.forEach((paragraph, p) => {
    wrapWords(paragraph, width - 3).forEach((line, i) => lines.push(<Text key={`a${p}-${i}`}>{line}</Text>));
    lines.push(<Text key={`a${p}`}> </Text>);
  });
  keys.forEach((k, n) =>
    wrapWords(k.label, room).forEach((line, i) =>
      lines.push(
        <Text key={`k${n}-${i}`} wrap="truncate-end">
          {'  '}
          <Tinted tone="strong">{fit(i === 0 ? k.key : '', gutter)}</Tinted>
          <Tinted tone="muted">{line}</Tinted>
        </Text>,
      ),
    ),
  );
  return (
    <ScreenFrame width={width} height={height} hints={[{ key: 'esc', label: 'close the help' }]}>
      <Title>Help</Title>
      <Text> </Text>
      <Box flexDirection="column">{lines.slice(0, Math.max(1, bodyRows(height) - 2))}</Box>
    </ScreenFrame>
  );
}
