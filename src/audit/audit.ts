/**
 * The audit as data: sources in, an AuditReport out. Scripts are read in two passes (see run.ts)
 * so that a script of any length is audited with memory bounded by its largest statement and the
 * findings: `auditInputs` (inputs.ts) streams them (files, standard input, a live cluster's
 * rendered schema), `auditSources` audits texts already in memory. Both give the same report for
 * the same text.
 *
 * `auditSources` is synchronous, so it has ANTLR loaded with the parser (parse.ts); the streamed
 * audit loads it only when a statement needs it, and imports nothing of this module but its types.
 */
import type { Statement } from '../cql/ast/nodes.js';
import { parseScript } from '../cql/parse.js';
import { ScriptReader, type ScriptWindow } from '../cql/script-reader.js';
import type { Catalog, TargetTableState } from '../catalog/catalog.js';
import type { Execution, SourceKind as RuleSourceKind } from '../rules/context.js';
import { runRules, type RuleSelection } from '../rules/engine.js';
import type { Finding } from '../rules/finding.js';
import { loadRules, type LoadedRule } from '../rules/load.js';
import type { UnreadableSource } from '../sources/source-text.js';
import type { Baseline } from './baseline.js';
import type { FingerprintFile } from './fingerprint.js';
import { AuditRun, SchemaPass, shapeText, SourceAudit, type SchemaRead } from './run.js';
import type { AuditReport } from './types.js';

export { compareFindings } from './run.js';

/**
 * How a source takes part: `script` (default) is audited and its DDL feeds the catalog;
 * `schema-only` (`--schema`) feeds the catalog and produces no findings; `prepared` holds
 * statements the origin cluster had prepared; `live` is a live cluster's rendered schema, audited
 * as a description (nothing in it runs as a script), with the statements applications prepared
 * from `preparedFrom` on.
 */
export type SourceKind = 'script' | 'schema-only' | 'prepared' | 'live';

/** One text input of an audit, in memory. */
export interface AuditSource {
  file: string;
  text: string;
  kind?: SourceKind;
  /** For `live`: the offset in `text` where the prepared statements begin (none: the text is all schema). */
  preparedFrom?: number;
}

/** One input of an audit, read as a stream (twice: once for the schema, once for the audit). */
export interface AuditInput {
  file: string;
  kind?: SourceKind;
  /** For `live`: the UTF-16 offset in the input's text where the prepared statements begin. */
  preparedFrom?: number;
  /**
   * The input's text in pieces, from the start each time it is called. Throws an
   * UnreadableInputError when the input cannot be read or decoded (a KS0002 finding).
   */
  read(): AsyncIterable<string>;
}

/** One statement shape of a query log (see `src/sources/query-logs/summary.ts`). */
export interface AuditLogShape {
  /** The log's path. */
  file: string;
  /** Normalised statement text (literals replaced by `?`). */
  shape: string;
  /** The first occurrence as logged, literals included; parsed when present so literal-based rules can run. */
  example?: string;
  count: number;
  firstLine: number;
  /** Session keyspace of the first occurrence, when the log recorded it. */
  keyspace?: string;
  consistencies?: Record<string, number>;
  serialConsistencies?: Record<string, number>;
}

/** A query-log record too long to audit (see `summarizeQueryLog`): reported as KS0003 at its line. */
export interface OversizedLogRecord {
  file: string;
  line: number;
  /** Its length in characters. */
  length: number;
  /** Its beginning as logged, literals included. */
  head: string;
}

export interface AuditOptions {
  /** Rules to use (default: every rule file in `compat-rules/rules`). */
  rules?: readonly LoadedRule[];
  /** `--topics`, `--rules`, `--disable` and per-rule options. */
  selection?: RuleSelection;
  /** The audit time for time-dependent rules (`--now`); default: the current time. */
  now?: Date;
  /** The user's declarations of the target tables' state (config `targetTables`). */
  targetTables?: Record<string, TargetTableState>;
  /** Query-log shapes to audit after the sources. */
  logShapes?: readonly AuditLogShape[];
  /** Query logs read, shapes or not: each counts as a file of the report. */
  logFiles?: readonly string[];
  /** Query-log records too long to audit. */
  oversizedLogRecords?: readonly OversizedLogRecord[];
  /** Show log examples with their literals (`--show-literals`); otherwise the normalised shape. */
  showLiterals?: boolean;
  unreadable?: readonly UnreadableSource[];
  /** Honour `ksmig-ignore` comments (default true). */
  suppressions?: boolean;
  /** Mark findings `new` / `existing` against a baseline. */
  baseline?: Baseline;
  /** How files are named in fingerprints (default: as given); see `assignFingerprints`. */
  fingerprintFile?: FingerprintFile;
  /** Longest statement audited, in UTF-16 code units (`--max-statement-size`); longer ones are KS0003 findings. */
  maxStatementLength?: number;
  /** Keep what the converter needs of the inputs (`auditInputs` returns it as `schema`). */
  collectSchema?: boolean;
  /** Stops a streamed audit between two pieces of input (the command was interrupted). */
  signal?: AbortSignal;
}

/** What the converter reads of an audit's inputs (see `convertSchema`). */
export interface SchemaInputs {
  /** Every statement but the DML, of each source and then of each log shape, in input order. */
  statements: Statement[];
  /** Where in `statements` each source begins. */
  sourceStarts: number[];
  /** Tables (`ks.t`) the DML writes with USING TTL, and with USING TIMESTAMP or reads WRITETIME() of. */
  ttlTables: Set<string>;
  timestampTables: Set<string>;
}

/**
 * Audits texts in memory: parse every source (syntax errors become KS0001 findings and the audit
 * goes on), build the catalog from ALL sources first (schema before queries), run the rules,
 * apply suppressions and the baseline, then sort findings (file, line, column, rule id) and give
 * each a fingerprint.
 */
export function auditSources(sources: readonly AuditSource[], options: AuditOptions = {}): AuditReport {
  const run = new AuditRun(options);
  const read: Array<{ read: SchemaRead; windows: ScriptWindow[] }> = [];
  for (const source of sources) {
    const windows = ScriptReader.all(source.text, run.limits);
    const pass = new SchemaPass(source.file, source.kind ?? 'script', run, source.preparedFrom);
    for (const window of windows) pass.window(window);
    run.addSchema(pass.read);
    read.push({ read: pass.read, windows });
  }
  run.schemaDone();
  for (const r of read) {
    if (r.read.kind === 'schema-only') continue;
    const audit = new SourceAudit(run, r.read);
    for (const window of r.windows) audit.window(window);
  }
  run.addInputsOfOptions();
  for (const shape of options.logShapes ?? []) run.auditLogShape(shape, parseScript(shapeText(shape), run.limits));
  return run.report();
}

/** What `auditStatements` needs to run the rules on statements parsed elsewhere (e.g. one query-log shape). */
export interface StatementAuditContext {
  file: string;
  /** The text the statements' ranges index into. */
  text: string;
  catalog: Catalog;
  rules?: readonly LoadedRule[];
  selection?: RuleSelection;
  /** Session keyspace in effect before the first statement. */
  keyspace?: string;
  kind?: RuleSourceKind;
  execution?: Execution;
  now?: Date;
  /** Added to every reported line. */
  lineOffset?: number;
  /** Keep literal values out of messages (see `EngineUnit.maskLiterals`). */
  maskLiterals?: boolean;
}

/**
 * Runs the rules on already parsed statements with a given session keyspace, catalog and (for log
 * records) execution data. Findings are unsorted and have no fingerprints.
 */
export function auditStatements(statements: readonly Statement[], ctx: StatementAuditContext): Finding[] {
  // A session keyspace is expressed to the engine as a USE that precedes the statements.
  const first = statements[0];
  const prefix: Statement[] =
    ctx.keyspace === undefined || first === undefined
      ? []
      : [{ kind: 'Use', keyspace: { kind: 'Identifier', text: ctx.keyspace, quoted: false, range: first.range }, range: first.range }];
  return runRules(
    [
      {
        file: ctx.file,
        text: ctx.text,
        statements: [...prefix, ...statements],
        kind: ctx.kind ?? 'script',
        ...(ctx.execution ? { execution: ctx.execution } : {}),
        ...(ctx.lineOffset !== undefined ? { lineOffset: ctx.lineOffset } : {}),
        ...(ctx.maskLiterals === true ? { maskLiterals: true } : {}),
      },
    ],
    {
      rules: ctx.rules ?? loadRules(),
      catalog: ctx.catalog,
      now: ctx.now ?? new Date(),
      ...(ctx.selection ? { selection: ctx.selection } : {}),
    },
  );
}
