import type { ReactNode } from 'react';
import { HelpBox, helpBoxRows, type HelpBoxProps, type HelpEntry } from '../components/HelpBox.js';

const KEYS: HelpEntry[] = [
  ['q', 'stop: the ranges in flight finish, then the summary;'],
  ['', 'the verify exits with code 4 (interrupted)'],
  ['Ctrl-C', 'same as q'],
  ['d', 'show or hide the latest differences'],
  ['r', 'show or hide the query replay'],
  ['?', 'close this help'],
];

const TERMS: HelpEntry[] = [
  ['missing', 'the origin has the row, the target does not'],
  ['extra', 'the target has a row the origin does not'],
  ['different', 'both have the row; some column values differ'],
  ['explained', 'results differ only as Keyspaces is documented to'],
  ['', '(IN results in IN-list order, pages cut by size)'],
];

/** Lines the panel takes, borders included. */
export const HELP_LINES = helpBoxRows(KEYS, TERMS);

/** The `?` panel of the verify view: what each key does, and the words the view uses. */
export function HelpPanel({ width }: Pick<HelpBoxProps, 'width'>): ReactNode {
  return <HelpBox keys={KEYS} terms={TERMS} width={width} />;
}
