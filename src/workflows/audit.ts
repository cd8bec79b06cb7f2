/**
 * The audit as a service: inputs (files, directories, standard input, query logs, a live cluster)
 * are read and classified, query logs are folded into statement shapes, everything is audited in
 * one pass, and — when asked — the Keyspaces-ready schema is converted. Typed options in, typed
 * events out; the command decides how the report is printed and where files are written.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Baseline } from '../audit/baseline.js';
import { auditSources, type AuditLogShape, type AuditSource } from '../audit/audit.js';
import type { AuditReport } from '../audit/types.js';
import type { TargetTableState } from '../catalog/catalog.js';
import type { OriginSessionOptions } from '../clusters/origin-session.js';
import { convertSchema, type CapacityMode, type TargetSchema } from '../convert/target-schema.js';
import type { Statement } from '../cql/ast/nodes.js';
import { parseScript } from '../cql/parse.js';
import type { RuleSelection } from '../rules/engine.js';
import { loadRules, type LoadedRule } from '../rules/load.js';
import { looksLikeCqlScript, stripCqlshNoise } from '../sources/describe.js';
import { readHead, readSources, STDIN_FILE } from '../sources/files.js';
import type { QueryLogFormat } from '../sources/query-logs/records.js';
import { summarizeQueryLog } from '../sources/query-logs/summary.js';
import type { EventListener } from '../shared/events.js';
import { usageError } from '../shared/errors.js';
import { VERSION } from '../shared/version.js';

/** File endings read as CQL scripts; every other file given by name is read as a query log. */
const SCRIPT_EXTENSIONS = new Set(['.cql', '.cqlsh', '.ddl']);

/** What to audit and how. Paths are as the user gave them, relative to `cwd`. */
export interface AuditWorkflowOptions {
  cwd: string;
  /** Read when a path is `-` (an empty stream when absent). */
  stdin?: Readable | undefined;
  /** `.cql` files, directories (searched for `*.cql`), query logs (any other file), or `-`. */
  paths: readonly string[];
  /** Files read as query logs whatever their name (`--query-log`). */
  queryLogs?: readonly string[];
  /** Files that give context (tables, TTL settings) without being reported on (`--schema`). */
  schemaFiles?: readonly string[];
  queryLogFormat: QueryLogFormat;
  /** Audit a live cluster's schema and prepared statements too. */
  origin?: OriginSessionOptions | undefined;
  /** Only these keyspaces of the live cluster (absent: every keyspace it has). */
  originKeyspaces?: readonly string[] | undefined;
  /** Accepted findings; those it lists are `existing`. */
  baseline?: Baseline | undefined;
  /** Directory that fingerprints name files relative to (the repository root). */
  baseDir: string;
  /** Rules; default every rule file. */
  rules?: readonly LoadedRule[];
  selection: RuleSelection;
  now?: Date | undefined;
  targetTables?: Readonly<Record<string, TargetTableState>>;
  showLiterals: boolean;
  /** Convert the audited schema to Keyspaces-ready DDL. */
  targetSchema?: { regions: readonly string[]; capacity?: CapacityMode | undefined } | undefined;
}

/** What the audit produced. */
export interface AuditOutcome {
  report: AuditReport;
  rules: readonly LoadedRule[];
  /** The audited texts by file name (for code frames); `--schema` files are not among them. */
  sources: ReadonlyMap<string, string>;
  /** Every input named in the report, in order. */
  files: readonly string[];
  /** The converted schema, when `targetSchema` was asked for. */
  targetSchema?: TargetSchema;
}

/** Progress of an audit, for the views. */
export type AuditEvent =
  | { type: 'log-lines-skipped'; file: string; format: string; count: number; firstLine?: number | undefined; reason?: string | undefined }
  | { type: 'origin-read'; label: string; keyspaces: number }
  | { type: 'target-schema'; keyspaces: number; tables: number; types: number; omitted: number };

/**
 * Runs the audit. A path that does not exist, or nothing to audit, is a usage error (exit 2); a
 * file that cannot be read is a KS0002 finding; an unreachable origin is a connection error (exit 3).
 */
export async function runAuditWorkflow(options: AuditWorkflowOptions, onEvent: EventListener<AuditEvent> = () => undefined): Promise<AuditOutcome> {
  const stdin = options.stdin ?? Readable.from([]);
  const queryLogPaths = options.queryLogs ?? [];
  if (options.paths.length === 0 && queryLogPaths.length === 0 && options.origin === undefined) {
    throw usageError('nothing to audit: give .cql files, directories, query logs or - for standard input, or --origin <host>', 'ksmig audit schema/ queries.log');
  }
  const rules = options.rules ?? loadRules();
  const { scriptPaths, logPaths } = await classifyPaths(options, queryLogPaths);

  const read = await readSources(scriptPaths, options.cwd, stdin);
  const sources: AuditSource[] = read.sources.map((s) => ({ file: s.file, text: stripCqlshNoise(s.text) }));
  if ((options.schemaFiles ?? []).length > 0) {
    const schema = await readSources(options.schemaFiles ?? [], options.cwd, stdin);
    for (const s of schema.sources) sources.push({ file: s.file, text: stripCqlshNoise(s.text), kind: 'schema-only' });
  }
  if (options.origin !== undefined) {
    const live = await readOrigin(options.origin);
    const wanted = options.originKeyspaces === undefined ? undefined : new Set(options.originKeyspaces);
    const chosen = wanted === undefined ? live.sources : live.sources.filter((s) => wanted.has(s.file.slice(s.file.lastIndexOf('/') + 1)));
    onEvent({ type: 'origin-read', label: live.label, keyspaces: chosen.length });
    for (const s of chosen) sources.push(s);
  }

  const logShapes: AuditLogShape[] = [];
  for (const p of logPaths) {
    const input = p === '-' ? stdin : createReadStream(resolve(options.cwd, p));
    const summary = await summarizeQueryLog(input, { format: options.queryLogFormat });
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
      onEvent({ type: 'log-lines-skipped', file, format: summary.format, count: summary.skippedCount, firstLine: first?.line, reason: first?.reason });
    }
  }

  const report = auditSources(sources, {
    fingerprintFile: (file) => repositoryPath(file, options.baseDir, options.cwd),
    rules,
    selection: options.selection,
    ...(options.now ? { now: options.now } : {}),
    targetTables: { ...options.targetTables },
    logShapes,
    showLiterals: options.showLiterals,
    unreadable: read.unreadable,
    ...(options.baseline ? { baseline: options.baseline } : {}),
  });

  const audited = sources.filter((s) => s.kind !== 'schema-only');
  const outcome: AuditOutcome = {
    report,
    rules,
    sources: new Map(audited.map((s) => [s.file, s.text])),
    files: [...new Set([...audited.map((s) => s.file), ...logShapes.map((s) => s.file), ...read.unreadable.map((u) => u.file)])],
  };
  if (options.targetSchema !== undefined) {
    const { statements, sourceStarts } = targetStatements(sources, logShapes);
    const converted = convertSchema(statements, {
      rules,
      sourceStarts,
      ruleOptions: options.selection.options ?? {},
      regions: options.targetSchema.regions,
      ...(options.targetSchema.capacity ? { capacity: options.targetSchema.capacity } : {}),
      sources: audited.map((s) => s.file),
      version: VERSION,
    });
    onEvent({ type: 'target-schema', keyspaces: converted.keyspaces, tables: converted.tables, types: converted.types, omitted: converted.omitted });
    outcome.targetSchema = converted;
  }
  return outcome;
}

/**
 * Files given by name are scripts or query logs by their ending (or content); directories hold
 * scripts (shared with `ksmig estimate`, which reads the same inputs).
 */
export async function classifyPaths(
  options: Pick<AuditWorkflowOptions, 'cwd' | 'paths' | 'queryLogFormat'>,
  queryLogPaths: readonly string[],
): Promise<{ scriptPaths: string[]; logPaths: string[] }> {
  const scriptPaths: string[] = [];
  const logPaths: string[] = [...queryLogPaths];
  for (const p of options.paths) {
    if (p === '-') {
      // Standard input is a script unless a query-log format is named for it.
      (options.queryLogFormat !== 'auto' ? logPaths : scriptPaths).push(p);
      continue;
    }
    const absolute = resolve(options.cwd, p);
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined) throw usageError(`no such file or directory: ${p}`, 'pass existing .cql files, directories or query logs, or - for standard input');
    if (info.isDirectory() || SCRIPT_EXTENSIONS.has(extname(p).toLowerCase())) scriptPaths.push(p);
    // DESCRIBE output saved as .txt or .out is a script, not a log; --query-log-format says otherwise.
    else if (options.queryLogFormat === 'auto' && looksLikeCqlScript(await readHead(absolute))) scriptPaths.push(p);
    else logPaths.push(p);
  }
  return { scriptPaths, logPaths };
}

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

/** Statements the converter reads: every script's and schema file's statements, then each log shape in its session keyspace. */
function targetStatements(sources: readonly AuditSource[], shapes: readonly AuditLogShape[]): { statements: Statement[]; sourceStarts: number[] } {
  const out: Statement[] = [];
  const sourceStarts: number[] = [];
  for (const s of sources) {
    sourceStarts.push(out.length);
    for (const st of parseScript(s.text).statements) out.push(st);
  }
  for (const shape of shapes) {
    sourceStarts.push(out.length);
    const parsed = parseScript(shape.keyspace === undefined ? shape.example ?? shape.shape : `USE "${shape.keyspace.replace(/"/g, '""')}";\n${shape.example ?? shape.shape}`);
    for (const st of parsed.statements) if (st.kind !== 'CreateKeyspace' && st.kind !== 'CreateTable' && st.kind !== 'CreateType') out.push(st);
  }
  return { statements: out, sourceStarts };
}

async function readOrigin(origin: OriginSessionOptions): Promise<{ label: string; sources: AuditSource[] }> {
  // The driver is loaded only when a live cluster is audited: it is most of a file audit's start-up time.
  const [{ connectOrigin }, { readLiveSchema }] = await Promise.all([import('../clusters/origin-session.js'), import('../sources/live-schema.js')]);
  const session = await connectOrigin(origin);
  try {
    // DESIGN.md names live-schema sources origin:<host>/<keyspace>: the host without its port.
    const label = (origin.contactPoints[0] ?? 'origin').replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/^([^:]*):\d+$/, '$1');
    const live = await readLiveSchema(session.client, label);
    return { label, sources: live.sources.map((s) => ({ file: s.file, text: s.text, kind: 'live', ...(s.preparedFrom !== undefined ? { preparedFrom: s.preparedFrom } : {}) })) };
  } finally {
    await session.shutdown();
  }
}
