/** Table DDL as CQL: CREATE/ALTER/DROP TABLE, TRUNCATE, RESTORE TABLE; columns, masks, keys, table options. */
import type { AlterTableAction, ClusteringOrder, ColumnDefinition, ColumnMask, PrimaryKey, PropertyMap } from '../nodes.js';
import { ifExists, ifNotExists, list, type StatementPrinters } from './clauses.js';
import { printFunctionName, printIdentifier, printQualifiedName } from './names.js';
import { printProperties, printTags, withClause } from './properties.js';
import { printExpression, printType } from './terms.js';

export function printMask(mask: ColumnMask): string {
  return mask.function === undefined
    ? 'MASKED WITH DEFAULT'
    : `MASKED WITH ${printFunctionName(mask.function)}(${list(mask.args, printExpression)})`;
}

export function printColumnDefinition(c: ColumnDefinition): string {
  let out = `${printIdentifier(c.name)} ${printType(c.type)}`;
  if (c.static) out += ' STATIC';
  if (c.mask !== undefined) out += ` ${printMask(c.mask)}`;
  if (c.primaryKey) out += ' PRIMARY KEY';
  return out;
}

export function printPrimaryKey(pk: PrimaryKey): string {
  const partition =
    pk.partitionKey.length === 1 ? list(pk.partitionKey, printIdentifier) : `(${list(pk.partitionKey, printIdentifier)})`;
  return `PRIMARY KEY (${[partition, ...pk.clusteringColumns.map(printIdentifier)].join(', ')})`;
}

function printClusteringOrder(order: readonly ClusteringOrder[]): string[] {
  if (order.length === 0) return [];
  return [`CLUSTERING ORDER BY (${list(order, (o) => `${printIdentifier(o.column)} ${o.direction}`)})`];
}

/** The `WITH` items of a table or view: clustering order, compact storage, then properties. */
export function tableOptions(
  clusteringOrder: readonly ClusteringOrder[],
  compactStorage: boolean,
  properties: PropertyMap | undefined,
): string[] {
  return [
    ...printClusteringOrder(clusteringOrder),
    ...(compactStorage ? ['COMPACT STORAGE'] : []),
    ...printProperties(properties),
  ];
}

/** Between the `WITH` items of a table or view: one per line. */
export const TABLE_WITH_SEPARATOR = '\n    AND ';

export function printAlterTableAction(action: AlterTableAction): string {
  switch (action.kind) {
    case 'AlterTableAdd': {
      const cols = action.columns.map(printColumnDefinition);
      const body = cols.length === 1 ? (cols[0] as string) : `(${cols.join(', ')})`;
      return `ADD${action.ifNotExists ? ' IF NOT EXISTS' : ''} ${body}`;
    }
    case 'AlterTableDrop': {
      const cols = action.columns.map(printIdentifier);
      const body = cols.length === 1 ? (cols[0] as string) : `(${cols.join(', ')})`;
      const ts = action.timestamp === undefined ? '' : ` USING TIMESTAMP ${action.timestamp.text}`;
      return `DROP${action.ifExists ? ' IF EXISTS' : ''} ${body}${ts}`;
    }
    case 'AlterTableRename':
      return `RENAME${action.ifExists ? ' IF EXISTS' : ''} ${action.renames
        .map((r) => `${printIdentifier(r.from)} TO ${printIdentifier(r.to)}`)
        .join(' AND ')}`;
    case 'AlterTableWith':
      return `WITH ${printProperties(action.properties).join(' AND ')}`;
    case 'AlterTableAlterType':
      return `ALTER${action.ifExists ? ' IF EXISTS' : ''} ${printIdentifier(action.column)} TYPE ${printType(action.type)}`;
    case 'AlterTableMask':
      return `ALTER${action.ifExists ? ' IF EXISTS' : ''} ${printIdentifier(action.column)} ${printMask(action.mask)}`;
    case 'AlterTableDropMask':
      return `ALTER${action.ifExists ? ' IF EXISTS' : ''} ${printIdentifier(action.column)} DROP MASKED`;
    case 'AlterTableDropCompactStorage':
      return 'DROP COMPACT STORAGE';
    case 'AlterTableTags':
      return printTags(action.change);
  }
}

export const TABLE_PRINTERS: StatementPrinters<'CreateTable' | 'AlterTable' | 'DropTable' | 'Truncate' | 'RestoreTable'> = {
  CreateTable: (stmt) => {
    const items = stmt.columns.map(printColumnDefinition);
    if (stmt.primaryKey !== undefined && !stmt.primaryKey.inline) items.push(printPrimaryKey(stmt.primaryKey));
    const head = `CREATE TABLE${ifNotExists(stmt.ifNotExists)} ${printQualifiedName(stmt.name)} (\n    ${items.join(
      ',\n    ',
    )}\n)`;
    return head + withClause(tableOptions(stmt.clusteringOrder, stmt.compactStorage, stmt.properties), TABLE_WITH_SEPARATOR);
  },
  AlterTable: (stmt) =>
    `ALTER TABLE${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)} ${printAlterTableAction(stmt.action)}`,
  DropTable: (stmt) => `DROP TABLE${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)}`,
  Truncate: (stmt) => `TRUNCATE TABLE ${printQualifiedName(stmt.table)}`,
  RestoreTable: (stmt) =>
    `RESTORE TABLE ${printQualifiedName(stmt.target)} FROM TABLE ${printQualifiedName(stmt.source)}${withClause(
      printProperties(stmt.properties),
    )}`,
};
