import { useEffect, useRef, useState } from 'react';
import { useStdout } from 'ink';

/** Clears the screen and puts the cursor home (not the scrollback: the user's history stays). */
const CLEAR_SCREEN = '\u001b[2J\u001b[H';

/**
 * A number that changes each time the terminal gets narrower; use it as the `key` of `<Static>`.
 *
 * Most terminals (tmux, iTerm2, VTE, kitty, Windows Terminal) reflow lines when they get
 * narrower: every line of the last frame may now take two rows, and Ink, which erases as many
 * rows as the frame had, leaves the rest behind as garbage. So on a narrower terminal the screen
 * is cleared, and a new key remounts `<Static>`, which prints everything above the live area
 * again. Only on a terminal: elsewhere nothing reflows. Not when `enabled` is false (a view
 * embedded in another, which owns the screen and has no `<Static>`).
 */
export function useRedrawOnShrink(enabled = true): number {
  const { stdout } = useStdout();
  const [generation, setGeneration] = useState(0);
  const width = useRef(stdout.columns);
  useEffect(() => {
    const onResize = (): void => {
      const narrower = stdout.columns < width.current;
      width.current = stdout.columns;
      if (!narrower || stdout.isTTY !== true || !enabled) return;
      stdout.write(CLEAR_SCREEN);
      setGeneration((g) => g + 1);
    };
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout, enabled]);
  return generation;
}
