import type { ReactNode } from 'react';
import { MarkedLines } from '../components/MarkedLines.js';
import type { Tone } from '../theme.js';
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

/** One entry printed above the live copy view, once (Ink `<Static>`): a finished table, a warning, the plan. */
export function LogLine({ item, width }: LogLineProps): ReactNode {
  const [mark, markTone] = MARK[item.kind];
  return <MarkedLines mark={mark} markTone={markTone} lines={logText(item)} tone={item.kind === 'warning' ? 'warn' : 'plain'} width={width} />;
}
