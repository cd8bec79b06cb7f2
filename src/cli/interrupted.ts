/**
 * The one line ksmig prints when SIGINT or SIGTERM stops a command that has no way of its own to
 * stop (copy saves a checkpoint and says so; servers stop and exit 0): what was interrupted, and
 * what it leaves behind. The exit code is 4 (interrupted), as for every command.
 */

/** What an interrupted command leaves behind, and how long it may take to stop and clean up, by command path. */
const STOPPING: Readonly<Record<string, { aftermath?: string; graceMs: number }>> = {
  audit: { aftermath: 'no report or other file was written', graceMs: 3_000 },
  'schema apply': { aftermath: 'the statements applied so far stay on the target; run the same command again to apply the rest', graceMs: 5_000 },
  demo: { aftermath: 'its Cassandra nodes and emulator were stopped', graceMs: 30_000 },
  'local stop': { aftermath: 'the node may still be stopping: run ksmig local status', graceMs: 2_000 },
};

/** How long a command that was interrupted gets to stop at its next checkpoint and clean up. */
export function stopGraceMs(command: string): number {
  return STOPPING[command]?.graceMs ?? 3_000;
}

/** The line for `command` (its path, `schema apply`) stopped by `signal`. */
export function interruptedLine(command: string, signal: NodeJS.Signals): string {
  const aftermath = STOPPING[command]?.aftermath;
  return `ksmig: ${command === '' ? 'interrupted' : `${command} interrupted`} by ${signal}${aftermath === undefined ? '' : `; ${aftermath}`}\n`;
}
