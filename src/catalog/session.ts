import type { Statement } from '../cql/ast/nodes.js';
import type { CatalogPosition } from './catalog.js';

/** One parsed input, in the order the audit saw it. */
export interface CatalogSource {
  file: string;
  statements: readonly Statement[];
  /**
   * Each statement's place among all of its source's statements, when `statements` holds only
   * some of them (a script read in windows keeps only what the catalog reads); default: its index.
   */
  indexes?: readonly number[];
  /** How many statements the source has in all (default: `statements.length`). */
  count?: number;
}

/** A statement with the session keyspace its unqualified names resolve to. */
export interface SessionStatement {
  statement: Statement;
  /** The keyspace of the last `USE` before it in the same source (for a `USE`, its own keyspace). */
  keyspace: string | undefined;
  at: CatalogPosition;
  /** Index among all statements of all sources, in order: the input's order across files. */
  ordinal: number;
}

/**
 * Every statement of every source, in order, with its session keyspace. A `USE` holds until the
 * end of its source: files are read in an order their authors never chose, so one file's `USE`
 * must not decide where another file's unqualified names go.
 */
export function* sessionStatements(sources: readonly CatalogSource[]): Generator<SessionStatement> {
  let base = 0;
  for (const source of sources) {
    let keyspace: string | undefined;
    for (const [k, statement] of source.statements.entries()) {
      const statementIndex = source.indexes?.[k] ?? k;
      if (statement.kind === 'Use') keyspace = statement.keyspace.text;
      yield { statement, keyspace, at: { file: source.file, statementIndex }, ordinal: base + statementIndex };
    }
    base += source.count ?? source.statements.length;
  }
}
