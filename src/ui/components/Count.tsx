import type { ReactNode } from 'react';
import { formatCount } from '../format.js';
import { Tinted, type Tone } from '../theme.js';

/** Props of {@link Count}. */
export type CountProps = {
  readonly value: number;
  /** Width of the cell; the number is right-aligned in it. */
  readonly width: number;
  /** Tone when the count is above zero (default warn); zero is calm (muted). */
  readonly tone?: Tone;
};

/** A count that should be zero (missing rows, errors): muted at 0, in its tone above. Compact above 9,999 (`12.3k`). */
export function Count({ value, width, tone = 'warn' }: CountProps): ReactNode {
  return <Tinted tone={value > 0 ? tone : 'muted'}>{formatCount(value).padStart(width)}</Tinted>;
}
