import { useEffect, useState, type ReactNode } from 'react';
import { Text, useStdout } from 'ink';
import { Tinted } from '../theme.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Props of {@link Busy}. */
export type BusyProps = {
  /** What is happening, ending in `…`. */
  readonly children: string;
};

/**
 * A line saying that something is under way (`⠹ Connecting to 10.0.0.1:9042…`), with a spinner
 * on a terminal and the seconds it has taken once it takes a while; elsewhere (tests, logs) it
 * stays still.
 */
export function Busy({ children }: BusyProps): ReactNode {
  const { stdout } = useStdout();
  const live = stdout.isTTY === true;
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => setTick((t) => t + 1), 120);
    return () => clearInterval(timer);
  }, [live]);
  const seconds = Math.floor((tick * 120) / 1000);
  return (
    <Text wrap="truncate-end">
      <Tinted tone="accent">{live ? FRAMES[tick % FRAMES.length] : '…'}</Tinted> {children}
      {seconds >= 3 ? <Tinted tone="muted">{` ${seconds}s`}</Tinted> : null}
    </Text>
  );
}

/** Props of {@link Problem}. */
export type ProblemProps = {
  /** What went wrong (escaped and wrapped by the caller). */
  readonly lines: readonly string[];
  /** The next step, shown muted. */
  readonly hint?: readonly string[] | undefined;
};

/** A failure under a form or a step: `✖ message`, the hint below it. */
export function Problem({ lines, hint }: ProblemProps): ReactNode {
  return (
    <>
      {lines.map((line, i) => (
        <Text key={`m${i}`} wrap="truncate-end">
          <Tinted tone="bad">{i === 0 ? '✖ ' : '  '}{line}</Tinted>
        </Text>
      ))}
      {(hint ?? []).map((line, i) => (
        <Text key={`h${i}`} wrap="truncate-end">
          <Tinted tone="muted">{`  ${line}`}</Tinted>
        </Text>
      ))}
    </>
  );
}
