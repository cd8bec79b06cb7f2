import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

/** Columns and rows of the terminal Ink draws on. */
export interface TerminalSize {
  columns: number;
  /** Undefined when the output is not a terminal. */
  rows: number | undefined;
}

/**
 * The terminal's size, updated on resize. `columns` or `rows` given here win (tests, a fixed
 * width); otherwise 80 columns when the output does not say.
 */
export function useTerminalSize(override: { columns?: number | undefined; rows?: number | undefined } = {}): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({
    columns: override.columns ?? (stdout.columns > 0 ? stdout.columns : 80),
    rows: override.rows ?? (stdout.rows > 0 ? stdout.rows : undefined),
  });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = (): void => setSize(read());
    onResize();
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout, override.columns, override.rows]); // read() depends only on these
  return size;
}
