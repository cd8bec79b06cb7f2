import type { AstNode, NodeKind, NodeOfKind, QualifiedName, Statement } from '../cql/ast/nodes.js';
import type { SourceRange } from '../cql/source.js';
import type { Catalog, CatalogPosition, TableInfo } from '../catalog/catalog.js';

/**
 * How a statement reached the audit: a `script` that runs in order; a `prepared` statement of the
 * origin; a query-`log` record; or the `live-schema` of a cluster (`--origin`), whose rendered DDL
 * describes what exists and is never run as a script.
 */
export type SourceKind = 'script' | 'prepared' | 'log' | 'live-schema';

/** What a query log recorded about the executions of one statement shape. */
export interface Execution {
  count: number;
  consistencies: Readonly<Record<string, number>>;
  serialConsistencies: Readonly<Record<string, number>>;
}

/** Template data: placeholder name → value. */
export type ReportData = Readonly<Record<string, string | number>>;

/** One text edit of a fix: replace `range` of `file` with `text` (an empty range inserts). */
export interface FixEdit {
  file: string;
  range: SourceRange;
  text: string;
}

/** What a rule reports: where, the data its message templates need (never prose), and optionally a fix. */
export interface ReportInput {
  at: AstNode | SourceRange;
  data?: ReportData;
  /** Edits that fix the problem; titled and rated by the rule file's `fix` block (ignored when it has none). */
  fix?: { edits: FixEdit[] };
  /**
   * Other rules that apply to the same thing, when one finding should carry every reason (one
   * replication map, one finding): each is rendered with that rule's own `message` and `data`
   * and appended to this finding's message. Rules not selected for the run are left out.
   */
  also?: ReadonlyArray<{ rule: string; data?: ReportData }>;
}

/**
 * What a check sees. One context exists per rule and source; `statement` and `keyspace` follow the
 * statement being visited. Checks never do I/O.
 */
export interface CheckContext<O = Record<string, unknown>> {
  /** The rule's options, validated and defaulted from its `options` block and the user's config. */
  readonly options: O;
  readonly catalog: Catalog;
  /** The audit's notion of the current time (`--now`), for time-dependent rules. */
  readonly now: Date;
  readonly file: string;
  /** How the statement being visited reached the audit (it can change within one live-schema source). */
  readonly sourceKind: SourceKind;
  /** For statements from query logs: what the log recorded about their executions. */
  readonly execution: Execution | undefined;
  /** The top-level statement being visited. */
  readonly statement: Statement;
  /** 0-based index of `statement` in its source. */
  readonly statementIndex: number;
  /** `file` and `statementIndex`, for catalog questions asked as of this statement. */
  readonly position: CatalogPosition;
  /** The keyspace selected by the latest `USE` before `statement` in this source. */
  readonly keyspace: string | undefined;
  /** `keyspace.name` of a table reference, resolved through `USE`. */
  qualify(name: QualifiedName): string;
  /** The definition of the referenced table, when the audit saw it. */
  table(name: QualifiedName): TableInfo | undefined;
  /** The source text of a node. */
  text(node: AstNode): string;
  /** Whether a rule (by id or name) runs in this audit (`--rules`, `--topics`, `--disable`). */
  selected(rule: string): boolean;
  report(input: ReportInput): void;
}

/** Handlers by node kind; each receives the node and its ancestors (root statement first). */
export type Visitor = { [K in NodeKind]?: (node: NodeOfKind<K>, ancestors: readonly AstNode[]) => void };

/** A TypeScript check: `create` runs once per rule and source and returns the node handlers. */
export interface CheckModule<O = Record<string, unknown>> {
  readonly name: string;
  create(ctx: CheckContext<O>): Visitor;
}

/** Declares a check with typed options. */
export function defineCheck<O = Record<string, never>>(check: CheckModule<O>): CheckModule<O> {
  return check;
}
