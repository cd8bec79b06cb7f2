import type { ReactNode } from 'react';
import { Text } from 'ink';
import { Tinted } from '../theme.js';

/** One key and what it does. */
export interface KeyHint {
  key: string;
  label: string;
}

/** Props of {@link KeyHints}. */
export type KeyHintsProps = {
  readonly hints: KeyHint[];
  /** Width in characters; hints that do not fit are left out, last first. */
  readonly width: number;
};

/** The footer listing the keys: `p pause · +/- rate ±10% · q stop · ? help`. */
export function KeyHints({ hints, width }: KeyHintsProps): ReactNode {
  const shown: KeyHint[] = [];
  let used = 0;
  for (const hint of hints) {
    const size = (shown.length === 0 ? 0 : 3) + hint.key.length + 1 + hint.label.length;
    if (used + size > width) break;
    shown.push(hint);
    used += size;
  }
  return (
    <Text wrap="truncate-end">
      {shown.map((hint, i) => (
        <Text key={hint.key}>
          {i > 0 ? <Tinted tone="muted"> · </Tinted> : null}
          <Tinted tone="strong">{hint.key}</Tinted>
          <Tinted tone="muted"> {hint.label}</Tinted>
        </Text>
      ))}
    </Text>
  );
}
