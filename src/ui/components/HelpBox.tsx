import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { Tinted } from '../theme.js';

/** One line of a help box: a key or term (empty on a continuation line), and what it means. */
export type HelpEntry = readonly [term: string, text: string];

/** Rows a {@link HelpBox} of `keys` and `terms` takes, borders included. */
export function helpBoxRows(keys: readonly HelpEntry[], terms: readonly HelpEntry[]): number {
  return keys.length + 1 + terms.length + 2;
}

function Entries({ entries }: { entries: readonly HelpEntry[] }): ReactNode {
  return entries.map(([term, text], i) => (
    <Text key={i} wrap="truncate-end">
      <Tinted tone="strong">{term.padEnd(11)}</Tinted>
      {text}
    </Text>
  ));
}

/** Props of {@link HelpBox}. */
export type HelpBoxProps = {
  /** What each key does. */
  readonly keys: readonly HelpEntry[];
  /** The words the view uses, below the keys. */
  readonly terms: readonly HelpEntry[];
  /** Width available; the box is at most 72 columns wide. */
  readonly width: number;
};

/** The `?` panel of a live view: a bordered box of its keys, a blank line, then its terms. */
export function HelpBox({ keys, terms, width }: HelpBoxProps): ReactNode {
  return (
    <Box flexDirection="column" borderStyle="round" borderDimColor paddingX={1} width={Math.min(72, width - 1)} marginLeft={1}>
      <Entries entries={keys} />
      <Text> </Text>
      <Entries entries={terms} />
    </Box>
  );
}
