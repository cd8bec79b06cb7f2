import type { ReactNode } from 'react';
import { Text } from 'ink';
import { Tinted, type Tone } from '../theme.js';

const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** The cells of a bar `width` characters wide at `fraction` (0–1), in eighths of a cell. */
export function barCells(fraction: number, width: number): { filled: string; empty: string } {
  if (width <= 0) return { filled: '', empty: '' };
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * width * 8);
  const full = Math.floor(eighths / 8);
  const partial = PARTIAL[eighths % 8] ?? '';
  return { filled: '█'.repeat(full) + partial, empty: '░'.repeat(width - full - (partial === '' ? 0 : 1)) };
}

/** Props of {@link ProgressBar}. */
export type ProgressBarProps = {
  /** How far, 0 to 1. */
  readonly fraction: number;
  /** Width in characters. */
  readonly width: number;
  /** Tone of the filled part. */
  readonly tone?: Tone;
};

/**
 * A one-line progress bar, `████████▌░░░░░░`, exactly `width` characters, readable without colour.
 */
export function ProgressBar({ fraction, width, tone = 'accent' }: ProgressBarProps): ReactNode {
  const { filled, empty } = barCells(fraction, width);
  return (
    <Text wrap="truncate-end">
      <Tinted tone={tone}>{filled}</Tinted>
      <Tinted tone="muted">{empty}</Tinted>
    </Text>
  );
}
