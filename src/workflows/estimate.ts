/**
 * The cost estimate as a service: reads the same inputs as the audit (CQL scripts, DESCRIBE
 * output, query logs, a live cluster's schema and prepared statements), sizes tables from the
 * origin (`system.size_estimates` and a bounded sample), a sizing file and flags, takes request
 * rates from timestamped query logs or rate flags, audits the statements for the findings that
 * explain their cost, and runs the cost model (src/estimate). Typed options in, typed events out;
 * the command decides how the report is shown.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { parse as parseYaml } from 'yaml';
import { auditSources, type AuditLogShape, type AuditSource } from '../audit/audit.js';
import { buildCatalog } from '../catalog/build.js';
import type { Catalog } from '../catalog/catalog.js';
import { sessionStatements } from '../catalog/session.js';
import type { OriginSession, OriginSessionOptions } from '../clusters/origin-session.js';
import type { Statement } from '../cql/ast/nodes.js';
import { parseScript } from '../cql/parse.js';
import { estimateCosts, type WorkloadShape } from '../estimate/model.js';
import { flagsOverrideNote, partialDayNote, rateBasisNote, scriptsIgnoredNote, unparsedNote, USAGE } from '../estimate/messages.js';
import { readOriginSizes } from '../estimate/origin.js';
import { bundledPrices, mergePrices, PriceFileError, type PriceBook } from '../estimate/prices.js';
import type { EstimateReport, RateBasis, ShapeFinding } from '../estimate/report.js';
import { TableModel } from '../estimate/row-model.js';
import { eventualShare, runUnits, UnitTimeline, type ReadConsistency, type RunUnits } from '../estimate/run-units.js';
import { mergeSizeMaps, parseSizingFile, SizingFileError, tableKey, type SizeMap } from '../estimate/sizes.js';
import { modelCache, statementCost, type StatementCost } from '../estimate/statement-cost.js';
import { meanCost, syntheticRead, syntheticWrite } from '../estimate/synthetic.js';
import type { Finding } from '../rules/finding.js';
import type { RuleSelection } from '../rules/engine.js';
import { loadRules, type LoadedRule } from '../rules/load.js';
import { stripCqlshNoise } from '../sources/describe.js';
import { readSources, STDIN_FILE } from '../sources/files.js';
import { spanSeconds, steadyRate, type RateStats, type TimeSpan } from '../sources/query-logs/rates.js';
import type { QueryLogFormat } from '../sources/query-logs/records.js';
import { statementShape } from '../sources/query-logs/shape-scanner.js';
import { summarizeQueryLog, type ShapeEntry } from '../sources/query-logs/summary.js';
import type { EventListener } from '../shared/events.js';
import { usageError } from '../shared/errors.js';
import { classifyPaths } from './audit.js';
import { appendAll } from '../shared/arrays.js';

/** What to estimate and how. Paths are as the user gave them, relative to `cwd`. */
export interface EstimateWorkflowOptions {
  cwd: string;
  stdin?: Readable | undefined;
  /** `.cql` files, directories, DESCRIBE output, query logs, or `-` (a script on standard input). */
  paths: readonly string[];
  /** Files read as query logs whatever their name. */
  queryLogs?: readonly string[];
  /** Files that give the schema without adding statements to the workload. */
  schemaFiles?: readonly string[];
  queryLogFormat: QueryLogFormat;
  /** Read the schema, prepared statements and table sizes of a live cluster. */
  origin?: OriginSessionOptions | undefined;
  /** Only these keyspaces of the origin (empty: every non-system keyspace). */
  keyspaces: readonly string[];
  /** Rows sampled per origin table. */
  sampleRows: number;
  /** A sizing file (YAML or JSON). */
  sizesFile?: string | undefined;
  /** `--rows ks.t=N`, `--row-bytes ks.t=N`. */
  rows: Readonly<Record<string, number>>;
  rowBytes: Readonly<Record<string, number>>;
  /** `--reads ks.t=N`, `--writes ks.t=N`: requests per second per table. */
  reads: Readonly<Record<string, number>>;
  writes: Readonly<Record<string, number>>;
  /** Seconds a query log without timestamps covers. */
  logSeconds?: number | undefined;
  region: string;
  replicaRegions: readonly string[];
  /** A price list file (JSON) laid over the bundled one. */
  pricesFile?: string | undefined;
  /** Percent, 20–90. */
  targetUtilization: number;
  readConsistency: ReadConsistency;
  lwtFailureRate: number;
  pitr: boolean;
  valueBytes: number;
  /** Rules for the findings that explain costs (default: every rule file). */
  rules?: readonly LoadedRule[];
  selection?: RuleSelection;
  now?: Date | undefined;
}

/** Progress of an estimate, for the views. */
export type EstimateEvent =
  | { type: 'origin-read'; label: string; keyspaces: number; tables: number }
  | { type: 'log-read'; file: string; format: string; records: number; shapes: number; timestamped: number }
  | { type: 'log-lines-skipped'; file: string; format: string; count: number; firstLine?: number | undefined; reason?: string | undefined };

/** What the estimate produced. */
export interface EstimateOutcome {
  report: EstimateReport;
}

const SECONDS_PER_DAY = 86_400;

/** Statement kinds that read or write table data. */
const WORKLOAD_KINDS = new Set<Statement['kind']>(['Select', 'Insert', 'Update', 'Delete', 'Batch']);

interface DraftShape {
  key: string;
  shape: string;
  costs: StatementCost[];
  rate: RateStats;
  consistencies: Record<string, number>;
  sources: string[];
  /** Where its findings are: file and line range. */
  spans: { file: string; from: number; to: number }[];
  count?: number | undefined;
}

/**
 * Runs the estimate. Nothing to estimate, a path that does not exist, a bad sizing or price file or
 * a Region without prices is a usage error (exit 2); an unreachable origin is a connection error
 * (exit 3).
 */
export async function runEstimateWorkflow(options: EstimateWorkflowOptions, onEvent: EventListener<EstimateEvent> = () => undefined): Promise<EstimateOutcome> {
  const stdin = options.stdin ?? Readable.from([]);
  const queryLogPaths = options.queryLogs ?? [];
  const hasRates = Object.keys(options.reads).length > 0 || Object.keys(options.writes).length > 0;
  if (options.paths.length === 0 && queryLogPaths.length === 0 && options.origin === undefined && !hasRates) {
    throw usage(USAGE.nothingToEstimate);
  }
  const prices = await loadPrices(options);
  for (const region of [options.region, ...options.replicaRegions]) {
    if (prices.regions[region] === undefined) {
      throw usage(USAGE.unpricedRegion(region, prices.source, prices.date, Object.keys(prices.regions).sort()));
    }
  }
  const rules = options.rules ?? loadRules();
  const { scriptPaths, logPaths } = await classifyPaths({ cwd: options.cwd, paths: options.paths, queryLogFormat: options.queryLogFormat }, queryLogPaths);

  const read = await readSources(scriptPaths, options.cwd, stdin);
  const sources: AuditSource[] = read.sources.map((s) => ({ file: s.file, text: stripCqlshNoise(s.text) }));
  if ((options.schemaFiles ?? []).length > 0) {
    const schema = await readSources(options.schemaFiles ?? [], options.cwd, stdin);
    for (const s of schema.sources) sources.push({ file: s.file, text: stripCqlshNoise(s.text), kind: 'schema-only' });
  }

  // The origin: its schema and prepared statements join the sources; its tables are sized once the catalog is known.
  let originSizes: SizeMap = new Map();
  let catalog: Catalog;
  let parsed: ParsedSource[];
  if (options.origin !== undefined) {
    const origin = await readOrigin(options, sources);
    try {
      parsed = parseSources(sources);
      catalog = buildCatalog(parsed.map((p) => ({ file: p.source.file, statements: p.statements })));
      const tables = [...catalog.tables.values()].filter((t) => origin.keyspaces.has(t.keyspace)).map((t) => [t.keyspace, t.name] as const);
      originSizes = await readOriginSizes(origin.session.client, tables, options.sampleRows);
      onEvent({ type: 'origin-read', label: origin.label, keyspaces: origin.keyspaces.size, tables: tables.length });
    } finally {
      await origin.session.shutdown();
    }
  } else {
    parsed = parseSources(sources);
    catalog = buildCatalog(parsed.map((p) => ({ file: p.source.file, statements: p.statements })));
  }

  const sizes = mergeSizeMaps(originSizes, await readSizingFile(options), flagSizes(options));
  const model = modelCache((id) => new TableModel(id, catalog.tables.get(id), sizes.get(tableKey(id)), { valueBytes: options.valueBytes }));
  const costOf = (stmt: Statement, keyspace: string | undefined): StatementCost | undefined => statementCost(stmt, keyspace, { catalog, model });
  const notes: string[] = [];

  // The workload: query logs when given, else the statements of the scripts (and the origin's prepared statements).
  const drafts = new Map<string, DraftShape>();
  const logShapes: AuditLogShape[] = [];
  const timeline = new UnitTimeline();
  let basis: RateBasis = 'once-per-second';
  let span: TimeSpan | undefined;
  let timestamped = 0;
  let logRecords = 0;
  let unparsed = 0;
  if (logPaths.length > 0) {
    const costs = new Map<ShapeEntry, StatementCost | null>();
    const shapeCost = (entry: ShapeEntry): StatementCost | undefined => {
      let c = costs.get(entry);
      if (c === undefined) {
        const p = parseScript(entry.example);
        const stmt = p.errors.length === 0 && p.statements.length === 1 ? p.statements[0] : undefined;
        c = stmt === undefined ? null : (costOf(stmt, entry.keyspace) ?? null);
        costs.set(entry, c);
      }
      return c ?? undefined;
    };
    // Units of one run per shape and consistency, computed once (a log has millions of records and a few hundred shapes).
    const runs = new Map<ShapeEntry, Map<number, RunUnits | null>>();
    const unitsOf = (entry: ShapeEntry, eventual: number): RunUnits | undefined => {
      let byLevel = runs.get(entry);
      if (byLevel === undefined) runs.set(entry, (byLevel = new Map()));
      let u = byLevel.get(eventual);
      if (u === undefined) {
        const cost = shapeCost(entry);
        u = cost === undefined ? null : runUnits(cost, eventual, options.lwtFailureRate);
        byLevel.set(eventual, u);
      }
      return u ?? undefined;
    };
    for (const p of logPaths) {
      const file = p === '-' ? STDIN_FILE : p;
      const input = p === '-' ? stdin : createReadStream(resolve(options.cwd, p));
      const summary = await summarizeQueryLog(input, {
        format: options.queryLogFormat,
        rates: true,
        onRecord: (entry, record) => {
          if (record.timestamp === undefined) return;
          const eventual = record.consistency === undefined ? eventualShare({}, options.readConsistency) : eventualShare({ [record.consistency]: 1 }, options.readConsistency);
          const units = unitsOf(entry, eventual);
          if (units !== undefined) timeline.add(record.timestamp, units);
        },
      });
      onEvent({ type: 'log-read', file, format: summary.format, records: summary.records, shapes: summary.shapes.length, timestamped: summary.timestamped });
      if (summary.skippedCount > 0) {
        const first = summary.skipped[0];
        onEvent({ type: 'log-lines-skipped', file, format: summary.format, count: summary.skippedCount, firstLine: first?.line, reason: first?.reason });
      }
      logRecords += summary.records;
      timestamped += summary.timestamped;
      if (summary.span !== undefined) span = widen(span, summary.span);
      for (const entry of summary.shapes) {
        logShapes.push({
          file,
          shape: entry.shape,
          example: entry.example,
          count: entry.count,
          firstLine: entry.firstLine,
          consistencies: entry.consistencies,
          serialConsistencies: entry.serialConsistencies,
          ...(entry.keyspace !== undefined ? { keyspace: entry.keyspace } : {}),
        });
        const cost = shapeCost(entry);
        if (cost === undefined) {
          if (!isNonWorkload(entry.example)) unparsed++;
          continue;
        }
        const rate = entry.rate ?? (options.logSeconds !== undefined ? steadyRate(entry.count / options.logSeconds) : steadyRate(1));
        addDraft(drafts, {
          key: `${entry.keyspace ?? ''}\u0000${entry.shape}`,
          shape: entry.shape,
          costs: [cost],
          rate,
          consistencies: { ...entry.consistencies },
          sources: [`${file}:${entry.firstLine}`],
          spans: [{ file, from: entry.firstLine, to: entry.firstLine + entry.example.split('\n').length - 1 }],
          count: entry.count,
        });
      }
    }
    basis = timestamped > 0 ? 'log' : options.logSeconds !== undefined ? 'log-seconds' : 'log-once-per-second';
    notes.push(rateBasisNote(basis, { seconds: span !== undefined ? spanSeconds(span) : options.logSeconds, statements: basis === 'log' ? timestamped : logRecords, logs: logPaths }));
    if (basis === 'log' && span !== undefined && spanSeconds(span) < SECONDS_PER_DAY) notes.push(partialDayNote());
  } else {
    for (const p of parsed) {
      if (p.source.kind === 'schema-only') continue;
      for (const { statement, keyspace } of sessionStatements([{ file: p.source.file, statements: p.statements }])) {
        if (!WORKLOAD_KINDS.has(statement.kind)) continue;
        const cost = costOf(statement, keyspace);
        if (cost === undefined) continue;
        const text = p.source.text.slice(statement.range.start.offset, statement.range.end.offset);
        const shape = statementShape(text);
        addDraft(drafts, {
          key: `${keyspace ?? ''}\u0000${shape}`,
          shape,
          costs: [cost],
          rate: steadyRate(1),
          consistencies: {},
          sources: [`${p.source.file}:${statement.range.start.line}`],
          spans: [{ file: p.source.file, from: statement.range.start.line, to: statement.range.end.line }],
        });
      }
    }
    basis = hasRates && drafts.size === 0 ? 'flags' : 'once-per-second';
  }

  // Rate flags: split each table's requests over its statements of that kind, or a synthetic one.
  const overridden = applyRateFlags(drafts, options, model);
  if (overridden.length > 0) {
    const flagged = new Set(overridden.map(tableKey));
    if (basis === 'once-per-second' && [...drafts.values()].every((d) => d.costs.every((c) => c.charges.every((ch) => flagged.has(tableKey(ch.table)))))) basis = 'flags';
    notes.unshift(basis === 'flags' ? rateBasisNote('flags', {}) : flagsOverrideNote(overridden));
  }
  if (logPaths.length === 0 && basis === 'once-per-second' && drafts.size > 0) notes.unshift(rateBasisNote('once-per-second', {}));
  if (unparsed > 0) notes.push(unparsedNote(unparsed));
  if (logPaths.length > 0 && parsed.some((p) => p.source.kind !== 'schema-only' && p.statements.some((st) => WORKLOAD_KINDS.has(st.kind)))) notes.push(scriptsIgnoredNote());

  // The findings that explain costs.
  const audit = auditSources(sources, {
    rules,
    ...(options.selection ? { selection: options.selection } : {}),
    ...(options.now ? { now: options.now } : {}),
    logShapes,
    unreadable: read.unreadable,
  });
  const costFindings = audit.findings.filter((f) => f.topics.includes('cost') && f.suppressed === undefined);

  const loads = basis === 'log' ? timeline.finish(span) : new Map();
  for (const t of overridden) loads.delete(tableKey(t));
  const shapes: WorkloadShape[] = [...drafts.values()].map((d) => ({
    shape: d.shape,
    cost: meanCost(d.costs),
    rate: d.rate,
    consistencies: d.consistencies,
    sources: d.sources,
    findings: findingsAt(costFindings, d.spans),
    count: d.count,
  }));
  const sized = [...sizes.keys()].map((id) => model(catalogId(catalog, id)));
  const report = estimateCosts({
    region: options.region,
    replicaRegions: options.replicaRegions,
    prices,
    targetUtilization: options.targetUtilization / 100,
    readConsistency: options.readConsistency,
    lwtFailureRate: options.lwtFailureRate,
    pitr: options.pitr,
    valueBytes: options.valueBytes,
    shapes,
    tables: sized,
    modelOf: model,
    timeline: loads,
    rates: {
      basis,
      ...(basis === 'log' && span !== undefined
        ? { from: new Date(span.firstSecond * 1000).toISOString(), to: new Date(span.lastSecond * 1000).toISOString(), seconds: spanSeconds(span), statements: timestamped }
        : {}),
    },
    notes,
  });
  return { report };
}

interface ParsedSource {
  source: AuditSource;
  statements: Statement[];
}

/** A usage error (exit 2) from a message of messages.ts. */
function usage(m: { message: string; hint: string | undefined }): Error {
  return usageError(m.message, m.hint);
}

function parseSources(sources: readonly AuditSource[]): ParsedSource[] {
  return sources.map((source) => ({ source, statements: parseScript(source.text).statements }));
}

/** Statements that are not DML (schema changes, USE, …) are no part of the workload, so not "unparsed" either. */
function isNonWorkload(example: string): boolean {
  const p = parseScript(example);
  return p.errors.length === 0 && p.statements.every((s) => !WORKLOAD_KINDS.has(s.kind));
}

function addDraft(drafts: Map<string, DraftShape>, d: DraftShape): void {
  const prev = drafts.get(d.key);
  if (prev === undefined) {
    drafts.set(d.key, d);
    return;
  }
  appendAll(prev.costs, d.costs);
  appendAll(prev.sources, d.sources);
  appendAll(prev.spans, d.spans);
  prev.rate = sumRates(prev.rate, d.rate);
  for (const [k, v] of Object.entries(d.consistencies)) prev.consistencies[k] = (prev.consistencies[k] ?? 0) + v;
  if (d.count !== undefined) prev.count = (prev.count ?? 0) + d.count;
}

function sumRates(a: RateStats, b: RateStats): RateStats {
  return {
    average: a.average + b.average,
    p95: a.p95 + b.p95,
    peak: a.peak + b.peak,
    hourly: a.hourly.map((x, i) => x + (b.hourly[i] ?? 0)),
    hourlyPeak: a.hourlyPeak.map((x, i) => x + (b.hourlyPeak[i] ?? 0)),
    coveredHours: Math.max(a.coveredHours, b.coveredHours),
  };
}

function widen(a: TimeSpan | undefined, b: TimeSpan): TimeSpan {
  return a === undefined ? b : { firstSecond: Math.min(a.firstSecond, b.firstSecond), lastSecond: Math.max(a.lastSecond, b.lastSecond) };
}

/** The catalog's spelling of a table id (sizes are keyed in lower case). */
function catalogId(catalog: Catalog, key: string): string {
  for (const id of catalog.tables.keys()) if (tableKey(id) === key) return id;
  return key;
}

/**
 * Applies `--reads` / `--writes`: the table's requests per second are split evenly over its
 * single-table statements of that kind; a table with none gets a synthetic one. Returns the tables
 * whose rates the flags set.
 */
function applyRateFlags(drafts: Map<string, DraftShape>, options: EstimateWorkflowOptions, model: (id: string) => TableModel): string[] {
  const touched: string[] = [];
  for (const [kind, flags] of [['read', options.reads], ['write', options.writes]] as const) {
    for (const [id, perSecond] of Object.entries(flags)) {
      const key = tableKey(id);
      const matching = [...drafts.values()].filter((d) => {
        const c = d.costs[0];
        return c !== undefined && c.kind === kind && c.charges.length === 1 && tableKey(c.charges[0]!.table) === key;
      });
      if (matching.length === 0) {
        const m = model(id);
        const synthetic = kind === 'read' ? syntheticRead(m) : syntheticWrite(m);
        drafts.set(`\u0001${kind}\u0000${key}`, { key, shape: synthetic.shape, costs: [synthetic.cost], rate: steadyRate(perSecond), consistencies: {}, sources: ['--' + kind + 's'], spans: [] });
      } else {
        for (const d of matching) d.rate = steadyRate(perSecond / matching.length);
      }
      if (!touched.includes(id)) touched.push(id);
    }
  }
  return touched;
}

/** Findings reported on a shape's statements (cost topics only), each rule once. */
function findingsAt(findings: readonly Finding[], spans: readonly { file: string; from: number; to: number }[]): ShapeFinding[] {
  const out = new Map<string, ShapeFinding>();
  for (const f of findings) {
    if (!spans.some((s) => s.file === f.file && f.line >= s.from && f.line <= s.to)) continue;
    if (!out.has(f.ruleId)) out.set(f.ruleId, { ruleId: f.ruleId, rule: f.rule, severity: f.severity, message: f.message });
  }
  return [...out.values()];
}

function flagSizes(options: EstimateWorkflowOptions): SizeMap {
  const out: SizeMap = new Map();
  for (const [id, rows] of Object.entries(options.rows)) out.set(tableKey(id), { rows, columns: {}, basis: ['flags'] });
  for (const [id, rowBytes] of Object.entries(options.rowBytes)) {
    const prev = out.get(tableKey(id));
    out.set(tableKey(id), { ...(prev ?? { columns: {}, basis: ['flags'] }), rowBytes });
  }
  return out;
}

async function loadPrices(options: EstimateWorkflowOptions): Promise<PriceBook> {
  const base = bundledPrices();
  if (options.pricesFile === undefined) return base;
  const text = await readInput(options.pricesFile, options.cwd, '--prices');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw usage(USAGE.pricesNotJson(options.pricesFile, (err as Error).message));
  }
  try {
    return mergePrices(base, doc, options.pricesFile);
  } catch (err) {
    if (err instanceof PriceFileError) throw usage(USAGE.pricesInvalid(err.message));
    throw err;
  }
}

async function readSizingFile(options: EstimateWorkflowOptions): Promise<SizeMap> {
  if (options.sizesFile === undefined) return new Map();
  const text = await readInput(options.sizesFile, options.cwd, '--sizes');
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw usage(USAGE.sizesNotYaml(options.sizesFile, (err as Error).message));
  }
  try {
    return parseSizingFile(doc, options.sizesFile);
  } catch (err) {
    if (err instanceof SizingFileError) {
      throw usage(USAGE.sizesInvalid(err.message));
    }
    throw err;
  }
}

async function readInput(path: string, cwd: string, flag: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw usage(USAGE.unreadable(flag, path, (err as Error).message));
  }
}

async function readOrigin(
  options: EstimateWorkflowOptions,
  sources: AuditSource[],
): Promise<{ label: string; keyspaces: Set<string>; session: OriginSession }> {
  // The driver is loaded only when a live cluster is read.
  const [{ connectOrigin }, { readLiveSchema }] = await Promise.all([import('../clusters/origin-session.js'), import('../sources/live-schema.js')]);
  const origin = options.origin!;
  const session = await connectOrigin(origin);
  try {
    const label = (origin.contactPoints[0] ?? 'origin').replace(/^\[(.*)\](?::\d+)?$/, '$1').replace(/^([^:]*):\d+$/, '$1');
    const live = await readLiveSchema(session.client, label);
    const wanted = new Set(options.keyspaces);
    const keyspaces = new Set<string>();
    for (const s of live.sources) {
      const keyspace = s.file.slice(s.file.lastIndexOf('/') + 1);
      if (wanted.size > 0 && !wanted.has(keyspace)) continue;
      keyspaces.add(keyspace);
      sources.push({ file: s.file, text: s.text });
    }
    return { label, keyspaces, session };
  } catch (err) {
    await session.shutdown();
    throw err;
  }
}
