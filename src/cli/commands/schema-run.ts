import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { connectKeyspaces } from '../../clusters/keyspaces-session.js';
import { loadConfig } from '../../config/index.js';
import { applySchema, type ApplyEvent } from '../../convert/apply.js';
import { parseScript } from '../../cql/parse.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { usageError } from '../../shared/errors.js';
import { targetFlags } from '../connection-flags.js';
import type { CliIO } from '../io.js';


/** Runs `ksmig schema apply`. */
export async function runApply(file: string, opts: Record<string, unknown>, _cmd: Command, io: CliIO): Promise<number> {
  const timeout = Number(opts['timeout']);
  if (!Number.isFinite(timeout) || timeout <= 0) throw usageError(`--timeout expects a number of seconds, got '${String(opts['timeout'])}'`);
  const text = await readFile(resolve(io.cwd, file), 'utf8').catch((err: Error) => {
    throw usageError(`cannot read ${file}: ${err.message}`);
  });
  const parsed = parseScript(text);
  const first = parsed.errors[0];
  if (first) throw usageError(`${file}:${first.range.start.line}:${first.range.start.column}: ${first.message}`, 'fix the schema file (ksmig audit shows every problem)');
  const config = loadConfig({ cwd: io.cwd, env: io.env, flags: targetFlags(opts), ...(typeof opts['config'] === 'string' ? { configPath: opts['config'] } : {}) });
  const session = await connectKeyspaces({ ...config.target });
  const json = opts['json'] === true;
  const print = (event: ApplyEvent): void => {
    if (json) {
      io.stdout.write(`${JSON.stringify(event)}\n`);
      return;
    }
    if (event.type === 'statement') io.stdout.write(`[${event.index + 1}/${event.total}] ${event.object}\n`);
    else if (event.type === 'statement-failed') io.stdout.write(`  failed: ${event.error}\n`);
    else if (event.type === 'active') io.stdout.write(`  ACTIVE after ${(event.waitedMs / 1000).toFixed(1)} s\n`);
  };
  try {
    const result = await applySchema(session, parsed.statements, { activeTimeoutMs: timeout * 1000, onEvent: print });
    const summary = { event: 'done', applied: result.applied, failed: result.failed.length, active: result.active.length, timedOut: result.timedOut };
    io.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${result.applied} statements applied, ${result.active.length} objects ACTIVE, ${result.failed.length} failed, ${result.timedOut.length} not ACTIVE in time\n`);
    return result.failed.length > 0 || result.timedOut.length > 0 ? ExitCode.Findings : ExitCode.Ok;
  } finally {
    await session.shutdown();
  }
}
