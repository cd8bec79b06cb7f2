/** Hand-built AST nodes for printer and walker unit tests (ranges are synthetic). */
import { SYNTHETIC_RANGE } from '../../src/cql/ast/ranges.js';
import type {
  ColumnRef,
  Identifier,
  Literal,
  LiteralType,
  QualifiedName,
} from '../../src/cql/ast/nodes.js';

export const range = SYNTHETIC_RANGE;

export const id = (text: string, quoted = false): Identifier => ({ kind: 'Identifier', range, text, quoted });

export const qn = (keyspace: string | undefined, name: string): QualifiedName =>
  keyspace === undefined
    ? { kind: 'QualifiedName', range, name: id(name) }
    : { kind: 'QualifiedName', range, keyspace: id(keyspace), name: id(name) };

export const lit = (type: LiteralType, text: string, value?: string): Literal =>
  value === undefined ? { kind: 'Literal', range, type, text } : { kind: 'Literal', range, type, text, value };

export const str = (value: string): Literal => lit('string', `'${value.replaceAll("'", "''")}'`, value);

export const int = (n: number): Literal => lit('integer', String(n));

export const col = (name: string): ColumnRef => ({ kind: 'ColumnRef', range, name: id(name) });
