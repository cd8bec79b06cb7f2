import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from '../shared/exit-codes.js';
import { KsmigError } from '../shared/errors.js';
import { inCi } from '../shared/ci.js';
import { redact } from '../shared/redact.js';
import { escapeControl } from '../shared/terminal-text.js';
import { VERSION } from '../shared/version.js';
import { processIO, type CliIO } from './io.js';
import { interruptedLine, stopGraceMs } from './interrupted.js';
import { holdSignals } from './signals.js';
import { commands } from './commands/index.js';


/**
 * Runs ksmig with `argv` (without node and script) and resolves to the exit code; with no
 * arguments on a terminal, the interactive migration (`ksmig migrate`). Never throws:
 * usage errors map to 2, KsmigErrors to their kind's code, anything else to 5 (internal bug).
 */
export async function run(argv: string[], processStreams: CliIO = processIO()): Promise<number> {
  // Held for every command, so SIGINT/SIGTERM never kill ksmig unannounced (exit 4, one line); a
  // command that stops in its own way (copy, the servers) holds them again.
  const held = holdSignals();
  const io: CliIO = { ...processStreams, interrupted: held.signal };
  let exitCode: number = ExitCode.Ok;
  // `ksmig` alone on a terminal is the interactive migration; elsewhere (and under CI, where Ink
  // cannot redraw) it prints the help.
  if (argv.length === 0 && io.stdout.isTTY === true && io.stdin.isTTY === true && !inCi(io.env)) argv = ['migrate'];
  const program = new Command('ksmig')
    .description('Cassandra → Amazon Keyspaces migration assistant')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
  program.addOption(new Option('--no-color', 'disable colours'));
  for (const register of commands) {
    register(program, io, (code) => {
      exitCode = code;
    });
  }
  const work = program.parseAsync(argv, { from: 'user' });
  const done = work.then(() => 'done' as const);
  // Settled later than the race when a signal wins it: its rejection is handled there.
  done.catch(() => undefined);
  try {
    const first = await Promise.race([done, held.received]);
    if (first !== 'done') return await interrupted(program, argv, first, work, io);
    // Already reported where it happened (see processIO); a closed pipe is not an error.
    return io.outputError?.() !== undefined ? ExitCode.Aborted : exitCode;
  } catch (err) {
    // The command stopped because it was interrupted (it saw `io.interrupted`).
    if (held.signal.aborted) return await interrupted(program, argv, await held.received, work, io);
    return reportError(err, io);
  } finally {
    held.release();
  }
}

/** Waits for the interrupted command to stop (it cleans up: spool files, a node it started), then says what was interrupted. */
async function interrupted(program: Command, argv: readonly string[], signal: NodeJS.Signals, work: Promise<unknown>, io: CliIO): Promise<number> {
  const command = commandPath(program, argv);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, stopGraceMs(command))))]);
  clearTimeout(timer);
  io.stderr.write(interruptedLine(command, signal));
  return ExitCode.Interrupted;
}

/** The command `argv` names, with its subcommand (`schema apply`), or '' before one is known. */
function commandPath(program: Command, argv: readonly string[]): string {
  const words = argv.filter((a) => !a.startsWith('-'));
  const command = program.commands.find((c) => c.name() === words[0]);
  if (command === undefined) return '';
  const sub = command.commands.find((c) => c.name() === words[1]);
  return sub === undefined ? command.name() : `${command.name()} ${sub.name()}`;
}

function reportError(err: unknown, io: CliIO): number {
  if (err instanceof CommanderError) {
    // --help and --version end through exitOverride too; they are successes.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
      return ExitCode.Ok;
    }
    return ExitCode.Usage;
  }
  // Messages quote inputs and servers' answers: secrets masked, control characters escaped.
  const shown = (text: string): string => escapeControl(redact(text));
  if (err instanceof KsmigError) {
    io.stderr.write(`ksmig: ${shown(err.message)}\n`);
    if (err.cause instanceof Error && !err.message.includes(err.cause.message)) {
      io.stderr.write(`  cause: ${shown(err.cause.message)}\n`);
    }
    if (err.tryMessage) io.stderr.write(`  try: ${shown(err.tryMessage)}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  io.stderr.write(`ksmig: internal error (please report it):\n${shown(message)}\n`);
  return ExitCode.Bug;
}
