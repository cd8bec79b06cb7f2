import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { Tinted } from '../theme.js';

const KEYS: Array<[string, string]> = [
  ['q', 'stop: the ranges in flight finish, then the summary;'],
  ['', 'the verify exits with code 4 (interrupted)'],
  ['Ctrl-C', 'same as q'],
  ['d', 'show or hide the latest differences'],
  ['r', 'show or hide the query replay'],
  ['?', 'close this help'],
];

const TERMS: Array<[string, string]> = [
  ['missing', 'the origin has the row, the target does not'],
  ['extra', 'the target has a row the origin does not'],
  ['different', 'both have the row; some column values differ'],
  ['explained', 'results differ only as Keyspaces is documented to'],
  ['', '(IN results in IN-list order, pages cut by size)'],
];

/** Lines the panel takes, borders included. */
export const HELP_LINES = KEYS.length + 1 + TERMS.length + 2;

function Entries({ entries }: { entries: Array<[string, string]> }): ReactNode {
  return entries.map(([term, text], i) => (
    <Text key={i} wrap="truncate-end">
      <Tinted tone="strong">{term.padEnd(11)}</Tinted>
      {text}
    </Text>
  ));
}

/** Props of {@link HelpPanel}. */
export type HelpPanelProps = {
  /** Width available; the panel is at most 72 columns wide. */
  readonly width: number;
};

/** The `?` panel of the verify view: what each key does, and the words the view uses. */
export function HelpPanel({ width }: HelpPanelProps): ReactNode {
  return (
    <Box flexDirection="column" borderStyle="round" borderDimColor paddingX={1} width={Math.min(72, width - 1)} marginLeft={1}>
      <Entries entries={KEYS} />
      <Text> </Text>
      <Entries entries={TERMS} />
    </Box>
  );
}
