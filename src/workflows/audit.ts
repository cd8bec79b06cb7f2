/**
 * The audit as a service: inputs (files, directories, standard input, query logs, a live cluster)
 * are opened and classified, query logs are folded into statement shapes, scripts are audited as
 * streams (memory bounded by the largest statement and the findings), and — when asked — the
 * Keyspaces-ready schema is converted. Typed options in, typed events out; the command decides how
 * the report is printed and where files are written.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Baseline } from '../audit/baseline.js';
import type { AuditInput, AuditLogShape, OversizedLogRecord, SourceKind } from '../audit/audit.js';
import { auditInputs } from '../audit/inputs.js';
import type { AuditReport } from '../audit/types.js';
import type { TargetTableState } from '../catalog/catalog.js';
import type { OriginSessionOptions } from '../clusters/origin-session.js';
import { convertSchema, type CapacityMode, type TargetSchema } from '../convert/target-schema.js';
import type { FrameSource } from '../reporters/code-frame.js';
import { FrameLineCollector } from '../reporters/source-lines.js';
import type { RuleSelection } from '../rules/engine.js';
import { loadRules, type LoadedRule } from '../rules/load.js';
import { CqlshNoise, looksLikeCqlScript } from '../sources/describe.js';
import { expandPaths, readHead, STDIN_FILE } from '../sources/files.js';
import type { QueryLogFormat } from '../sources/query-logs/records.js';
import { defaultJobs, summarizeQueryLogInParallel } from '../sources/query-logs/parallel-summary.js';
import { summarizeQueryLog, type QueryLogSummary } from '../sources/query-logs/summary.js';
import { binaryInput, describeIoError, noLogRecords } from '../sources/reasons.js';
import { UnreadableInputError, type UnreadableSource } from '../sources/source-text.js';
import { binaryKind, decodeStream, InputOpener, type PeekedInput } from '../sources/text-input.js';
import type { EventListener } from '../shared/events.js';
import { KsmigError, usageError } from '../shared/errors.js';
import { VERSION } from '../shared/version.js';
import { threadEntry } from '../shared/threads.js';

/** File endings read as CQL scripts; every other file given by name is read as a query log. */
const SCRIPT_EXTENSIONS = new Set(['.cql', '.cqlsh', '.ddl']);

/** The entry point of the threads that read a large query log in parallel, beside this module. */
const QUERY_LOG_WORKER = threadEntry('query-log-worker', import.meta.url);

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
  /** Longest statement audited (UTF-16 code units); longer ones are KS0003 findings. Default 1 MiB. */
  maxStatementLength?: number | undefined;
  /** Convert the audited schema to Keyspaces-ready DDL. */
  targetSchema?: { regions: readonly string[]; capacity?: CapacityMode | undefined } | undefined;
  /** Collect the source lines code frames show (for the text report). */
  frames?: boolean;
  /** Stops the audit between two pieces of input (the command was interrupted). */
  signal?: AbortSignal | undefined;
  /**
   * Threads a large query log (a regular UTF-8 file in a format read line by line) is read on;
   * 1 reads every log on the calling thread. Default: one per core (`defaultJobs`).
   */
  jobs?: number | undefined;
}

/** What the audit produced. */
export interface AuditOutcome {
  report: AuditReport;
  rules: readonly LoadedRule[];
  /**
   * The lines code frames show, by file name (when `frames` was asked): only those the findings
   * point at. `--schema` files and query logs are not among them. A live cluster's rendered schema
   * is always here, whole (it is in memory anyway, and the migration's schema review reads it).
   */
  sources: ReadonlyMap<string, FrameSource>;
  /** Every input named in the report, in order. */
  files: readonly string[];
  /** The converted schema, when `targetSchema` was asked for. */
  targetSchema?: TargetSchema;
}

/** Progress of an audit, for the views. */
export type AuditEvent =
  | { type: 'log-lines-skipped'; file: string; format: string; count: number; firstLine?: number | undefined; reason?: string | undefined }
  | { type: 'path-skipped'; file: string; what: string }
  | { type: 'origin-read'; label: string; keyspaces: number }
  | { type: 'target-schema'; keyspaces: number; tables: number; types: number; omitted: number };

/** A script to audit: read twice (schema pass, audit pass), a third time for code frames. */
interface ScriptInput {
  file: string;
  kind: SourceKind;
  bytes: () => AsyncIterable<Buffer>;
}

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
  const opener = new InputOpener(options.cwd, stdin, options.signal);
  try {
    const unreadable: UnreadableSource[] = [];
    const scripts: ScriptInput[] = [];
    const logs: PeekedInput[] = [];
    await classify(options, opener, { scripts, logs, unreadable }, onEvent);
    for (const given of options.schemaFiles ?? []) {
      const found = await expandPaths([given], options.cwd);
      for (const u of found.unreadable) unreadable.push(u);
      for (const file of found.files) {
        const opened = await openScript(opener, file, options.cwd, unreadable);
        if (opened !== undefined) scripts.push({ ...opened, kind: 'schema-only' });
      }
    }

    const logShapes: AuditLogShape[] = [];
    const oversized: OversizedLogRecord[] = [];
    const logFiles: string[] = [];
    for (const log of logs) {
      await readLog(log, options, { logShapes, oversized, logFiles, unreadable }, onEvent);
      throwIfInterrupted(options.signal);
    }

    const inputs: AuditInput[] = scripts.map((s) => ({ file: s.file, kind: s.kind, read: () => scriptText(s.bytes()) }));
    const liveTexts = new Map<string, string>();
    if (options.origin !== undefined) {
      const live = await readOrigin(options.origin);
      const wanted = options.originKeyspaces === undefined ? undefined : new Set(options.originKeyspaces);
      const chosen = wanted === undefined ? live.sources : live.sources.filter((s) => wanted.has(s.file.slice(s.file.lastIndexOf('/') + 1)));
      onEvent({ type: 'origin-read', label: live.label, keyspaces: chosen.length });
      // A live schema is audited as a description, its prepared statements (from `preparedFrom` on) as prepared.
      for (const s of chosen) liveTexts.set(s.file, s.text);
      for (const s of chosen) inputs.push({ file: s.file, kind: 'live', ...(s.preparedFrom !== undefined ? { preparedFrom: s.preparedFrom } : {}), read: () => oneText(s.text) });
    }

    const { report, schema } = await auditInputs(inputs, {
      fingerprintFile: (file) => repositoryPath(file, options.baseDir, options.cwd),
      rules,
      selection: options.selection,
      ...(options.now ? { now: options.now } : {}),
      targetTables: { ...options.targetTables },
      logShapes,
      logFiles,
      oversizedLogRecords: oversized,
      showLiterals: options.showLiterals,
      unreadable,
      ...(options.baseline ? { baseline: options.baseline } : {}),
      ...(options.maxStatementLength !== undefined ? { maxStatementLength: options.maxStatementLength } : {}),
      ...(options.targetSchema !== undefined ? { collectSchema: true } : {}),
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
    });

    const audited = inputs.filter((s) => s.kind !== 'schema-only');
    const unreadableFiles = new Set(unreadable.map((u) => u.file));
    const outcome: AuditOutcome = {
      report,
      rules,
      sources: new Map([
        ...(options.frames === true ? await frameSources(report, audited.filter((s) => !unreadableFiles.has(s.file) && !liveTexts.has(s.file))) : []),
        ...liveTexts,
      ]),
      files: [...new Set([...audited.map((s) => s.file), ...logFiles, ...unreadable.map((u) => u.file)])],
    };
    if (options.targetSchema !== undefined && schema !== undefined) {
      const converted = convertSchema(schema.statements, {
        rules,
        sourceStarts: schema.sourceStarts,
        ttlTables: schema.ttlTables,
        timestampTables: schema.timestampTables,
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
  } finally {
    await opener.dispose();
  }
}

function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new KsmigError('interrupted', 'KSMIG_INTERRUPTED', 'the audit was interrupted');
}

/**
 * Sorts the inputs: directories hold scripts; files given by name are scripts or query logs by
 * their ending (or content), `-` is a script unless a log format is named; binary files and paths
 * that cannot be opened are unreadable.
 */
async function classify(
  options: AuditWorkflowOptions,
  opener: InputOpener,
  into: { scripts: ScriptInput[]; logs: PeekedInput[]; unreadable: UnreadableSource[] },
  onEvent: EventListener<AuditEvent>,
): Promise<void> {
  const open = async (given: string): Promise<PeekedInput | undefined> => {
    try {
      return await opener.open(given);
    } catch (err) {
      if (!(err instanceof UnreadableInputError)) throw err;
      into.unreadable.push({ file: given === '-' ? STDIN_FILE : given, reason: err.reason });
      return undefined;
    }
  };
  for (const p of options.queryLogs ?? []) {
    const input = await open(p);
    if (input === undefined) continue;
    const binary = binaryKind(input.head);
    if (binary !== undefined) into.unreadable.push({ file: input.file, reason: binaryInput(binary.compression) });
    else into.logs.push(input);
  }
  for (const p of options.paths) {
    if (p === '-') {
      const input = await open(p);
      if (input === undefined) continue;
      // Standard input is a script unless a query-log format is named for it.
      if (options.queryLogFormat !== 'auto') into.logs.push(input);
      else into.scripts.push({ file: input.file, kind: 'script', bytes: input.rereadable() });
      continue;
    }
    const found = await expandPaths([p], options.cwd);
    for (const u of found.unreadable) into.unreadable.push(u);
    for (const s of found.skipped) onEvent({ type: 'path-skipped', file: s.file, what: s.what });
    const info = await stat(resolve(options.cwd, p)).catch(() => undefined);
    if (info?.isDirectory() === true) {
      for (const file of found.files) into.scripts.push({ file, kind: 'script', bytes: () => fileBytes(resolve(options.cwd, file)) });
      continue;
    }
    if (found.files.length === 0) continue;
    const input = await open(p);
    if (input === undefined) continue;
    const binary = binaryKind(input.head);
    if (SCRIPT_EXTENSIONS.has(extname(p).toLowerCase())) {
      into.scripts.push({ file: p, kind: 'script', bytes: input.rereadable() });
    } else if (binary !== undefined) {
      // A binary file is neither a script nor a log: reading it as a log would report its bytes as statements.
      into.unreadable.push({ file: p, reason: binaryInput(binary.compression) });
    } else if (options.queryLogFormat === 'auto' && looksLikeCqlScript(input.head.toString('utf8'))) {
      // DESCRIBE output saved as .txt or .out is a script, not a log; --query-log-format says otherwise.
      into.scripts.push({ file: p, kind: 'script', bytes: input.rereadable() });
    } else {
      into.logs.push(input);
    }
  }
}

/**
 * Files given by name are scripts or query logs by their ending (or content); directories hold
 * scripts. What `ksmig estimate` reads (it reads its inputs whole; the audit classifies them as
 * it opens them, see `classify`).
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

async function openScript(opener: InputOpener, file: string, cwd: string, unreadable: UnreadableSource[]): Promise<Omit<ScriptInput, 'kind'> | undefined> {
  if (file !== '-') return { file, bytes: () => fileBytes(resolve(cwd, file)) };
  try {
    const input = await opener.open(file);
    return { file: input.file, bytes: input.rereadable() };
  } catch (err) {
    if (!(err instanceof UnreadableInputError)) throw err;
    unreadable.push({ file: STDIN_FILE, reason: err.reason });
    return undefined;
  }
}

/** Reads a query log into shapes; one it can read nothing from is unreadable, with what it passed over. */
async function readLog(
  log: PeekedInput,
  options: AuditWorkflowOptions,
  into: { logShapes: AuditLogShape[]; oversized: OversizedLogRecord[]; logFiles: string[]; unreadable: UnreadableSource[] },
  onEvent: EventListener<AuditEvent>,
): Promise<void> {
  const file = log.file;
  let summary: QueryLogSummary;
  try {
    const logOptions = {
      format: options.queryLogFormat,
      ...(options.maxStatementLength !== undefined ? { maxRecordLength: options.maxStatementLength } : {}),
    };
    // UTF-8 goes to the readers as bytes (they decode it); UTF-16 (a byte-order mark says so) is decoded first.
    const utf16 = log.head.length >= 2 && ((log.head[0] === 0xff && log.head[1] === 0xfe) || (log.head[0] === 0xfe && log.head[1] === 0xff));
    // A large regular file is read in ranges on worker threads when its format allows (the same
    // summary); anything else, or anything that goes wrong there, is read here, on this thread.
    const parallel =
      log.regular && !utf16
        ? await summarizeQueryLogInParallel(resolve(options.cwd, file), { ...logOptions, jobs: options.jobs ?? defaultJobs(), worker: QUERY_LOG_WORKER })
        : undefined;
    summary = parallel?.summary ?? (await summarizeQueryLog(Readable.from(utf16 ? decodeStream(log.bytes(), 'lenient') : log.bytes()), logOptions));
  } catch (err) {
    if (!(err instanceof UnreadableInputError)) throw err;
    into.unreadable.push({ file, reason: err.reason });
    return;
  }
  into.logFiles.push(file);
  for (const s of summary.shapes) {
    into.logShapes.push({
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
  for (const o of summary.oversized) into.oversized.push({ file, ...o });
  const first = summary.skipped[0];
  if (summary.skippedCount > 0) {
    onEvent({ type: 'log-lines-skipped', file, format: summary.format, count: summary.skippedCount, firstLine: first?.line, reason: first?.reason });
  }
  // Every line was passed over: a gate must not pass because nothing could be read.
  if (summary.records === 0 && summary.skippedCount > 0) into.unreadable.push({ file, reason: noLogRecords(summary.format, summary.skippedCount, first) });
}

/** A script's text as the audit reads it: decoded (UTF-8, or UTF-16 with a BOM) and cqlsh's own lines blanked. */
async function* scriptText(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const noise = new CqlshNoise();
  for await (const text of decodeStream(bytes, 'strict')) {
    const out = noise.push(text);
    if (out !== '') yield out;
  }
  const rest = noise.end();
  if (rest !== '') yield rest;
}

async function* oneText(text: string): AsyncGenerator<string> {
  yield text;
}

async function* fileBytes(path: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of createReadStream(path)) yield chunk as Buffer;
  } catch (err) {
    throw new UnreadableInputError(describeIoError(err));
  }
}

/** The lines the report's code frames show, read once more from each input that has findings. */
async function frameSources(report: AuditReport, inputs: readonly AuditInput[]): Promise<Map<string, FrameSource>> {
  const byFile = new Map<string, AuditReport['findings']>();
  for (const f of report.findings) {
    if (f.example !== undefined) continue;
    const list = byFile.get(f.file);
    if (list === undefined) byFile.set(f.file, [f]);
    else list.push(f);
  }
  const out = new Map<string, FrameSource>();
  for (const input of inputs) {
    const findings = byFile.get(input.file);
    if (findings === undefined || out.has(input.file)) continue;
    const collector = new FrameLineCollector(findings);
    try {
      for await (const text of input.read()) collector.push(text);
    } catch (err) {
      if (err instanceof UnreadableInputError) continue;
      throw err;
    }
    out.set(input.file, collector.finish());
  }
  return out;
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

async function readOrigin(origin: OriginSessionOptions): Promise<{ label: string; sources: Array<{ file: string; text: string; preparedFrom?: number }> }> {
  // The driver is loaded only when a live cluster is audited: it is most of a file audit's start-up time.
  const [{ connectOrigin }, { readLiveSchema }] = await Promise.all([import('../clusters/origin-session.js'), import('../sources/live-schema.js')]);
  const session = await connectOrigin(origin);
  try {
    // DESIGN.md names live-schema sources origin:<host>/<keyspace>: the host without its port.
    const label = (origin.contactPoints[0] ?? 'origin').replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/^([^:]*):\d+$/, '$1');
    const live = await readLiveSchema(session.client, label);
    return { label, sources: live.sources.map((s) => ({ file: s.file, text: s.text, ...(s.preparedFrom !== undefined ? { preparedFrom: s.preparedFrom } : {}) })) };
  } finally {
    await session.shutdown();
  }
}
