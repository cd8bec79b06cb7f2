/**
 * The statement length limit on its own, without the parser: the query-log readers (and the worker
 * threads that run them) need the number, not the ANTLR runtime that parse-tree.ts loads.
 */

/** Statements longer than this many UTF-16 code units (1 MiB of ASCII) are not parsed by default. */
export const DEFAULT_MAX_STATEMENT_LENGTH = 1024 * 1024;
