/**
 * Exit codes shared by every ksmig command (DESIGN.md, "Exit codes"). Scripts and CI gates rely on
 * these exact numbers.
 */
export const ExitCode = {
  /** Success. */
  Ok: 0,
  /** Findings at or above `--fail-on`, or copy/verify finished with rejected rows or differences. */
  Findings: 1,
  /** Usage or configuration error (wrong flag, missing path, invalid config). */
  Usage: 2,
  /** Aborted: too many errors, or a connection failure. */
  Aborted: 3,
  /** Interrupted; the work can be resumed. */
  Interrupted: 4,
  /** Internal bug. */
  Bug: 5,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
