import type { SourceRange } from './source.js';

/**
 * A CQL syntax error: the statement does not parse (or a check Cassandra's parser makes rejects
 * it). At most one per statement, at the exact offending token.
 *
 * `message` is written for people: it names tokens as they appear in CQL (`'FROM'`, `','`,
 * "a table name", "end of statement"), never parser-internal names.
 */
export interface CqlSyntaxError {
  message: string;
  /** The offending token (zero-width at the statement's end when the statement is incomplete). */
  range: SourceRange;
  /** The whole statement the error belongs to (without its terminating `;`). */
  statementRange: SourceRange;
  statementText: string;
  /**
   * Set when the statement was not parsed because it is past what ksmig reads — longer than the
   * statement length limit, or nested too deeply — rather than because it is not CQL.
   */
  limit?: 'length' | 'nesting';
}
