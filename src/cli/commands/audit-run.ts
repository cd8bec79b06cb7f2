import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseBaseline, writeBaseline } from '../../audit/baseline.js';
import type { AuditReport } from '../../audit/types.js';
import { loadConfig, type Config, type ConfigInput } from '../../config/index.js';
import { formatReport, failsRun } from '../../reporters/index.js';
import { ruleMetadata } from '../../reporters/options.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { KsmigError, usageError } from '../../shared/errors.js';
import { registerSecret } from '../../shared/redact.js';
import { escapeControl } from '../../shared/terminal-text.js';
import { VERSION } from '../../shared/version.js';
import { runAuditWorkflow, type AuditEvent } from '../../workflows/audit.js';
import type { CliIO } from '../io.js';
import { findRepositoryRoot } from '../repo-root.js';
import { checkOutputs, writeOutput } from '../outputs.js';

/** `ksmig audit`'s flags as commander parses them. */
export interface AuditFlags {
  format?: string;
  output?: string;
  stdinFilename?: string;
  sourceRoot?: string;
  failOn?: string;
  topics?: string;
  rules?: string;
  disable?: string;
  config?: string;
  schema?: string[];
  queryLog?: string[];
  queryLogFormat?: string;
  showLiterals?: boolean;
  origin?: string;
  originDc?: string;
  username?: string;
  password?: string;
  originCa?: string;
  originInsecure?: boolean;
  baseline?: string;
  writeBaseline?: string;
  emitTargetSchema?: string;
  regions?: string;
  capacity?: string;
  now?: string;
  maxStatementSize?: string;
  /** Threads a large query log is read on (`--jobs`, validated as it is parsed). */
  jobs?: number;
}

/** Runs `ksmig audit`: flags → config → the audit workflow → the report (also used by `ksmig demo`). */
export async function runAudit(paths: string[], flags: AuditFlags, color: boolean, io: CliIO): Promise<number> {
  if (flags.password !== undefined) registerSecret(flags.password);
  const config = loadConfig({ cwd: io.cwd, env: io.env, flags: configFlags(flags), ...(flags.config !== undefined ? { configPath: flags.config } : {}) });
  if (config.sourceRoot !== undefined && !(await stat(config.sourceRoot).catch(() => undefined))?.isDirectory()) {
    throw new KsmigError('config', 'KSMIG_SOURCE_ROOT', `source root is not a directory: ${config.sourceRoot}`, {
      tryMessage: 'set --source-root (or sourceRoot in ksmig.config.yaml) to the directory of the checked-out repository',
    });
  }
  const baseline = config.baseline === undefined ? undefined : parseBaseline(await readText(config.baseline, '--baseline'), config.baseline);
  // Paths in SARIF, annotations and fingerprints are relative to the repository, wherever ksmig ran in it.
  const baseDir = config.sourceRoot ?? findRepositoryRoot(io.cwd) ?? resolve(io.cwd);
  // An output that is one of the inputs would replace what was audited: refused before anything is read.
  const outputs = [
    ['--output', flags.output],
    ['--write-baseline', flags.writeBaseline],
    ['--emit-target-schema', flags.emitTargetSchema],
  ] as const;
  await checkOutputs(
    outputs.flatMap(([flag, path]) => (path === undefined ? [] : [{ flag, path }])),
    [...paths, ...(flags.schema ?? []), ...(flags.queryLog ?? [])],
    io.cwd,
  );

  const outcome = await runAuditWorkflow(
    {
      cwd: io.cwd,
      stdin: io.stdin,
      paths,
      queryLogs: flags.queryLog ?? [],
      schemaFiles: flags.schema ?? [],
      queryLogFormat: config.queryLogFormat,
      origin: flags.origin !== undefined ? { ...config.origin } : undefined,
      baseline,
      baseDir,
      selection: { topics: config.topics, rules: config.rules, disable: config.disable, options: config.ruleOptions },
      now: config.now === undefined ? undefined : new Date(config.now),
      targetTables: config.targetTables,
      showLiterals: config.showLiterals,
      maxStatementLength: config.maxStatementSize,
      targetSchema: flags.emitTargetSchema !== undefined ? { regions: config.regions, capacity: config.capacity } : undefined,
      frames: config.format === 'text',
      signal: io.interrupted,
      jobs: flags.jobs,
    },
    (event) => renderEvent(event, io),
  );
  // A signal that came while the last input was read: nothing is written.
  if (io.interrupted?.aborted === true) throw new KsmigError('interrupted', 'KSMIG_INTERRUPTED', 'the audit was interrupted');

  const output = formatReport(config.format, outcome.report, {
    sources: new Map(outcome.sources),
    color: color && config.format === 'text' && flags.output === undefined && io.stdout.isTTY === true,
    showLiterals: config.showLiterals,
    rules: outcome.rules.map(ruleMetadata),
    baseDir,
    cwd: resolve(io.cwd),
    ...(flags.stdinFilename !== undefined ? { stdinPath: flags.stdinFilename } : {}),
    toolVersion: VERSION,
    failOn: config.failOn,
    files: [...outcome.files],
  });
  if (flags.output !== undefined) await writeOutput(resolve(io.cwd, flags.output), output);
  else io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);

  if (flags.writeBaseline !== undefined) await writeOutput(resolve(io.cwd, flags.writeBaseline), writeBaseline(outcome.report.findings));
  if (flags.emitTargetSchema !== undefined && outcome.targetSchema !== undefined) {
    const converted = outcome.targetSchema;
    await writeOutput(resolve(io.cwd, flags.emitTargetSchema), converted.text);
    io.stderr.write(
      `ksmig: wrote the Keyspaces-ready schema (${converted.keyspaces} keyspaces, ${converted.tables} tables, ${converted.types} types; ${converted.omitted} objects left out) to ${escapeControl(flags.emitTargetSchema)}\n`,
    );
  }
  return exitCodeOf(outcome.report, config);
}

function renderEvent(event: AuditEvent, io: CliIO): void {
  // File names and log lines come from the inputs: control characters are shown escaped.
  switch (event.type) {
    case 'log-lines-skipped':
      io.stderr.write(
        escapeControl(
          `ksmig: ${event.file}: passed over ${event.count} line(s) that are not ${event.format} log records${event.firstLine !== undefined ? ` (first at line ${event.firstLine}: ${event.reason ?? ''})` : ''}`,
        ) + '\n',
      );
      break;
    case 'path-skipped':
      io.stderr.write(`${escapeControl(`ksmig: ${event.file}: skipped: ${event.what}, not a file to read`)}\n`);
      break;
    case 'target-schema':
    case 'origin-read':
      // Said once the files are written (the report says what was audited).
      break;
  }
}

function exitCodeOf(report: AuditReport, config: Config): number {
  return report.findings.some((f) => failsRun(f, config.failOn)) ? ExitCode.Findings : ExitCode.Ok;
}

function configFlags(flags: AuditFlags): ConfigInput {
  const list = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(',').map((x) => x.trim()).filter((x) => x !== ''));
  return {
    format: flags.format,
    failOn: flags.failOn,
    topics: list(flags.topics),
    rules: list(flags.rules),
    disable: list(flags.disable),
    showLiterals: flags.showLiterals === true ? true : undefined,
    baseline: flags.baseline,
    queryLogFormat: flags.queryLogFormat,
    sourceRoot: flags.sourceRoot,
    now: flags.now,
    regions: list(flags.regions),
    capacity: flags.capacity,
    maxStatementSize: flags.maxStatementSize,
    origin: {
      contactPoints: list(flags.origin),
      localDataCenter: flags.originDc,
      username: flags.username,
      password: flags.password,
      tls: flags.originCa !== undefined || flags.originInsecure === true ? { ca: flags.originCa, insecure: flags.originInsecure === true ? true : undefined } : undefined,
    },
  };
}

async function readText(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw usageError(`${flag}: cannot read ${path}: ${(err as Error).message}`);
  }
}
