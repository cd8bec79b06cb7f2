import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from '../shared/exit-codes.js';
import { KsmigError } from '../shared/errors.js';
import { inCi } from '../shared/ci.js';
import { redact } from '../shared/redact.js';
import { VERSION } from '../shared/version.js';
import { processIO, type CliIO } from './io.js';
import { commands } from './commands/index.js';


/**
 * Runs ksmig with `argv` (without node and script) and resolves to the exit code; with no
 * arguments on a terminal, the interactive migration (`ksmig migrate`). Never throws:
 * usage errors map to 2, KsmigErrors to their kind's code, anything else to 5 (internal bug).
 */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
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
  try {
    await program.parseAsync(argv, { from: 'user' });
    // Already reported where it happened (see processIO); a closed pipe is not an error.
    return io.outputError?.() !== undefined ? ExitCode.Aborted : exitCode;
  } catch (err) {
    return reportError(err, io);
  }
}

function reportError(err: unknown, io: CliIO): number {
  if (err instanceof CommanderError) {
    // --help and --version end through exitOverride too; they are successes.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
      return ExitCode.Ok;
    }
    return ExitCode.Usage;
  }
  if (err instanceof KsmigError) {
    io.stderr.write(`ksmig: ${redact(err.message)}\n`);
    if (err.cause instanceof Error && !err.message.includes(err.cause.message)) {
      io.stderr.write(`  cause: ${redact(err.cause.message)}\n`);
    }
    if (err.tryMessage) io.stderr.write(`  try: ${redact(err.tryMessage)}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  io.stderr.write(`ksmig: internal error (please report it):\n${redact(message)}\n`);
  return ExitCode.Bug;
}
