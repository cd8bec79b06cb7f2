import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { KeyHints, type KeyHint } from '../components/KeyHints.js';
import { Tinted } from '../theme.js';
import { SCREENS, SCREEN_TITLES, type Screen } from './steps.js';

/** Columns the step indicator needs with `gap` spaces between steps (`ksmig migrate  ✔ Connect ✔ Audit ● Schema …`). */
function indicatorWidth(gap: number): number {
  return 'ksmig migrate'.length + 2 + SCREENS.reduce((sum, s) => sum + 2 + SCREEN_TITLES[s].length, 0) + gap * (SCREENS.length - 1);
}

/** Props of {@link StepHeader}. */
export type StepHeaderProps = {
  readonly screen: Screen;
  readonly width: number;
};

/**
 * The first line of every screen: where the migration stands. Done steps are ticked, the current
 * one is marked and bold, the rest are muted; below the width of all names, the current one with
 * its number.
 *
 * ```
 * ksmig migrate  ✔ Connect  ✔ Audit  ● Schema  ○ Target  ○ Copy  ○ Verify  ○ Report
 * ksmig migrate · 3/7 Schema                                     ✔ ✔ ● ○ ○ ○ ○
 * ```
 */
export function StepHeader({ screen, width }: StepHeaderProps): ReactNode {
  const current = SCREENS.indexOf(screen);
  const mark = (i: number): string => (i < current ? '✔' : i === current ? '●' : '○');
  const tone = (i: number): 'good' | 'accent' | 'muted' => (i < current ? 'good' : i === current ? 'accent' : 'muted');
  const gap = width - 1 >= indicatorWidth(2) ? 2 : width - 1 >= indicatorWidth(1) ? 1 : 0;
  if (gap > 0) {
    return (
      <Text wrap="truncate-end">
        <Tinted tone="strong">ksmig migrate</Tinted>
        {SCREENS.map((s, i) => (
          <Text key={s}>
            {i === 0 ? '  ' : ' '.repeat(gap)}
            <Tinted tone={tone(i)}>{mark(i)}</Tinted> <Tinted tone={i === current ? 'strong' : i < current ? 'plain' : 'muted'}>{SCREEN_TITLES[s]}</Tinted>
          </Text>
        ))}
      </Text>
    );
  }
  const left = `ksmig migrate · ${current + 1}/${SCREENS.length} `;
  const dots = SCREENS.map((_, i) => mark(i)).join(' ');
  const space = Math.max(1, width - 1 - left.length - SCREEN_TITLES[screen].length - dots.length);
  return (
    <Text wrap="truncate-end">
      <Tinted tone="strong">ksmig migrate</Tinted>
      <Tinted tone="muted">{` · ${current + 1}/${SCREENS.length} `}</Tinted>
      <Tinted tone="strong">{SCREEN_TITLES[screen]}</Tinted>
      {' '.repeat(space)}
      {SCREENS.map((s, i) => (
        <Text key={s}>
          {i > 0 ? ' ' : ''}
          <Tinted tone={tone(i)}>{mark(i)}</Tinted>
        </Text>
      ))}
    </Text>
  );
}

/** Props of {@link Footer}. */
export type FooterProps = {
  readonly hints: KeyHint[];
  readonly width: number;
};

/** Columns `hints` take in the footer (`key label · key label`). */
function hintsWidth(hints: readonly KeyHint[]): number {
  return hints.reduce((sum, h, i) => sum + (i === 0 ? 0 : 3) + h.key.length + 1 + h.label.length, 0);
}

/**
 * The hints that fit in `width`: when not all do, the others go from the end first, but the first
 * (the screen's main action), `esc` and the help stay.
 */
export function fittingHints(hints: readonly KeyHint[], width: number): KeyHint[] {
  const shown = [...hints];
  const kept = (h: KeyHint): boolean => h === hints[0] || h.key === 'esc' || h.label === 'help';
  while (hintsWidth(shown) > width) {
    const drop = shown.map((h, i) => (kept(h) ? -1 : i)).filter((i) => i >= 0).pop();
    if (drop === undefined) break;
    shown.splice(drop, 1);
  }
  return shown;
}

/** The last line of every screen: the keys that work now. */
export function Footer({ hints, width }: FooterProps): ReactNode {
  return (
    <Box>
      <KeyHints hints={fittingHints(hints, width - 1)} width={width - 1} />
    </Box>
  );
}

/** A title line inside a screen: bold text, a muted detail after it. */
export function Title({ children, detail }: { children: string; detail?: string | undefined }): ReactNode {
  return (
    <Text wrap="truncate-end">
      <Tinted tone="strong">{children}</Tinted>
      {detail !== undefined ? <Tinted tone="muted">{` · ${detail}`}</Tinted> : null}
    </Text>
  );
}
