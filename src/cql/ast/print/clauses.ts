/** Small pieces of text shared by the statement printers, and the type of their dispatch table. */
import type { Statement } from '../nodes.js';

/** `a, b, c`. */
export const list = <T>(items: readonly T[], print: (item: T) => string): string => items.map(print).join(', ');

export const ifNotExists = (flag: boolean): string => (flag ? ' IF NOT EXISTS' : '');
export const ifExists = (flag: boolean): string => (flag ? ' IF EXISTS' : '');

/** One printer per statement kind (all of them, or a family's `K`). */
export type StatementPrinters<K extends Statement['kind'] = Statement['kind']> = {
  [P in K]: (stmt: Extract<Statement, { kind: P }>) => string;
};
