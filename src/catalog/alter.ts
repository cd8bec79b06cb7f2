import type { AlterTable, AlterType, CreateTable, CreateType, Identifier, PropertyMap } from '../cql/ast/nodes.js';

/**
 * ALTER statements applied to the CREATE statements they change, so that an object's final state is
 * again one CREATE statement (the form the converter prints). Each returns a new node and leaves
 * its inputs as they are. A change Cassandra would refuse (adding a column or field that exists)
 * changes nothing.
 */

/** The table after `alter`; actions that do not change the definition (tags) return it as it is. */
export function applyAlterTable(table: CreateTable, alter: AlterTable): CreateTable {
  const action = alter.action;
  switch (action.kind) {
    case 'AlterTableAdd':
      return { ...table, columns: [...table.columns, ...action.columns.filter((c) => !table.columns.some((x) => x.name.text === c.name.text))] };
    case 'AlterTableDrop': {
      const dropped = new Set(action.columns.map((c) => c.text));
      return { ...table, columns: table.columns.filter((c) => !dropped.has(c.name.text)) };
    }
    case 'AlterTableRename': {
      const rename = (id: Identifier): Identifier => action.renames.find((r) => r.from.text === id.text)?.to ?? id;
      return {
        ...table,
        columns: table.columns.map((c) => ({ ...c, name: rename(c.name) })),
        primaryKey: table.primaryKey && { ...table.primaryKey, partitionKey: table.primaryKey.partitionKey.map(rename), clusteringColumns: table.primaryKey.clusteringColumns.map(rename) },
        clusteringOrder: table.clusteringOrder.map((o) => ({ ...o, column: rename(o.column) })),
      };
    }
    case 'AlterTableWith':
      return { ...table, properties: mergeProperties(table.properties, action.properties) };
    case 'AlterTableAlterType':
      return { ...table, columns: table.columns.map((c) => (c.name.text === action.column.text ? { ...c, type: action.type } : c)) };
    case 'AlterTableMask':
      return { ...table, columns: table.columns.map((c) => (c.name.text === action.column.text ? { ...c, mask: action.mask } : c)) };
    case 'AlterTableDropMask':
      return {
        ...table,
        columns: table.columns.map((c) => {
          if (c.name.text !== action.column.text) return c;
          const { mask: _mask, ...rest } = c;
          return rest;
        }),
      };
    case 'AlterTableDropCompactStorage':
      return { ...table, compactStorage: false };
    default:
      return table;
  }
}

/** The user-defined type after `alter`. */
export function applyAlterType(type: CreateType, alter: AlterType): CreateType {
  const action = alter.action;
  switch (action.kind) {
    case 'AlterTypeAdd':
      return type.fields.some((f) => f.name.text === action.field.name.text) ? type : { ...type, fields: [...type.fields, action.field] };
    case 'AlterTypeRename':
      return {
        ...type,
        fields: type.fields.map((f) => {
          const to = action.renames.find((r) => r.from.text === f.name.text)?.to;
          return to ? { ...f, name: to } : f;
        }),
      };
    case 'AlterTypeAlterField':
      return { ...type, fields: type.fields.map((f) => (f.name.text === action.field.text ? { ...f, type: action.type } : f)) };
    default:
      return type;
  }
}

/** `base` with the properties of `extra` set over it (an ALTER … WITH replaces whole properties). */
export function mergeProperties(base: PropertyMap, extra: PropertyMap): PropertyMap {
  return { ...base, properties: { ...base.properties, ...extra.properties } };
}
