import type { Statement } from '../cql/ast/nodes.js';
import { printStatement } from '../cql/ast/print.js';
import type { Catalog, KeyspaceInfo, TableInfo, TypeInfo } from '../catalog/catalog.js';
import type { Converted } from './context.js';
import type { OmittedStatement } from './omitted.js';
import { appendAll } from '../shared/arrays.js';

/** The converted schema and what changed, object by object. */
export interface TargetSchema {
  text: string;
  /** Every change as a one-line note (also written as comments into `text`). */
  notes: string[];
  /** Keyspaces, tables and types written (objects left out are counted in `omitted` only). */
  keyspaces: number;
  tables: number;
  types: number;
  omitted: number;
}

/** A keyspace of the output with what goes under it, each in input order. */
export interface KeyspaceSection {
  name: string;
  /** Absent for a keyspace the input uses but never creates. */
  info: KeyspaceInfo | undefined;
  types: TypeInfo[];
  tables: TableInfo[];
  omitted: OmittedStatement[];
}

/** What belongs to no keyspace of the output: tables and types with no keyspace, statements about other keyspaces. */
export type Unplaced = { kind: 'table'; table: TableInfo } | { kind: 'type'; type: TypeInfo } | { kind: 'statement'; statement: OmittedStatement };

/**
 * The order of the output, which follows the input's: each keyspace where the input first creates
 * it or a type or table in it, with its types, then its tables, then the statements about it that
 * the target leaves out; after every keyspace, what belongs to none of them.
 */
export function layout(catalog: Catalog, omitted: readonly OmittedStatement[]): { keyspaces: KeyspaceSection[]; unplaced: Unplaced[] } {
  const sections = new Map<string, KeyspaceSection & { first: number }>();
  const section = (name: string, ordinal: number): KeyspaceSection & { first: number } => {
    let s = sections.get(name);
    if (s === undefined) {
      s = { name, info: catalog.keyspaces.get(name), types: [], tables: [], omitted: [], first: ordinal };
      sections.set(name, s);
    }
    s.first = Math.min(s.first, ordinal);
    return s;
  };
  const unplaced: Array<{ ordinal: number; item: Unplaced }> = [];
  for (const ks of catalog.keyspaces.values()) section(ks.name, ks.ordinal);
  for (const type of catalog.types.values()) {
    if (type.keyspace === '') unplaced.push({ ordinal: type.ordinal, item: { kind: 'type', type } });
    else section(type.keyspace, type.ordinal).types.push(type);
  }
  for (const table of catalog.tables.values()) {
    if (table.keyspace === '') unplaced.push({ ordinal: table.ordinal, item: { kind: 'table', table } });
    else section(table.keyspace, table.ordinal).tables.push(table);
  }
  for (const statement of omitted) {
    const s = statement.keyspace === undefined ? undefined : sections.get(statement.keyspace);
    if (s === undefined) unplaced.push({ ordinal: statement.ordinal, item: { kind: 'statement', statement } });
    else s.omitted.push(statement);
  }
  return {
    keyspaces: [...sections.values()].sort((a, b) => a.first - b.first).map(({ first: _first, ...s }) => s),
    unplaced: unplaced.sort((a, b) => a.ordinal - b.ordinal).map((u) => u.item),
  };
}

/** One part of the output: an object written (`kind` counts it) or one left out (`count` objects, with the note why). */
export type Block = { kind: 'keyspace' | 'type' | 'table'; converted: Converted<Statement> } | { kind: 'left-out'; note: string; count: number };

/**
 * The target schema's text: the header, then each block (its notes as `--` comments, then its
 * DDL) separated by blank lines, and the counts of what it writes and leaves out.
 */
export function emitSchema(header: readonly string[], blocks: readonly Block[]): TargetSchema {
  const out = [comment(header.join('\n'))];
  const result: TargetSchema = { text: '', notes: [], keyspaces: 0, tables: 0, types: 0, omitted: 0 };
  for (const block of blocks) {
    if (block.kind === 'left-out') {
      out.push(comment(block.note));
      result.notes.push(block.note);
      result.omitted += block.count;
      continue;
    }
    const { statement, notes } = block.converted;
    out.push([...notes.map(comment), `${printStatement(statement)};`].join('\n'));
    appendAll(result.notes, notes);
    if (block.kind === 'keyspace') result.keyspaces++;
    else if (block.kind === 'type') result.types++;
    else result.tables++;
  }
  result.text = `${out.join('\n\n')}\n`;
  return result;
}

function comment(text: string): string {
  return text
    .split('\n')
    .map((l) => `-- ${l}`.trimEnd())
    .join('\n');
}
