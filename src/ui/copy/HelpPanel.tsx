import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { Tinted } from '../theme.js';

const KEYS: Array<[string, string]> = [
  ['p', 'pause or resume the copy'],
  ['+ / -', 'raise or lower the write rate by 10%; without a limit,'],
  ['', '- sets one at 90% of the current WCU/s'],
  ['q', 'stop: saves the checkpoint and exits with code 4;'],
  ['', 'run the same command with --resume to continue'],
  ['Ctrl-C', 'same as q'],
  ['?', 'close this help'],
];

const TERMS: Array<[string, string]> = [
  ['WCU/s', 'write capacity units per second, one per 1 KB written'],
  ['throttled', 'Keyspaces refused writes over its capacity: the copy'],
  ['', 'lowers its limit, then raises it back to the budget'],
  ['ranges', 'token ranges of the origin, checkpointed one by one'],
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

/** The `?` panel: what each key does, and the words the view uses. */
export function HelpPanel({ width }: HelpPanelProps): ReactNode {
  return (
    <Box flexDirection="column" borderStyle="round" borderDimColor paddingX={1} width={Math.min(72, width - 1)} marginLeft={1}>
      <Entries entries={KEYS} />
      <Text> </Text>
      <Entries entries={TERMS} />
    </Box>
  );
}
