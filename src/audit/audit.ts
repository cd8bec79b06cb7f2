import { parseScript } from '../cql/parse.js';
import type { Statement } from '../cql/ast/nodes.js';
import type { CqlSyntaxError } from '../cql/errors.js';
import { buildCatalog } from '../catalog/build.js';
import type { Catalog, TargetTableState } from '../catalog/catalog.js';
import type { Execution, SourceKind } from '../rules/context.js';
import { runRules, type EngineUnit, type RuleSelection } from '../rules/engine.js';
import { findRule, loadRules, resolveRuleRef, type LoadedRule } from '../rules/load.js';
import { renderTemplate } from '../rules/schema.js';
import { ruleFinding } from '../rules/render.js';
import type { SourceRange } from '../cql/source.js';
import { applySuppressions, parseSuppressions, unusedSuppressionFindings } from './suppress.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { assignFingerprints, type FingerprintFile } from './fingerprint.js';
import { statementShape } from '../sources/query-logs/shape-scanner.js';
import { excerpt, type Finding } from '../rules/finding.js';
import { summarize, type AuditReport } from './types.js';
import type { UnreadableSource } from '../sources/source-text.js';

/** One text input of an audit. */
export interface AuditSource {
  file: string;
  text: string;
  /**
   * `script` (default): audited, and its DDL feeds the catalog; `schema-only` (`--schema`): feeds the
   * catalog, produces no findings; `prepared`: statements the origin cluster had prepared; `live`: a
   * live cluster's rendered schema, audited as a description (nothing in it runs as a script), with
   * the statements applications prepared from `preparedFrom` on.
   */
  kind?: 'script' | 'schema-only' | 'prepared' | 'live';
  /** For `live`: the offset in `text` where the prepared statements begin (none: the text is all schema). */
  preparedFrom?: number;
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
  /** Show log examples with their literals (`--show-literals`); otherwise the normalised shape. */
  showLiterals?: boolean;
  unreadable?: readonly UnreadableSource[];
  /** Honour `ksmig-ignore` comments (default true). */
  suppressions?: boolean;
  /** Mark findings `new` / `existing` against a baseline. */
  baseline?: Baseline;
  /** How files are named in fingerprints (default: as given); see `assignFingerprints`. */
  fingerprintFile?: FingerprintFile;
}

interface ParsedSource {
  source: AuditSource;
  statements: Statement[];
  errors: CqlSyntaxError[];
}

/**
 * The whole audit as pure data: parse every source (syntax errors become KS0001 findings and the
 * audit goes on), build the catalog from ALL sources first (schema before queries), run the rules,
 * apply suppressions and the baseline, then sort findings (file, line, column, rule id) and give
 * each a fingerprint.
 */
export function auditSources(sources: readonly AuditSource[], options: AuditOptions = {}): AuditReport {
  const rules = options.rules ?? loadRules();
  const parsed: ParsedSource[] = sources.map((source) => ({ source, ...parseScript(source.text) }));
  const logUnits = (options.logShapes ?? []).map((shape) => ({ shape, ...parseScript(shape.example ?? shape.shape) }));
  const catalog = buildCatalog(
    parsed.map((p) => ({ file: p.source.file, statements: p.statements })),
    options.targetTables,
  );

  const syntaxRule = requireRule(rules, 'KS0001');
  let findings: Finding[] = [];
  for (const p of parsed) {
    if (p.source.kind === 'schema-only') continue;
    findings.push(...p.errors.map((e) => syntaxFinding(syntaxRule, p.source.file, e, 0)));
  }
  for (const u of logUnits) {
    // A log line that no longer parses once literals are in (or out) is reported once, at its first line.
    const err = u.errors[0];
    if (err !== undefined) {
      const f = syntaxFinding(syntaxRule, u.shape.file, err, u.shape.firstLine - 1);
      // The parser's detail may quote a token of the example: mask its literal values.
      const mask = hidesLiterals(u.shape, options) ? literalMask(u.shape.example ?? '') : (t: string) => t;
      findings.push(logFinding({ ...f, message: mask(f.message), help: mask(f.help) }, u.shape, options));
    }
  }
  findings = findings.filter((f) => !isDisabled(syntaxRule, options.selection) || f.ruleId !== syntaxRule.id);
  const unreadableRule = requireRule(rules, 'KS0002');
  if (!isDisabled(unreadableRule, options.selection)) for (const u of options.unreadable ?? []) findings.push(unreadableFinding(unreadableRule, u));

  const units: EngineUnit[] = [];
  for (const p of parsed) {
    if (p.source.kind === 'schema-only') continue;
    units.push({ file: p.source.file, text: p.source.text, statements: p.statements, ...unitKinds(p) });
  }
  const now = options.now ?? new Date();
  findings.push(...runRules(units, { rules, catalog, now, ...(options.selection ? { selection: options.selection } : {}) }));
  for (const u of logUnits) {
    if (u.statements.length === 0) continue;
    const unitFindings = auditStatements(u.statements, {
      file: u.shape.file,
      text: u.shape.example ?? u.shape.shape,
      kind: 'log',
      catalog,
      rules,
      now,
      lineOffset: u.shape.firstLine - 1,
      maskLiterals: hidesLiterals(u.shape, options),
      ...(u.shape.keyspace !== undefined ? { keyspace: u.shape.keyspace } : {}),
      execution: {
        count: u.shape.count,
        consistencies: u.shape.consistencies ?? {},
        serialConsistencies: u.shape.serialConsistencies ?? {},
      },
      ...(options.selection ? { selection: options.selection } : {}),
    });
    findings.push(...unitFindings.map((f) => logFinding(f, u.shape, options)));
  }

  if (options.suppressions !== false) findings = suppress(findings, parsed, rules, options);
  findings.sort(compareFindings);
  findings = assignFingerprints(findings, options.fingerprintFile);
  if (options.baseline !== undefined) findings = applyBaseline(findings, options.baseline).findings;

  const statements = parsed.reduce((n, p) => n + (p.source.kind === 'schema-only' ? 0 : p.statements.length + p.errors.length), 0)
    + logUnits.length;
  const files = new Set([...parsed.filter((p) => p.source.kind !== 'schema-only').map((p) => p.source.file), ...(options.logShapes ?? []).map((s) => s.file), ...(options.unreadable ?? []).map((u) => u.file)]).size;
  return { version: 1, summary: summarize(files, statements, findings), findings };
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
  kind?: SourceKind;
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
  const findings = runRules(
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
  return findings;
}

function requireRule(rules: readonly LoadedRule[], id: string): LoadedRule {
  const r = findRule(rules, id);
  if (r === undefined) throw new Error(`rule ${id} is missing from the rule set`);
  return r;
}

function syntaxFinding(rule: LoadedRule, file: string, e: CqlSyntaxError, lineOffset: number): Finding {
  return ruleFinding(rule, { detail: e.message }, { file, range: e.range, lineOffset, statement: e.statementText });
}

const FILE_START: SourceRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function unreadableFinding(rule: LoadedRule, u: UnreadableSource): Finding {
  return ruleFinding(rule, { reason: u.reason }, { file: u.file, range: FILE_START, statement: '' });
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

function suppress(findings: Finding[], parsed: readonly ParsedSource[], rules: readonly LoadedRule[], options: AuditOptions): Finding[] {
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
  const handled = new Set<string>();
  for (const p of parsed) {
    if (p.source.kind === 'schema-only' || handled.has(p.source.file)) continue;
    handled.add(p.source.file);
    const suppressions = parseSuppressions(p.source.text, p.source.file);
    const own = byFile.get(p.source.file) ?? [];
    if (suppressions.length === 0) {
      out.push(...own);
      continue;
    }
    const result = applySuppressions(own, suppressions, resolve);
    out.push(...result.findings);
    if (unusedRule !== undefined && !isDisabled(unusedRule, options.selection)) {
      out.push(
        ...unusedSuppressionFindings(result.unused, p.source.file, {
          severity: unusedRule.severity,
          topics: [...unusedRule.topics],
          message: (ref) => renderTemplate(unusedRule.message, { rule: ref.ref }),
          help: unusedRule.help,
        }, resolve),
      );
    }
  }
  for (const [file, list] of byFile) if (!handled.has(file)) out.push(...list);
  return out;
}

/** How the engine sees a source's statements: one kind for all, or, for a live schema, each statement's. */
function unitKinds(p: ParsedSource): Pick<EngineUnit, 'kind' | 'kinds'> {
  if (p.source.kind === 'prepared') return { kind: 'prepared' };
  if (p.source.kind !== 'live') return { kind: 'script' };
  const from = p.source.preparedFrom ?? Number.POSITIVE_INFINITY;
  return { kind: 'live-schema', kinds: p.statements.map((s) => (s.range.start.offset >= from ? 'prepared' : 'live-schema')) };
}

/** Meta rules run whatever `--rules`/`--topics` say, but `--disable` can turn them off. */
function isDisabled(rule: LoadedRule, selection: RuleSelection | undefined): boolean {
  return (selection?.disable ?? []).some((k) => k.toLowerCase() === rule.id.toLowerCase() || k.toLowerCase() === rule.name);
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
