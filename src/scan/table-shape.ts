/**
 * A table as a range scan and a writer need it: its columns by role, in key order, with the
 * driver's type descriptions (which the driver's encoder accepts as they are).
 */
import type cassandra from 'cassandra-driver';
import { dataTypes } from './types.js';

/** A column type as the driver describes it (`{ code, info, options: { frozen } }`). */
export interface ColumnType {
  code: number;
  info?: unknown;
  options?: { frozen?: boolean; reversed?: boolean } | undefined;
  customTypeName?: string | undefined;
}

/** Where a column sits in the table. */
export type ColumnRole = 'partition' | 'clustering' | 'regular' | 'static';

export interface ColumnShape {
  name: string;
  type: ColumnType;
  role: ColumnRole;
  /** A non-frozen collection or UDT: its cells are written and timed element by element. */
  multiCell: boolean;
}

export interface TableShape {
  keyspace: string;
  name: string;
  /** Partition key, then clustering columns, then the rest (static first), each group in table order. */
  columns: ColumnShape[];
  partitionKey: ColumnShape[];
  clustering: ColumnShape[];
  /** `ASC` or `DESC` for each clustering column, in order. */
  clusteringOrder: string[];
  /** Regular and static columns. */
  values: ColumnShape[];
  /** Every value column is a counter. */
  counter: boolean;
}

/** True for a list, set, map or UDT that is not frozen. */
export function isMultiCell(type: ColumnType): boolean {
  const collection = type.code === dataTypes.list || type.code === dataTypes.set || type.code === dataTypes.map || type.code === dataTypes.udt;
  return collection && type.options?.frozen !== true;
}

/** Reads `keyspace.table` from the driver's schema metadata; undefined when the table does not exist. */
export async function readTableShape(client: cassandra.Client, keyspace: string, table: string): Promise<TableShape | undefined> {
  const meta = await client.metadata.getTable(keyspace, table);
  if (meta === null || meta === undefined) return undefined;
  const keyNames = new Set([...meta.partitionKeys, ...meta.clusteringKeys].map((c) => c.name));
  const column = (c: { name: string; type: unknown; isStatic?: boolean }, role: ColumnRole): ColumnShape => {
    const type = c.type as ColumnType;
    return { name: c.name, type, role, multiCell: role === 'regular' || role === 'static' ? isMultiCell(type) : false };
  };
  const partitionKey = meta.partitionKeys.map((c) => column(c, 'partition'));
  const clustering = meta.clusteringKeys.map((c) => column(c, 'clustering'));
  // The typings omit isStatic, which the metadata carries.
  const rest = (meta.columns as Array<{ name: string; type: unknown; isStatic?: boolean }>).filter((c) => !keyNames.has(c.name));
  const values = [...rest.filter((c) => c.isStatic), ...rest.filter((c) => !c.isStatic)].map((c) => column(c, c.isStatic ? 'static' : 'regular'));
  return {
    keyspace,
    name: table,
    columns: [...partitionKey, ...clustering, ...values],
    partitionKey,
    clustering,
    clusteringOrder: clustering.map((_, i) => String(meta.clusteringOrder[i] ?? 'ASC').toUpperCase()),
    values,
    counter: values.length > 0 && values.every((c) => c.type.code === dataTypes.counter),
  };
}

/** `"name"`: an identifier quoted as CQL quotes it (always quoted, so keywords and case survive). */
export function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `"ks"."table"`. */
export function qualifiedName(keyspace: string, table: string): string {
  return `${quoteName(keyspace)}.${quoteName(table)}`;
}

/** A type as CQL writes it, e.g. `frozen<list<int>>`, for messages. */
export function typeName(type: ColumnType): string {
  const info = type.info as unknown;
  const inner = (t: unknown): string => typeName(t as ColumnType);
  let text: string;
  switch (type.code) {
    case dataTypes.list:
      text = `list<${inner(info)}>`;
      break;
    case dataTypes.set:
      text = `set<${inner(info)}>`;
      break;
    case dataTypes.map:
      text = `map<${inner((info as unknown[])[0])}, ${inner((info as unknown[])[1])}>`;
      break;
    case dataTypes.tuple:
      text = `tuple<${(info as unknown[]).map(inner).join(', ')}>`;
      break;
    case dataTypes.udt:
      text = String((info as { name?: string }).name ?? 'udt');
      break;
    case dataTypes.custom:
      text = type.customTypeName === 'vector' ? `vector<${inner((info as unknown[])[0])}, ${String((info as unknown[])[1])}>` : `'${String(info)}'`;
      break;
    default:
      text = NATIVE_NAMES.get(type.code) ?? `type ${type.code}`;
  }
  return type.options?.frozen === true && type.code !== dataTypes.tuple ? `frozen<${text}>` : text;
}

const NATIVE_NAMES = new Map<number, string>(
  Object.entries(dataTypes)
    .filter(([, code]) => code < 0x20)
    .map(([name, code]) => [code, name]),
);
