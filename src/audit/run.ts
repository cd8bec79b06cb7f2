/**
 * One audit, as two passes over its scripts so that memory never grows with their length:
 *
 * 1. the schema pass reads every script and keeps only what the catalog (and the converter)
 *    need — every statement but the DML, parsed — plus how many statements there are;
 * 2. the audit pass reads the scripts again and runs the rules statement by statement against
 *    the catalog of the whole run, parsing the DML then and reusing the schema pass's other
 *    statements (so each statement is parsed once, and rules that recognise a CREATE by identity
 *    find the catalog's own).
 *
 * What is kept across the passes is the schema, the findings and the suppressions, never the text.
 * Query-log shapes are audited after the scripts, as before. Internal to src/audit: audit.ts
 * drives it over texts in memory or over streamed inputs.
 */
import type { Statement } from '../cql/ast/nodes.js';
import type { CqlSyntaxError } from '../cql/errors.js';
import { DEFAULT_MAX_STATEMENT_LENGTH, lengthLimitMessage, overflowMessage, type StatementLimits } from '../cql/limits.js';
import type { ParseResult } from '../cql/parse-on-demand.js';
import type { ScriptWindow } from '../cql/script-reader.js';
import type { SourceRange } from '../cql/source.js';
import { buildCatalog } from '../catalog/build.js';
import { Catalog } from '../catalog/catalog.js';
import type { CatalogSource } from '../catalog/session.js';
import { featuresUsed } from '../convert/features.js';
import type { SourceKind as RuleSourceKind } from '../rules/context.js';
import { RuleRunner, type UnitRun } from '../rules/engine.js';
import { excerpt, type Finding } from '../rules/finding.js';
import { findRule, loadRules, resolveRuleRef, type LoadedRule } from '../rules/load.js';
import { ruleFinding } from '../rules/render.js';
import { renderTemplate } from '../rules/schema.js';
import { statementShape } from '../sources/query-logs/shape-scanner.js';
import type { UnreadableSource } from '../sources/source-text.js';
import { applyBaseline } from './baseline.js';
import { assignFingerprints } from './fingerprint.js';
import { applySuppressions, parseSuppressions, unusedSuppressionFindings, type ResolveRule, type Suppression } from './suppress.js';
import { summarize, type AuditReport } from './types.js';
import type { AuditLogShape, AuditOptions, OversizedLogRecord, SchemaInputs, SourceKind } from './audit.js';

type ParseOutcome = { statement: Statement } | { error: CqlSyntaxError };

/** Statements whose first keyword is one of these are DML: the catalog never reads them, so the schema pass does not parse them. */
const DML_KEYWORDS: ReadonlySet<string> = new Set(['INSERT', 'UPDATE', 'DELETE', 'SELECT', 'BEGIN']);

const EMPTY_CATALOG = new Catalog({});

/** What the schema pass kept of one source. */
export interface SchemaRead {
  file: string;
  kind: SourceKind;
  /** Every statement but the DML (all of them for `schema-only` sources), with its index. */
  statements: Statement[];
  indexes: number[];
  count: number;
  /** Parse outcomes the audit pass reuses, by statement index. */
  kept: Map<number, ParseOutcome>;
  /** For a `live` source: the offset where the statements applications prepared begin. */
  preparedFrom?: number;
}

/** Reads one source in the schema pass: give it each window, then take `read`. */
export class SchemaPass {
  readonly read: SchemaRead;
  private keyspace: string | undefined;

  constructor(
    file: string,
    kind: SourceKind,
    private readonly run: AuditRun,
    preparedFrom?: number,
  ) {
    this.read = { file, kind, statements: [], indexes: [], count: 0, kept: new Map(), ...(kind === 'live' && preparedFrom !== undefined ? { preparedFrom } : {}) };
  }

  window(window: ScriptWindow): void {
    const read = this.read;
    const schemaOnly = read.kind === 'schema-only';
    for (const s of window.statements) {
      read.count = s.index + 1;
      // A schema-only source has no audit pass: its DML is read now, for the features it uses.
      if (!schemaOnly && DML_KEYWORDS.has(s.keyword)) continue;
      const outcome = s.parse();
      if (!schemaOnly) read.kept.set(s.index, outcome);
      if (!('statement' in outcome)) continue;
      const stmt = outcome.statement;
      if (stmt.kind === 'Use') this.keyspace = stmt.keyspace.text;
      if (isDml(stmt)) {
        if (schemaOnly) this.run.noteFeatures(stmt, this.keyspace);
        continue;
      }
      read.statements.push(stmt);
      read.indexes.push(s.index);
    }
  }
}

/** Audits one source (not `schema-only`) in the audit pass: give it each window in turn. */
export class SourceAudit {
  private readonly rules: UnitRun;
  private keyspace: string | undefined;
  private readonly collectSuppressions: boolean;

  constructor(
    private readonly run: AuditRun,
    private readonly read: SchemaRead,
  ) {
    this.rules = run.runner().start({ file: read.file, kind: ruleKind(read.kind) }, (f) => run.add(f));
    this.collectSuppressions = run.beginSource(read.file);
  }

  window(window: ScriptWindow): void {
    const run = this.run;
    const file = this.read.file;
    if (this.collectSuppressions && window.text.includes('ksmig-ignore')) {
      run.addSuppressions(file, parseSuppressions(window.text, file).map((s) => placeSuppression(s, window)));
    }
    const view = { text: window.text, offset: window.offset };
    for (const s of window.statements) {
      run.statements++;
      const kept = this.read.kept.get(s.index);
      const outcome = kept !== undefined && sameStatement(kept, s.range) ? kept : s.parse();
      if ('error' in outcome) {
        const f = run.errorFinding(file, outcome.error, 0);
        if (f !== undefined) run.add(f);
        continue;
      }
      const stmt = outcome.statement;
      try {
        this.rules.statement(stmt, s.index, view, this.statementKind(stmt));
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        // The rules' walk ran out of stack on this statement: it is reported as too deep, the audit goes on.
        const f = run.errorFinding(file, { message: overflowMessage(), range: stmt.range, statementRange: stmt.range, statementText: s.text, limit: 'nesting' }, 0);
        if (f !== undefined) run.add(f);
      }
      if (stmt.kind === 'Use') this.keyspace = stmt.keyspace.text;
      if (isDml(stmt)) run.noteFeatures(stmt, this.keyspace);
    }
  }

  /** A live schema's statements from `preparedFrom` on are the ones applications prepared. */
  private statementKind(stmt: Statement): RuleSourceKind | undefined {
    const from = this.read.preparedFrom;
    return from !== undefined && stmt.range.start.offset >= from ? 'prepared' : undefined;
  }
}

/** How the rules see a source's statements (see `SourceKind` in rules/context.ts). */
function ruleKind(kind: SourceKind): RuleSourceKind {
  if (kind === 'prepared') return 'prepared';
  return kind === 'live' ? 'live-schema' : 'script';
}

/** The text of a query-log shape that is parsed and audited: its example when the log has one. */
export function shapeText(shape: AuditLogShape): string {
  return shape.example ?? shape.shape;
}

/** The state of one audit across both passes. */
export class AuditRun {
  readonly rules: readonly LoadedRule[];
  readonly now: Date;
  readonly findings: Finding[] = [];
  statements = 0;
  private readonly files = new Set<string>();
  private readonly reads: SchemaRead[] = [];
  private catalog: Catalog | undefined;
  private rulesRunner: RuleRunner | undefined;
  private readonly syntaxRule: LoadedRule;
  private readonly limitRule: LoadedRule;
  private readonly unreadableRule: LoadedRule;
  /** Suppressions by file, for the first source of each file name (as the audit always did). */
  private readonly suppressions = new Map<string, Suppression[]>();
  private readonly suppressionFiles = new Set<string>();
  private readonly features = { ttl: new Set<string>(), clientSideTimestamps: new Set<string>() };

  /** The statement limits of `options` (`--max-statement-size`). */
  readonly limits: Partial<StatementLimits> | undefined;

  constructor(private readonly options: AuditOptions) {
    this.limits = options.maxStatementLength === undefined ? undefined : { maxLength: options.maxStatementLength };
    this.rules = options.rules ?? loadRules();
    this.now = options.now ?? new Date();
    this.syntaxRule = requireRule(this.rules, 'KS0001');
    this.limitRule = requireRule(this.rules, 'KS0003');
    this.unreadableRule = requireRule(this.rules, 'KS0002');
    // Unknown rules and bad options are usage errors before anything is read.
    new RuleRunner({ rules: this.rules, catalog: EMPTY_CATALOG, now: this.now, ...(options.selection ? { selection: options.selection } : {}) });
  }

  /** Adds a source read by the schema pass (in input order: the catalog folds them in that order). */
  addSchema(read: SchemaRead): void {
    this.reads.push(read);
    if (read.kind !== 'schema-only') this.files.add(read.file);
  }

  /** An input that could not be read: a KS0002 finding. */
  addUnreadable(u: UnreadableSource): void {
    this.files.add(u.file);
    if (isDisabled(this.unreadableRule, this.options.selection)) return;
    this.findings.push(ruleFinding(this.unreadableRule, { reason: u.reason }, { file: u.file, range: FILE_START, statement: '' }));
  }

  /** A query-log record too long to audit: KS0003 at its line, shown as a shape unless literals are shown. */
  addOversizedLogRecord(r: OversizedLogRecord): void {
    this.statements++;
    this.files.add(r.file);
    if (isDisabled(this.limitRule, this.options.selection)) return;
    const shown = this.options.showLiterals === true ? r.head : statementShape(r.head);
    const range: SourceRange = { start: { line: r.line, column: 1, offset: 0 }, end: { line: r.line, column: 1, offset: 0 } };
    const maxLength = this.options.maxStatementLength ?? DEFAULT_MAX_STATEMENT_LENGTH;
    this.findings.push({ ...ruleFinding(this.limitRule, { detail: lengthLimitMessage(r.length, maxLength) }, { file: r.file, range, statement: shown }), firstLine: r.line, count: 1 });
  }

  /** A log (or other input) that counts as a file of the report even when it yields no finding. */
  addFile(file: string): void {
    this.files.add(file);
  }

  /** The catalog of every source, built once the schema pass is over. */
  schemaDone(): void {
    const sources: CatalogSource[] = this.reads.map((r) => ({ file: r.file, statements: r.statements, indexes: r.indexes, count: r.count }));
    this.catalog = buildCatalog(sources, this.options.targetTables);
  }

  runner(): RuleRunner {
    if (this.catalog === undefined) throw new Error('the audit pass started before the schema pass ended');
    this.rulesRunner ??= new RuleRunner({ rules: this.rules, catalog: this.catalog, now: this.now, ...(this.options.selection ? { selection: this.options.selection } : {}) });
    return this.rulesRunner;
  }

  add(finding: Finding): void {
    this.findings.push(finding);
  }

  /** The finding for a statement that did not parse: KS0001, or KS0003 when it is past a limit (undefined when disabled). */
  errorFinding(file: string, error: CqlSyntaxError, lineOffset: number): Finding | undefined {
    const rule = error.limit === undefined ? this.syntaxRule : this.limitRule;
    if (isDisabled(rule, this.options.selection)) return undefined;
    return ruleFinding(rule, { detail: error.message }, { file, range: error.range, lineOffset, statement: error.statementText });
  }

  /**
   * Starts collecting a source's suppressions; false when they are not collected (suppressions
   * off, or another source of the same name came first: the first one's comments count).
   */
  beginSource(file: string): boolean {
    if (this.options.suppressions === false || this.suppressionFiles.has(file)) return false;
    this.suppressionFiles.add(file);
    this.suppressions.set(file, []);
    return true;
  }

  addSuppressions(file: string, found: readonly Suppression[]): void {
    const list = this.suppressions.get(file);
    if (list === undefined) return;
    for (const s of found) list.push(s);
  }

  /** Records which tables a DML statement needs TTL or client-side timestamps on (for the converter). */
  noteFeatures(stmt: Statement, keyspace: string | undefined): void {
    if (this.options.collectSchema !== true) return;
    const used = featuresUsed([{ statement: stmt, keyspace, at: { file: '', statementIndex: 0 }, ordinal: 0 }], EMPTY_CATALOG);
    for (const t of used.ttl) this.features.ttl.add(t);
    for (const t of used.clientSideTimestamps) this.features.clientSideTimestamps.add(t);
  }

  /** Adds what the options say of inputs read before the audit (unreadable ones, query logs, oversized log records). */
  addInputsOfOptions(): void {
    for (const u of this.options.unreadable ?? []) this.addUnreadable(u);
    for (const f of this.options.logFiles ?? []) this.addFile(f);
    for (const r of this.options.oversizedLogRecords ?? []) this.addOversizedLogRecord(r);
  }

  /** Audits a query-log shape (after every script), given its text (`shapeText`) parsed. */
  auditLogShape(shape: AuditLogShape, parsed: ParseResult): void {
    const options = this.options;
    this.statements++;
    this.files.add(shape.file);
    const err = parsed.errors[0];
    if (err !== undefined) {
      // A log line that no longer parses once literals are in (or out) is reported once, at its first line.
      const f = this.errorFinding(shape.file, err, shape.firstLine - 1);
      if (f !== undefined) {
        // The parser's detail may quote a token of the example: mask its literal values.
        const mask = hidesLiterals(shape, options) ? literalMask(shape.example ?? '') : (t: string) => t;
        this.findings.push(logFinding({ ...f, message: mask(f.message), help: mask(f.help) }, shape, options));
      }
    }
    if (parsed.statements.length === 0) return;
    if (options.collectSchema === true) this.noteShapeSchema(shape, parsed.statements);
    const first = parsed.statements[0]!;
    const statements: Statement[] =
      shape.keyspace === undefined ? parsed.statements : [{ kind: 'Use', keyspace: { kind: 'Identifier', text: shape.keyspace, quoted: false, range: first.range }, range: first.range }, ...parsed.statements];
    const unit = this.runner().start(
      {
        file: shape.file,
        kind: 'log',
        lineOffset: shape.firstLine - 1,
        ...(hidesLiterals(shape, options) ? { maskLiterals: true } : {}),
        execution: { count: shape.count, consistencies: shape.consistencies ?? {}, serialConsistencies: shape.serialConsistencies ?? {} },
      },
      (f) => this.findings.push(logFinding(f, shape, options)),
    );
    const view = { text: shapeText(shape), offset: 0 };
    try {
      statements.forEach((stmt, index) => unit.statement(stmt, index, view));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      const range = first.range;
      const f = this.errorFinding(shape.file, { message: overflowMessage(), range, statementRange: range, statementText: shape.shape, limit: 'nesting' }, shape.firstLine - 1);
      if (f !== undefined) this.findings.push(logFinding(f, shape, options));
    }
  }

  private readonly shapeStatements: Statement[][] = [];

  /** A shape's statements as the converter reads them: in its session keyspace, without CREATE KEYSPACE/TABLE/TYPE. */
  private noteShapeSchema(shape: AuditLogShape, statements: readonly Statement[]): void {
    const first = statements[0]!;
    const keep: Statement[] = [];
    if (shape.keyspace !== undefined) keep.push({ kind: 'Use', keyspace: { kind: 'Identifier', text: shape.keyspace, quoted: false, range: first.range }, range: first.range });
    for (const stmt of statements) {
      if (stmt.kind === 'CreateKeyspace' || stmt.kind === 'CreateTable' || stmt.kind === 'CreateType') continue;
      if (isDml(stmt)) this.noteFeatures(stmt, shape.keyspace);
      else keep.push(stmt);
    }
    this.shapeStatements.push(keep);
  }

  /** What the converter reads: every source's statements but the DML, then the log shapes', and the tables the DML needs features on. */
  schemaInputs(): SchemaInputs {
    const statements: Statement[] = [];
    const sourceStarts: number[] = [];
    for (const r of this.reads) {
      sourceStarts.push(statements.length);
      for (const s of r.statements) statements.push(s);
    }
    for (const list of this.shapeStatements) {
      sourceStarts.push(statements.length);
      for (const s of list) statements.push(s);
    }
    return { statements, sourceStarts, ttlTables: this.features.ttl, timestampTables: this.features.clientSideTimestamps };
  }

  /** Suppressions applied, findings sorted, fingerprinted and matched against the baseline. */
  report(): AuditReport {
    const options = this.options;
    let findings = this.findings;
    if (options.suppressions !== false) findings = this.suppress(findings);
    findings.sort(compareFindings);
    findings = assignFingerprints(findings, options.fingerprintFile);
    if (options.baseline !== undefined) findings = applyBaseline(findings, options.baseline).findings;
    return { version: 1, summary: summarize(this.files.size, this.statements, findings), findings };
  }

  private suppress(findings: readonly Finding[]): Finding[] {
    const rules = this.rules;
    // A retired rule's id or name stands for the rules that replaced it.
    const resolve = (ref: string): readonly string[] | undefined => {
      const ids = resolveRuleRef(rules, ref).map((r) => r.id);
      return ids.length === 0 ? undefined : ids;
    };
    const unusedRule = findRule(rules, 'KS9003');
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = byFile.get(f.file);
      if (list === undefined) byFile.set(f.file, [f]);
      else list.push(f);
    }
    const out: Finding[] = [];
    for (const [file, own] of byFile) {
      const suppressions = this.suppressions.get(file) ?? [];
      if (suppressions.length === 0) {
        for (const f of own) out.push(f);
        continue;
      }
      const result = applySuppressions(own, suppressions, resolve);
      for (const f of result.findings) out.push(f);
      this.unused(result.unused, file, unusedRule, resolve, out);
    }
    // Files whose suppressions matched no finding at all.
    for (const [file, suppressions] of this.suppressions) {
      if (byFile.has(file) || suppressions.length === 0) continue;
      this.unused(applySuppressions([], suppressions, resolve).unused, file, unusedRule, resolve, out);
    }
    return out;
  }

  private unused(unused: readonly Suppression[], file: string, unusedRule: LoadedRule | undefined, resolve: ResolveRule, out: Finding[]): void {
    if (unusedRule === undefined || isDisabled(unusedRule, this.options.selection)) return;
    const found = unusedSuppressionFindings(
      unused,
      file,
      { severity: unusedRule.severity, topics: [...unusedRule.topics], message: (ref) => renderTemplate(unusedRule.message, { rule: ref.ref }), help: unusedRule.help },
      resolve,
    );
    for (const f of found) out.push(f);
  }
}

function isDml(stmt: Statement): boolean {
  return stmt.kind === 'Insert' || stmt.kind === 'Update' || stmt.kind === 'Delete' || stmt.kind === 'Select' || stmt.kind === 'Batch';
}

/** The schema pass's outcome belongs to this statement (the text read again is the text read before). */
function sameStatement(kept: ParseOutcome, range: SourceRange): boolean {
  const start = 'statement' in kept ? kept.statement.range.start.offset : kept.error.statementRange.start.offset;
  return start === range.start.offset;
}

/** A suppression found in a window, placed in its source. */
function placeSuppression(s: Suppression, window: ScriptWindow): Suppression {
  const line = (l: number): number => l + window.lines;
  const column = (l: number, c: number): number => (l === 1 ? c + window.column : c);
  const placed: Suppression = {
    ...s,
    rules: s.rules.map((r) => ({ ...r, line: line(r.line), column: column(r.line, r.column), endColumn: column(r.line, r.endColumn) })),
    line: line(s.line),
    column: column(s.line, s.column),
    endLine: line(s.endLine),
    endColumn: column(s.endLine, s.endColumn),
  };
  if (s.statement !== undefined) {
    placed.statement = { line: line(s.statement.line), column: column(s.statement.line, s.statement.column), endLine: line(s.statement.endLine), endColumn: column(s.statement.endLine, s.statement.endColumn) };
  }
  return placed;
}

function requireRule(rules: readonly LoadedRule[], id: string): LoadedRule {
  const r = findRule(rules, id);
  if (r === undefined) throw new Error(`rule ${id} is missing from the rule set`);
  return r;
}

const FILE_START: SourceRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** Meta rules run whatever `--rules`/`--topics` say, but `--disable` can turn them off. */
function isDisabled(rule: LoadedRule, selection: AuditOptions['selection']): boolean {
  return (selection?.disable ?? []).some((k) => k.toLowerCase() === rule.id.toLowerCase() || k.toLowerCase() === rule.name);
}

/** Whether a log shape's findings must keep its logged values out: rules ran on the example, and no --show-literals. */
function hidesLiterals(shape: AuditLogShape, options: AuditOptions): boolean {
  return shape.example !== undefined && options.showLiterals !== true;
}

/**
 * A finding on a log shape: statement excerpt and example follow `--show-literals`; count and first
 * line come from the log. The finding stands at the shape's first line, as DESIGN.md says; a column
 * is kept only where it indexes into the text shown (the logged line itself).
 */
function logFinding(f: Finding, shape: AuditLogShape, options: AuditOptions): Finding {
  const shown = options.showLiterals === true && shape.example !== undefined ? shape.example : shape.shape;
  const exact = shown === (shape.example ?? shape.shape) && !shown.includes('\n') && f.line === shape.firstLine && f.endLine === shape.firstLine;
  return {
    ...f,
    ...(exact ? {} : { line: shape.firstLine, column: 1, endLine: shape.firstLine, endColumn: (shown.split('\n')[0] ?? '').length + 1 }),
    statement: excerpt(shown),
    count: shape.count,
    firstLine: shape.firstLine,
    example: excerpt(shown),
  };
}

/**
 * A function that replaces, in a message, every literal value of `example` (strings with and
 * without their quotes, numbers of 4 or more characters, uuids, blobs, durations) by `?`.
 */
function literalMask(example: string): (text: string) => string {
  const found: string[] = [];
  statementShape(example, found);
  const values = new Set<string>();
  for (const lit of found) {
    if (lit.startsWith("'") || lit.startsWith('$$')) {
      values.add(lit);
      const inner = lit.startsWith("'") ? lit.slice(1, -1).replace(/''/g, "'") : lit.slice(2, -2);
      if (inner.trim().length >= 3) values.add(inner);
    } else if (lit.length >= 4) {
      values.add(lit);
    }
  }
  // Longest first, so a value inside a longer one does not leave part of the longer one behind.
  const ordered = [...values].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((t, v) => t.split(v).join('?'), text);
}

/** Stable order: file, line, column, rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
