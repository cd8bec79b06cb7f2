import { createContext, useContext, type ReactNode } from 'react';
import { Text } from 'ink';

/** What a piece of text means; the theme picks its colour (or none under `NO_COLOR`). */
export type Tone = 'plain' | 'accent' | 'good' | 'warn' | 'bad' | 'muted' | 'strong';

const COLORS: Partial<Record<Tone, string>> = { accent: 'cyan', good: 'green', warn: 'yellow', bad: 'red' };

/** Whether views use colour (bold and dim are not colour and stay). */
export const ColorContext = createContext(true);

/**
 * Whether to colour: not when `NO_COLOR` is set to anything non-empty (https://no-color.org), nor
 * on a dumb terminal. chalk 5 (under Ink) does not read `NO_COLOR` itself, only `FORCE_COLOR`
 * and `--no-color`, so views decide here.
 */
export function colorEnabled(env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return env.TERM !== 'dumb';
}

/** Props of {@link Tinted}. */
export type TintedProps = {
  /** What the text means. */
  readonly tone?: Tone;
  /** Bold as well. */
  readonly bold?: boolean;
  readonly children?: ReactNode;
};

/** Text in a tone: coloured when colour is on, otherwise plain (muted stays dim, strong stays bold). */
export function Tinted({ tone = 'plain', bold, children }: TintedProps): ReactNode {
  const color = useContext(ColorContext);
  const colour = color ? COLORS[tone] : undefined;
  return (
    <Text {...(colour !== undefined ? { color: colour } : {})} dimColor={tone === 'muted'} bold={bold === true || tone === 'strong'}>
      {children}
    </Text>
  );
}
