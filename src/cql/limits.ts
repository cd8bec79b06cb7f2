/**
 * What ksmig reads of a statement, and why it does not read the rest, without the parser: the
 * query-log readers (and the worker threads that run them), the script reader and the audit need
 * the limits and their messages, not the ANTLR runtime that parse-tree.ts loads.
 */

/** Statements longer than this many UTF-16 code units (1 MiB of ASCII) are not parsed by default. */
export const DEFAULT_MAX_STATEMENT_LENGTH = 1024 * 1024;

/**
 * Deepest nesting of brackets (`(`, `[`, `{`, and the `<` of a collection type) parsed. The parser
 * and the AST are recursive, and each level costs a few dozen stack frames: about a thousand levels
 * exhaust the stack. Real statements nest a handful of levels (Keyspaces stores 8 levels of
 * collections at most).
 */
export const MAX_NESTING = 100;

/** What one statement may be before ksmig declines to parse it. */
export interface StatementLimits {
  /** Longest statement, in UTF-16 code units. */
  maxLength: number;
}

/** `limits` with every default filled in. */
export function statementLimits(limits: Partial<StatementLimits> = {}): StatementLimits {
  return { maxLength: limits.maxLength ?? DEFAULT_MAX_STATEMENT_LENGTH };
}

/** Why a statement longer than the length limit was not read. */
export function lengthLimitMessage(length: number, max: number): string {
  return `it is ${length.toLocaleString('en')} characters long, longer than the ${max.toLocaleString('en')} ksmig reads`;
}

/** Why a statement nested past MAX_NESTING was not read. */
export function nestingLimitMessage(max: number): string {
  return `brackets nest more than ${max} levels deep here, deeper than ksmig reads`;
}

/** Why a statement that exhausted the parser's stack was not read. */
export function overflowMessage(): string {
  return 'it is nested too deeply to read';
}
