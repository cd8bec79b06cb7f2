import { join, resolve } from 'node:path';
import { findConfigFile } from '../../config/file.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { MigrationSession } from '../../workflows/migrate.js';
import { inCi } from '../../shared/ci.js';
import { runMigration } from '../../ui/index.js';
import type { CliIO } from '../io.js';
import { holdSignals } from '../signals.js';

/** `ksmig migrate`'s flags as commander parses them. */
export interface MigrateFlags {
  resume?: boolean;
  dir?: string;
  config?: string;
}

/** The commands that do each step without a terminal. */
const STEP_COMMANDS = `  Each step has a command that runs without one:
    ksmig audit --origin <host> --emit-target-schema keyspaces.cql   audit the live schema, write the Keyspaces schema
    ksmig estimate --origin <host>                                   what Keyspaces would cost a month
    ksmig schema apply keyspaces.cql --region <region>               create the schema, wait until it is ACTIVE
    ksmig copy --origin <host> --region <region> --keyspace <ks>     copy the data (resumable, rate-limited)
    ksmig verify --origin <host> --region <region> --keyspace <ks>   compare both sides, replay queries
`;

/** Why there is no interactive flow without a terminal. */
const NOT_A_TERMINAL = `ksmig migrate is interactive: it needs a terminal on standard input and output.
${STEP_COMMANDS}`;

/** Why a terminal under a CI runner is not enough, then the same commands. */
const IN_CI = `ksmig migrate is interactive, and CI is set in the environment: a CI runner cannot redraw a terminal UI
  (unset CI and CONTINUOUS_INTEGRATION to run it in this terminal).
${STEP_COMMANDS}`;

/** Runs `ksmig migrate`: 0 finished, 1 rows rejected or different, 2 not a terminal or under CI (or nothing to resume), 4 quit (resumable). */
export async function runMigrate(flags: MigrateFlags, io: CliIO): Promise<number> {
  if (io.stdin.isTTY !== true || io.stdout.isTTY !== true || io.env.TERM === 'dumb') {
    io.stderr.write(NOT_A_TERMINAL);
    return ExitCode.Usage;
  }
  if (inCi(io.env)) {
    io.stderr.write(IN_CI);
    return ExitCode.Usage;
  }
  const configFile = flags.config !== undefined ? resolve(io.cwd, flags.config) : (findConfigFile(io.cwd) ?? join(io.cwd, 'ksmig.config.yaml'));
  const session = await MigrationSession.open({ cwd: io.cwd, dir: flags.dir, resume: flags.resume === true, configFile });
  const held = holdSignals();
  try {
    return await runMigration(session, {
      stdout: io.stdout,
      stderr: io.stderr,
      stdin: io.stdin,
      env: io.env,
      cwd: io.cwd,
      resumed: flags.resume === true,
      resumeCommand: ['ksmig migrate --resume', ...(flags.dir !== undefined ? [`--dir ${quote(flags.dir)}`] : []), ...(flags.config !== undefined ? [`--config ${quote(flags.config)}`] : [])].join(' '),
      signal: held.signal,
    });
  } finally {
    held.release();
  }
}

/** A path as a shell reads it back. */
function quote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}
