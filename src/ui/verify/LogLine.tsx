import type { ReactNode } from 'react';
import { MarkedLines } from '../components/MarkedLines.js';
import type { Tone } from '../theme.js';
import { remainingDifferences, type VerifyLogItem } from './state.js';
import { logText } from './text.js';

/** Props of {@link LogLine}. */
export type LogLineProps = {
  readonly item: VerifyLogItem;
  /** Columns of the terminal when the entry is printed. */
  readonly width: number;
};

function mark(item: VerifyLogItem): [string, Tone] {
  switch (item.kind) {
    case 'connected':
    case 'plan':
      return ['•', 'accent'];
    case 'warning':
      return ['⚠', 'warn'];
    case 'table-done': {
      const { missing, extra, different } = item.done;
      return remainingDifferences(missing + extra + different, item.recheck) > 0 ? ['!', 'warn'] : ['✔', 'good'];
    }
  }
}

/** One entry printed above the live verify view, once (Ink `<Static>`): the plan, a warning, a finished table. */
export function LogLine({ item, width }: LogLineProps): ReactNode {
  const [symbol, tone] = mark(item);
  const headline: Tone = item.kind === 'warning' || (item.kind === 'table-done' && symbol === '!') ? 'warn' : 'plain';
  return <MarkedLines mark={symbol} markTone={tone} lines={logText(item)} tone={headline} width={width} />;
}
