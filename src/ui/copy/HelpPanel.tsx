import type { ReactNode } from 'react';
import { HelpBox, helpBoxRows, type HelpBoxProps, type HelpEntry } from '../components/HelpBox.js';

const KEYS: HelpEntry[] = [
  ['p', 'pause or resume the copy'],
  ['+ / -', 'raise or lower the write rate by 10%; without a limit,'],
  ['', '- sets one at 90% of the current WCU/s'],
  ['q', 'stop: saves the checkpoint and exits with code 4;'],
  ['', 'run the same command with --resume to continue'],
  ['Ctrl-C', 'same as q'],
  ['?', 'close this help'],
];

const TERMS: HelpEntry[] = [
  ['WCU/s', 'write capacity units per second, one per 1 KB written'],
  ['burst', 'a second of unused capacity spent at once, over the limit'],
  ['throttled', 'Keyspaces refused writes over its capacity: the copy'],
  ['', 'lowers its limit, then raises it back to the budget'],
  ['ranges', 'token ranges of the origin, checkpointed one by one'],
];

/** Lines the panel takes, borders included. */
export const HELP_LINES = helpBoxRows(KEYS, TERMS);

/** The `?` panel: what each key does, and the words the view uses. */
export function HelpPanel({ width }: Pick<HelpBoxProps, 'width'>): ReactNode {
  return <HelpBox keys={KEYS} terms={TERMS} width={width} />;
}
