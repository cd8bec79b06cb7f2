import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { auditSources, type AuditLogShape, type AuditSource } from '../../audit/audit.js';
import type { AuditReport } from '../../audit/types.js';
import { loadConfig, type Config, type ConfigInput } from '../../config/index.js';
import { convertSchema, type CapacityMode } from '../../convert/target-schema.js';
import type { Statement } from '../../cql/ast/nodes.js';
import { parseScript } from '../../cql/parse.js';
import { formatReport, failsRun } from '../../reporters/index.js';
import type { RuleMetadata } from '../../reporters/options.js';
import { parseBaseline, writeBaseline } from '../../audit/baseline.js';
import { loadRules, type LoadedRule } from '../../rules/load.js';
import { looksLikeCqlScript, stripCqlshNoise } from '../../sources/describe.js';
import { readHead, readSources, STDIN_FILE } from '../../sources/files.js';
import type { QueryLogFormat } from '../../sources/query-logs/records.js';
import { summarizeQueryLog } from '../../sources/query-logs/summary.js';
import type { SourceText } from '../../sources/source-text.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { KsmigError, usageError } from '../../shared/errors.js';
import { registerSecret } from '../../shared/redact.js';
import { VERSION } from '../../shared/version.js';
import type { CliIO } from '../io.js';
import { findRepositoryRoot } from '../repo-root.js';

/** File endings read as CQL scripts; every other file given by name is read as a query log. */
const SCRIPT_EXTENSIONS = new Set(['.cql', '.cqlsh', '.ddl']);

/**
 * A file's name relative to the repository root, so a finding keeps its fingerprint (and its
 * baseline entry) whichever directory ksmig runs from; standard input, live schemas and files
 * outside the repository keep the name they were given.
 */
function repositoryPath(file: string, baseDir: string, cwd: string): string {
  if (file === STDIN_FILE || file.startsWith('origin:')) return file;
  const path = relative(baseDir, resolve(cwd, file));
  return path === '' || path.startsWith('..') || isAbsolute(path) ? file : path.split(sep).join('/');
}

/** Runs `ksmig audit` with parsed options (also used by `ksmig demo`). */
export async function runAudit(paths: string[], opts: Record<string, unknown>, color: boolean, io: CliIO): Promise<number> {
  if (typeof opts['password'] === 'string') registerSecret(opts['password']);
  const config = loadConfig({ cwd: io.cwd, env: io.env, flags: configFlags(opts), ...(typeof opts['config'] === 'string' ? { configPath: opts['config'] } : {}) });
  const queryLogPaths = (opts['queryLog'] as string[] | undefined) ?? [];
  const auditOrigin = typeof opts['origin'] === 'string';
  if (paths.length === 0 && queryLogPaths.length === 0 && !auditOrigin) {
    throw usageError('nothing to audit: give .cql files, directories, query logs or - for standard input, or --origin <host>', 'ksmig audit schema/ queries.log');
  }
  if (config.sourceRoot !== undefined && !(await stat(config.sourceRoot).catch(() => undefined))?.isDirectory()) {
    throw new KsmigError('config', 'KSMIG_SOURCE_ROOT', `source root is not a directory: ${config.sourceRoot}`, {
      tryMessage: 'set --source-root (or sourceRoot in ksmig.config.yaml) to the directory of the checked-out repository',
    });
  }
  const now = config.now === undefined ? undefined : new Date(config.now);
  const capacity = parseCapacity(opts['capacity']);
  const rules = loadRules();

  // Files given by name are scripts or query logs by their ending; directories hold scripts.
  const scriptPaths: string[] = [];
  const logPaths: string[] = [...queryLogPaths];
  for (const p of paths) {
    if (p === '-') {
      // Standard input is a script unless a query-log format is named for it.
      (opts['queryLogFormat'] !== undefined && opts['queryLogFormat'] !== 'auto' ? logPaths : scriptPaths).push(p);
      continue;
    }
    const info = await stat(resolve(io.cwd, p)).catch(() => undefined);
    if (info === undefined) throw usageError(`no such file or directory: ${p}`, 'pass existing .cql files, directories or query logs, or - for standard input');
    if (info.isDirectory() || SCRIPT_EXTENSIONS.has(extname(p).toLowerCase())) scriptPaths.push(p);
    // DESCRIBE output saved as .txt or .out is a script, not a log; --query-log-format says otherwise.
    else if (config.queryLogFormat === 'auto' && looksLikeCqlScript(await readHead(resolve(io.cwd, p)))) scriptPaths.push(p);
    else logPaths.push(p);
  }
  const read = await readSources(scriptPaths, io.cwd, io.stdin);
  const sources: AuditSource[] = read.sources.map((s) => ({ file: s.file, text: stripCqlshNoise(s.text) }));
  const schemaFiles = (opts['schema'] as string[] | undefined) ?? [];
  if (schemaFiles.length > 0) {
    const schema = await readSources(schemaFiles, io.cwd, io.stdin);
    sources.push(...schema.sources.map((s) => ({ file: s.file, text: stripCqlshNoise(s.text), kind: 'schema-only' as const })));
  }
  if (auditOrigin) sources.push(...(await readOrigin(config)));

  const logShapes: AuditLogShape[] = [];
  for (const p of logPaths) {
    const input = p === '-' ? io.stdin : createReadStream(resolve(io.cwd, p));
    const summary = await summarizeQueryLog(input, { format: config.queryLogFormat as QueryLogFormat });
    const file = p === '-' ? STDIN_FILE : p;
    for (const s of summary.shapes) {
      logShapes.push({
        file,
        shape: s.shape,
        example: s.example,
        count: s.count,
        firstLine: s.firstLine,
        consistencies: s.consistencies,
        serialConsistencies: s.serialConsistencies,
        ...(s.keyspace !== undefined ? { keyspace: s.keyspace } : {}),
      });
    }
    if (summary.skippedCount > 0) {
      const first = summary.skipped[0];
      io.stderr.write(`ksmig: ${file}: passed over ${summary.skippedCount} line(s) that are not ${summary.format} log records${first ? ` (first at line ${first.line}: ${first.reason})` : ''}\n`);
    }
  }

  const baseline = config.baseline === undefined ? undefined : parseBaseline(await readText(config.baseline, '--baseline'), config.baseline);
  // Paths in SARIF, annotations and fingerprints are relative to the repository, wherever ksmig ran in it.
  const baseDir = config.sourceRoot ?? findRepositoryRoot(io.cwd) ?? resolve(io.cwd);
  const report = auditSources(sources, {
    fingerprintFile: (file) => repositoryPath(file, baseDir, io.cwd),
    rules,
    selection: { topics: config.topics, rules: config.rules, disable: config.disable, options: config.ruleOptions },
    ...(now ? { now } : {}),
    targetTables: { ...config.targetTables },
    logShapes,
    showLiterals: config.showLiterals,
    unreadable: read.unreadable,
    ...(baseline ? { baseline } : {}),
  });

  const sourceTexts = new Map<string, string>(sources.filter((s) => s.kind !== 'schema-only').map((s) => [s.file, s.text]));
  const output = formatReport(config.format, report, {
    sources: sourceTexts,
    color: color && config.format === 'text' && opts['output'] === undefined && io.stdout.isTTY === true,
    showLiterals: config.showLiterals,
    rules: rules.map(ruleMetadata),
    baseDir,
    cwd: resolve(io.cwd),
    ...(typeof opts['stdinFilename'] === 'string' ? { stdinPath: opts['stdinFilename'] } : {}),
    toolVersion: VERSION,
    failOn: config.failOn,
    files: [...new Set([...sources.filter((s) => s.kind !== 'schema-only').map((s) => s.file), ...logShapes.map((s) => s.file), ...read.unreadable.map((u) => u.file)])],
  });
  if (typeof opts['output'] === 'string') await writeOut(resolve(io.cwd, opts['output']), output);
  else io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);

  if (typeof opts['writeBaseline'] === 'string') await writeOut(resolve(io.cwd, opts['writeBaseline']), writeBaseline(report.findings));
  if (typeof opts['emitTargetSchema'] === 'string') {
    const { statements, sourceStarts } = targetStatements(sources, logShapes);
    const converted = convertSchema(statements, {
      rules,
      sourceStarts,
      ruleOptions: config.ruleOptions,
      regions: config.regions,
      ...(capacity ? { capacity } : {}),
      sources: sources.filter((s) => s.kind !== 'schema-only').map((s) => s.file),
      version: VERSION,
    });
    await writeOut(resolve(io.cwd, opts['emitTargetSchema']), converted.text);
    io.stderr.write(`ksmig: wrote the Keyspaces-ready schema (${converted.keyspaces} keyspaces, ${converted.tables} tables, ${converted.types} types; ${converted.omitted} objects left out) to ${opts['emitTargetSchema']}\n`);
  }
  return exitCodeOf(report, config);
}

function exitCodeOf(report: AuditReport, config: Config): number {
  return report.findings.some((f) => failsRun(f, config.failOn)) ? ExitCode.Findings : ExitCode.Ok;
}

/** Statements the converter reads: every script's and schema file's statements, then each log shape in its session keyspace. */
function targetStatements(sources: readonly AuditSource[], shapes: readonly AuditLogShape[]): { statements: Statement[]; sourceStarts: number[] } {
  const out: Statement[] = [];
  const sourceStarts: number[] = [];
  for (const s of sources) {
    sourceStarts.push(out.length);
    out.push(...parseScript(s.text).statements);
  }
  for (const shape of shapes) {
    sourceStarts.push(out.length);
    const parsed = parseScript(shape.keyspace === undefined ? shape.example ?? shape.shape : `USE "${shape.keyspace.replace(/"/g, '""')}";\n${shape.example ?? shape.shape}`);
    out.push(...parsed.statements.filter((st) => st.kind !== 'CreateKeyspace' && st.kind !== 'CreateTable' && st.kind !== 'CreateType'));
  }
  return { statements: out, sourceStarts };
}

async function readOrigin(config: Config): Promise<AuditSource[]> {
  // The driver is loaded only when a live cluster is audited: it is most of a file audit's start-up time.
  const [{ connectOrigin }, { readLiveSchema }] = await Promise.all([import('../../clusters/origin-session.js'), import('../../sources/live-schema.js')]);
  const origin = await connectOrigin({ ...config.origin });
  try {
    // DESIGN.md names live-schema sources origin:<host>/<keyspace>: the host without its port.
    const label = (config.origin.contactPoints[0] ?? 'origin').replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/^([^:]*):\d+$/, '$1');
    const live = await readLiveSchema(origin.client, label);
    return live.sources.map((s: SourceText) => ({ file: s.file, text: s.text }));
  } finally {
    await origin.shutdown();
  }
}

function configFlags(opts: Record<string, unknown>): ConfigInput {
  const list = (v: unknown): string[] | undefined => (typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter((x) => x !== '') : undefined);
  const origin = typeof opts['origin'] === 'string' ? list(opts['origin']) : undefined;
  return {
    format: opts['format'],
    failOn: opts['failOn'],
    topics: list(opts['topics']),
    rules: list(opts['rules']),
    disable: list(opts['disable']),
    showLiterals: opts['showLiterals'] === true ? true : undefined,
    baseline: opts['baseline'],
    queryLogFormat: opts['queryLogFormat'],
    sourceRoot: opts['sourceRoot'],
    now: opts['now'],
    regions: list(opts['regions']),
    origin: {
      contactPoints: origin,
      localDataCenter: opts['originDc'],
      username: opts['username'],
      password: opts['password'],
      tls: typeof opts['originCa'] === 'string' || opts['originInsecure'] === true ? { ca: opts['originCa'], insecure: opts['originInsecure'] === true ? true : undefined } : undefined,
    },
  };
}

function parseCapacity(value: unknown): CapacityMode | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (text === 'on-demand') return { mode: 'on-demand' };
  const m = /^provisioned:(\d+):(\d+)$/.exec(text);
  if (m) return { mode: 'provisioned', readCapacityUnits: Number(m[1]), writeCapacityUnits: Number(m[2]) };
  throw usageError(`--capacity expects on-demand or provisioned:<read units>:<write units>, got '${text}'`);
}

function ruleMetadata(rule: LoadedRule): RuleMetadata {
  const helpUri = rule.references.find((r) => r.url !== undefined)?.url;
  return { id: rule.id, name: rule.name, title: rule.title, severity: rule.severity, topics: rule.topics, help: rule.help.trim(), docs: rule.docs, ...(helpUri ? { helpUri } : {}) };
}

async function readText(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw usageError(`${flag}: cannot read ${path}: ${(err as Error).message}`);
  }
}

async function writeOut(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (err) {
    throw new KsmigError('usage', 'KSMIG_OUTPUT', `cannot write ${path}: ${(err as Error).message}`, { cause: err });
  }
}

