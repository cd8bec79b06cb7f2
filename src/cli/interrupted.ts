/**
 * The one line ksmig prints when SIGINT or SIGTERM stops a command that has no way of its own to
 * stop (copy saves a checkpoint and says so; servers stop and exit 0): what was interrupted, and
 * what it leaves behind. The exit code is 4 (interrupted), as for every command.
 */

/** What an interrupted command leaves behind, by command path. */
const AFTERMATH: Readonly<Record<string, string>> = {
  audit: 'no report or other file was written',
  'schema apply': 'the statements applied so far stay on the target; run the same command again to apply the rest',
  demo: 'its Cassandra node and emulator were stopped',
  'local stop': 'the node may still be stopping: run ksmig local status',
};

/** The line for `command` (its path, `schema apply`) stopped by `signal`. */
export function interruptedLine(command: string, signal: NodeJS.Signals): string {
  const aftermath = AFTERMATH[command];
  return `ksmig: ${command === '' ? 'interrupted' : `${command} interrupted`} by ${signal}${aftermath === undefined ? '' : `; ${aftermath}`}\n`;
}
