import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/index.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { usageError } from '../../shared/errors.js';
import { escapeControl } from '../../shared/terminal-text.js';
import { runSchemaApply, type ApplyEvent } from '../../workflows/schema-apply.js';
import { targetFlags, type TargetFlags } from '../connection-flags.js';
import type { CliIO } from '../io.js';

/** `ksmig schema apply`'s flags. */
export interface SchemaApplyFlags extends TargetFlags {
  timeout: string;
  json?: boolean;
}

/** Runs `ksmig schema apply`: flags → config → the schema-apply workflow → progress lines. */
export async function runApply(file: string, flags: SchemaApplyFlags, io: CliIO): Promise<number> {
  const timeout = Number(flags.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) throw usageError(`--timeout expects a number of seconds, got '${flags.timeout}'`);
  const text = await readFile(resolve(io.cwd, file), 'utf8').catch((err: Error) => {
    throw usageError(`cannot read ${file}: ${err.message}`);
  });
  const config = loadConfig({ cwd: io.cwd, env: io.env, flags: targetFlags(flags), ...(flags.config !== undefined ? { configPath: flags.config } : {}) });
  const { auth, ...target } = config.target;
  if (auth === 'none') throw usageError('schema apply creates the schema on Amazon Keyspaces or ksmig emulate: --auth sigv4 or service-specific', 'for a plain Cassandra cluster, run the schema file with cqlsh -f');
  const json = flags.json === true;
  const print = (event: ApplyEvent): void => {
    if (json) {
      io.stdout.write(`${JSON.stringify(event)}\n`);
      return;
    }
    // Object names come from the file, error texts from the server: control characters escaped.
    if (event.type === 'statement') io.stdout.write(`[${event.index + 1}/${event.total}] ${escapeControl(event.object)}\n`);
    else if (event.type === 'statement-failed') io.stdout.write(`  failed: ${escapeControl(event.error)}\n`);
    else if (event.type === 'active') io.stdout.write(`  ACTIVE after ${(event.waitedMs / 1000).toFixed(1)} s\n`);
  };
  const result = await runSchemaApply({ text, file, target: { ...target, auth }, activeTimeoutMs: timeout * 1000 }, print);
  const summary = { event: 'done', applied: result.applied, failed: result.failed.length, active: result.active.length, timedOut: result.timedOut };
  io.stdout.write(
    json
      ? `${JSON.stringify(summary)}\n`
      : `${result.applied} statements applied, ${result.active.length} objects ACTIVE, ${result.failed.length} failed, ${result.timedOut.length} not ACTIVE in time\n`,
  );
  return result.failed.length > 0 || result.timedOut.length > 0 ? ExitCode.Findings : ExitCode.Ok;
}
