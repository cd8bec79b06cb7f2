import type { AstNode, Literal, Statement } from '../cql/ast/nodes.js';
import type { SourceRange } from '../cql/source.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Finding, FindingFix } from './finding.js';
import { KsmigError, usageError } from '../shared/errors.js';
import { checks } from './checks/index.js';
import type { CheckContext, Execution, ReportData, ReportInput, SourceKind, Visitor } from './context.js';
import { resolveRuleRef, type LoadedRule } from './load.js';
import { compileMatch } from './match.js';
import { ruleFinding } from './render.js';
import { renderTemplate } from './schema.js';
import { walk as walkAst } from '../cql/ast/walk.js';
import { children as childNodes, isNode } from '../cql/ast/walk.js';

/** One parsed input the rules run on: a script, a prepared statement, or one query-log shape. */
export interface EngineUnit {
  file: string;
  /** The text the statements' ranges index into. */
  text: string;
  statements: readonly Statement[];
  kind: SourceKind;
  /** Per statement, where it differs from `kind` (a live schema: its DDL, then the statements applications prepared). */
  kinds?: readonly SourceKind[];
  execution?: Execution;
  /** Added to every reported line (a query-log shape is reported at the line where it first occurs). */
  lineOffset?: number;
  /**
   * Findings must not quote the statement's literal values (a query log's example without
   * `--show-literals`): source fragments show `?` for every literal, and template values that
   * are, or are computed from, literal values become `?`.
   */
  maskLiterals?: boolean;
}

/** Which rules run, and with which options (ids and names both work). */
export interface RuleSelection {
  /** Keep only rules with at least one of these topics. */
  topics?: readonly string[];
  /** Keep only these rules. */
  rules?: readonly string[];
  /** Drop these rules. */
  disable?: readonly string[];
  /** Per-rule option overrides, keyed by rule id or name. */
  options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export interface EngineOptions {
  rules: readonly LoadedRule[];
  catalog: Catalog;
  now: Date;
  selection?: RuleSelection;
}

/** A finding as the engine produces it (fingerprints and suppressions come later). */
export type EngineFinding = Finding;

/** The rules that run: meta rules excluded, then filtered by topics, `rules` and `disable`. Unknown ids or names are usage errors. */
export function selectRules(rules: readonly LoadedRule[], selection: RuleSelection = {}): LoadedRule[] {
  // A retired rule's id or name stands for the rules that replaced it.
  const resolve = (key: string): LoadedRule[] => {
    const found = resolveRuleRef(rules, key);
    if (found.length === 0) throw usageError(`unknown rule: ${key}`, 'run `ksmig rules` to list rule ids and names');
    return found;
  };
  const only = selection.rules?.length ? new Set(selection.rules.flatMap((k) => resolve(k).map((r) => r.id))) : undefined;
  const disabled = new Set((selection.disable ?? []).flatMap((k) => resolve(k).map((r) => r.id)));
  const topics = selection.topics?.length ? new Set(selection.topics) : undefined;
  return rules.filter(
    (r) =>
      r.meta !== true &&
      (only === undefined || only.has(r.id)) &&
      !disabled.has(r.id) &&
      (topics === undefined || r.topics.some((t) => topics.has(t))),
  );
}

/** A rule's options: its declared defaults overlaid with the user's values (type-checked, unknown keys rejected). */
export function resolveOptions(rule: LoadedRule, given: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const declared = rule.options ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(declared)) out[key] = spec.default;
  for (const [key, value] of Object.entries(given ?? {})) {
    const spec = declared[key];
    if (spec === undefined) {
      const known = Object.keys(declared);
      throw usageError(
        `rule ${rule.id} (${rule.name}) has no option "${key}"`,
        known.length === 0 ? 'this rule takes no options' : `its options are: ${known.join(', ')}`,
      );
    }
    const ok =
      spec.type === 'string[]' ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === spec.type;
    if (!ok) throw usageError(`option "${key}" of rule ${rule.id} (${rule.name}) must be a ${spec.type}`);
    out[key] = value;
  }
  return out;
}

function optionsFor(rule: LoadedRule, selection: RuleSelection | undefined): Readonly<Record<string, unknown>> | undefined {
  const all = selection?.options;
  if (all === undefined) return undefined;
  return all[rule.id] ?? all[rule.name] ?? all[rule.id.toLowerCase()];
}

type Handler = (node: AstNode, ancestors: readonly AstNode[]) => void;

/**
 * Runs the selected rules over every unit: ONE traversal per statement, dispatching each node to
 * the handlers of all active rules. Messages and help are rendered from the rule's templates with
 * the data the rule reported.
 */
export function runRules(units: readonly EngineUnit[], options: EngineOptions): EngineFinding[] {
  const runner = new RuleRunner(options);
  const findings: EngineFinding[] = [];
  for (const unit of units) {
    const run = runner.start(unit, (f) => findings.push(f));
    const view = { text: unit.text, offset: 0 };
    unit.statements.forEach((stmt, index) => run.statement(stmt, index, view, unit.kinds?.[index]));
  }
  return findings;
}

/** Part of a source's text: `text[i]` is at UTF-16 offset `offset + i` of the source. */
export interface TextView {
  text: string;
  offset: number;
}

/** The rules running over one unit whose statements arrive one at a time (a script read in windows). */
export interface UnitRun {
  /**
   * Runs the rules on the unit's next statement. `index` is its place in the unit (any increasing
   * numbering: it orders catalog positions); `view` holds at least the statement's text; `kind`
   * is the statement's source kind where it differs from the unit's (a live schema's prepared statements).
   */
  statement(stmt: Statement, index: number, view: TextView, kind?: SourceKind): void;
}

/**
 * The selected rules with their options resolved, ready to run over any number of units. Each
 * unit gets its own check contexts (checks keep per-source state across statements).
 */
export class RuleRunner {
  private readonly resolved: ReadonlyArray<{ rule: LoadedRule; opts: Record<string, unknown> }>;
  /** Ids (lower case) and names of the rules that run: what `ctx.selected` answers, and which `also` messages are kept. */
  private readonly selected: ReadonlySet<string>;
  /** Rules that, when they report a statement, are its only finding. */
  private readonly exclusive: ReadonlySet<string>;
  /** Every rule by name (an `also` names the rule whose message it carries). */
  private readonly byName: ReadonlyMap<string, LoadedRule>;

  constructor(private readonly options: EngineOptions) {
    const active = selectRules(options.rules, options.selection);
    this.selected = new Set(active.flatMap((r) => [r.id.toLowerCase(), r.name]));
    this.exclusive = new Set(active.filter((r) => r.exclusive === true).map((r) => r.id));
    this.byName = new Map(options.rules.map((r) => [r.name, r]));
    this.resolved = active.map((rule) => ({ rule, opts: resolveOptions(rule, optionsFor(rule, options.selection)) }));
  }

  /** Starts a unit; findings go to `report` as the statements are run. `unit.statements`, `unit.text` and `unit.kinds` are not read. */
  start(unit: Omit<EngineUnit, 'statements' | 'text' | 'kinds'>, report: (finding: EngineFinding) => void): UnitRun {
    const options = this.options;
    const state = {
      statement: undefined as Statement | undefined,
      index: 0,
      kind: unit.kind,
      keyspace: undefined as string | undefined,
      literals: [] as Literal[],
      view: { text: '', offset: 0 } as TextView,
    };
    /** The findings of the statement being run, held until its walk ends (see keepExclusive). */
    const pending: EngineFinding[] = [];
    const text = (node: AstNode): string =>
      unit.maskLiterals === true ? maskedText(state.view, node, state.literals) : sliceView(state.view, node.range.start.offset, node.range.end.offset);
    const dispatch = new Map<string, Handler[]>();
    for (const { rule, opts } of this.resolved) {
      const ctx: CheckContext = {
        options: opts,
        catalog: options.catalog,
        now: options.now,
        file: unit.file,
        get sourceKind() {
          return state.kind;
        },
        execution: unit.execution,
        get statement() {
          return state.statement as Statement;
        },
        get statementIndex() {
          return state.index;
        },
        get position() {
          return { file: unit.file, statementIndex: state.index };
        },
        get keyspace() {
          return state.keyspace;
        },
        qualify: (name) => options.catalog.qualify(name, state.keyspace),
        table: (name) => options.catalog.findTable(name, state.keyspace),
        text,
        selected: (r) => this.selected.has(r.trim().toLowerCase()),
        report: (input) => {
          const also = (input.also ?? []).flatMap((a) => {
            const other = this.byName.get(a.rule);
            if (other === undefined || !this.selected.has(other.name)) return [];
            return [{ rule: other, data: maskData(other, unit, { at: input.at, ...(a.data ? { data: a.data } : {}) }, state.literals).data ?? {} }];
          });
          pending.push(makeFinding(rule, unit, state.statement as Statement, maskData(rule, unit, input, state.literals), text, also));
        },
      };
      const visitor: Visitor = rule.match !== undefined ? compileMatch(rule.match, ctx) : createCheck(rule, ctx);
      for (const [kind, fn] of Object.entries(visitor)) {
        if (fn === undefined) continue;
        const list = dispatch.get(kind) ?? [];
        list.push(fn as Handler);
        dispatch.set(kind, list);
      }
    }
    const exclusive = this.exclusive;
    return {
      statement(stmt, index, view, kind) {
        state.statement = stmt;
        state.index = index;
        state.kind = kind ?? unit.kind;
        state.view = view;
        if (unit.maskLiterals === true) state.literals = literalsOf(stmt);
        pending.length = 0;
        try {
          walk(stmt, dispatch);
        } finally {
          if (stmt.kind === 'Use') state.keyspace = stmt.keyspace.text;
          // The statement's findings are held until its walk ends: only all of them say whether an exclusive rule reported it.
          keepExclusive(pending, exclusive);
          for (const f of pending) report(f);
          pending.length = 0;
        }
      },
    };
  }
}

function sliceView(view: TextView, start: number, end: number): string {
  return view.text.slice(start - view.offset, end - view.offset);
}

/** When an `exclusive` rule reported the statement whose findings are `findings`, drops the other rules' findings on it. */
function keepExclusive(findings: EngineFinding[], exclusive: ReadonlySet<string>): void {
  if (exclusive.size === 0 || !findings.some((f) => exclusive.has(f.ruleId))) return;
  let kept = 0;
  for (const f of findings) if (exclusive.has(f.ruleId)) findings[kept++] = f;
  findings.length = kept;
}

function literalsOf(stmt: Statement): Literal[] {
  const out: Literal[] = [];
  walkAst(stmt, { Literal: (node) => void out.push(node) });
  return out.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** The source text of `node` with every literal inside it shown as `?`. */
function maskedText(view: TextView, node: AstNode, literals: readonly Literal[]): string {
  const end = node.range.end.offset;
  let out = '';
  let at = node.range.start.offset;
  for (const lit of literals) {
    if (lit.range.start.offset < at || lit.range.end.offset > end) continue;
    out += `${sliceView(view, at, lit.range.start.offset)}?`;
    at = lit.range.end.offset;
  }
  return out + sliceView(view, at, end);
}

/** Template data of a masked unit: declared literal-derived values and values equal to a literal's text become `?`. */
function maskData(rule: LoadedRule, unit: Pick<EngineUnit, 'maskLiterals'>, input: ReportInput, literals: readonly Literal[]): ReportInput {
  if (unit.maskLiterals !== true || input.data === undefined) return input;
  const derived = new Set(rule.literalData ?? []);
  const values = new Set(literals.flatMap((l) => (l.value === undefined ? [l.text] : [l.text, l.value])));
  const data: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(input.data)) {
    data[key] = derived.has(key) || (typeof value === 'string' && values.has(value)) ? '?' : value;
  }
  return { ...input, data };
}

function createCheck(rule: LoadedRule, ctx: CheckContext): Visitor {
  const check = rule.check === undefined ? undefined : checks[rule.check];
  if (check === undefined) {
    throw new KsmigError('bug', 'KSMIG_RULE_FILE', `rule ${rule.id} names check "${rule.check ?? ''}", which does not exist in src/rules/checks`);
  }
  return check.create(ctx as CheckContext<never>);
}

function walk(root: AstNode, dispatch: Map<string, Handler[]>): void {
  const ancestors: AstNode[] = [];
  const visit = (node: AstNode): void => {
    const handlers = dispatch.get(node.kind);
    if (handlers !== undefined) for (const h of handlers) h(node, ancestors);
    ancestors.push(node);
    for (const child of childNodes(node)) visit(child);
    ancestors.pop();
  };
  visit(root);
}

function makeFinding(
  rule: LoadedRule,
  unit: Pick<EngineUnit, 'file' | 'lineOffset'>,
  statement: Statement,
  input: ReportInput,
  text: (node: AstNode) => string,
  also: ReadonlyArray<{ rule: LoadedRule; data: ReportData }> = [],
): EngineFinding {
  const range: SourceRange = isNode(input.at) ? input.at.range : input.at;
  const data: ReportData = input.data ?? {};
  const fix: FindingFix | undefined =
    rule.fix === undefined || input.fix === undefined || input.fix.edits.length === 0
      ? undefined
      : {
          title: renderTemplate(rule.fix.title, data),
          safety: rule.fix.safety,
          edits: input.fix.edits.map((e) => ({
            file: e.file,
            line: e.range.start.line,
            column: e.range.start.column,
            endLine: e.range.end.line,
            endColumn: e.range.end.column,
            text: e.text,
          })),
        };
  const own = ruleFinding(rule, data, { file: unit.file, range, lineOffset: unit.lineOffset ?? 0, statement: text(statement) });
  const finding = also.length === 0 ? own : { ...own, message: [own.message, ...also.map((a) => renderTemplate(a.rule.message, a.data))].join(' ') };
  return fix === undefined ? finding : { ...finding, fix };
}
