/**
 * Schema DDL other than tables as CQL: USE, keyspaces, user types, indexes, materialized views,
 * functions, aggregates, triggers.
 */
import type { AlterTypeAction } from '../nodes.js';
import { ifExists, ifNotExists, list, type StatementPrinters } from './clauses.js';
import { printFunctionName, printIdentifier, printQualifiedName, printTypeName } from './names.js';
import { printProperties, printTags, withClause } from './properties.js';
import { printSelector } from './select.js';
import { printPrimaryKey, TABLE_WITH_SEPARATOR, tableOptions } from './tables.js';
import { printExpression, printType } from './terms.js';
import { printRelation } from './where.js';

export function printAlterTypeAction(action: AlterTypeAction): string {
  switch (action.kind) {
    case 'AlterTypeAdd':
      return `ADD${action.ifNotExists ? ' IF NOT EXISTS' : ''} ${printIdentifier(action.field.name)} ${printType(action.field.type)}`;
    case 'AlterTypeRename':
      return `RENAME${action.ifExists ? ' IF EXISTS' : ''} ${action.renames
        .map((r) => `${printIdentifier(r.from)} TO ${printIdentifier(r.to)}`)
        .join(' AND ')}`;
    case 'AlterTypeAlterField':
      return `ALTER ${printIdentifier(action.field)} TYPE ${printType(action.type)}`;
  }
}

type DdlKind =
  | 'Use'
  | 'CreateKeyspace'
  | 'AlterKeyspace'
  | 'DropKeyspace'
  | 'CreateType'
  | 'AlterType'
  | 'DropType'
  | 'CreateIndex'
  | 'DropIndex'
  | 'CreateMaterializedView'
  | 'AlterMaterializedView'
  | 'DropMaterializedView'
  | 'CreateFunction'
  | 'DropFunction'
  | 'CreateAggregate'
  | 'DropAggregate'
  | 'CreateTrigger'
  | 'DropTrigger';

export const DDL_PRINTERS: StatementPrinters<DdlKind> = {
  Use: (stmt) => `USE ${printIdentifier(stmt.keyspace)}`,

  CreateKeyspace: (stmt) =>
    `CREATE KEYSPACE${ifNotExists(stmt.ifNotExists)} ${printIdentifier(stmt.name)}${withClause(printProperties(stmt.properties))}`,
  AlterKeyspace: (stmt) => {
    let out = `ALTER KEYSPACE${ifExists(stmt.ifExists)} ${printIdentifier(stmt.name)}`;
    if (stmt.properties !== undefined) out += withClause(printProperties(stmt.properties));
    if (stmt.tags !== undefined) out += ` ${printTags(stmt.tags)}`;
    return out;
  },
  DropKeyspace: (stmt) => `DROP KEYSPACE${ifExists(stmt.ifExists)} ${printIdentifier(stmt.name)}`,

  CreateType: (stmt) =>
    `CREATE TYPE${ifNotExists(stmt.ifNotExists)} ${printTypeName(stmt.name)} (\n    ${stmt.fields
      .map((f) => `${printIdentifier(f.name)} ${printType(f.type)}`)
      .join(',\n    ')}\n)`,
  AlterType: (stmt) => `ALTER TYPE${ifExists(stmt.ifExists)} ${printTypeName(stmt.name)} ${printAlterTypeAction(stmt.action)}`,
  DropType: (stmt) => `DROP TYPE${ifExists(stmt.ifExists)} ${printTypeName(stmt.name)}`,

  CreateIndex: (stmt) => {
    let out = `CREATE${stmt.custom ? ' CUSTOM' : ''} INDEX${ifNotExists(stmt.ifNotExists)}`;
    if (stmt.name !== undefined) out += ` ${printIdentifier(stmt.name)}`;
    const targets = stmt.targets.map((t) =>
      t.type === 'simple' ? printIdentifier(t.column) : `${t.type.toUpperCase()}(${printIdentifier(t.column)})`,
    );
    out += ` ON ${printQualifiedName(stmt.table)} (${targets.join(', ')})`;
    if (stmt.using !== undefined) out += ` USING ${stmt.using.text}`;
    return out + withClause(printProperties(stmt.properties));
  },
  DropIndex: (stmt) => `DROP INDEX${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)}`,

  CreateMaterializedView: (stmt) => {
    const selectors = stmt.wildcard ? '*' : list(stmt.selectors, printSelector);
    const options = tableOptions(stmt.clusteringOrder, stmt.compactStorage, stmt.properties);
    return (
      `CREATE MATERIALIZED VIEW${ifNotExists(stmt.ifNotExists)} ${printQualifiedName(stmt.name)} AS\n` +
      `    SELECT ${selectors} FROM ${printQualifiedName(stmt.baseTable)}` +
      (stmt.where.length === 0 ? '' : `\n    WHERE ${stmt.where.map(printRelation).join(' AND ')}`) +
      `\n    ${printPrimaryKey(stmt.primaryKey)}` +
      (options.length === 0 ? '' : `\n   ${withClause(options, TABLE_WITH_SEPARATOR)}`)
    );
  },
  AlterMaterializedView: (stmt) =>
    `ALTER MATERIALIZED VIEW${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)}${withClause(printProperties(stmt.properties))}`,
  DropMaterializedView: (stmt) => `DROP MATERIALIZED VIEW${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)}`,

  CreateFunction: (stmt) =>
    `CREATE${stmt.orReplace ? ' OR REPLACE' : ''} FUNCTION${ifNotExists(stmt.ifNotExists)} ` +
    `${printFunctionName(stmt.name)}(${list(stmt.parameters, (p) => `${printIdentifier(p.name)} ${printType(p.type)}`)})` +
    `\n    ${stmt.calledOnNullInput ? 'CALLED' : 'RETURNS NULL'} ON NULL INPUT` +
    `\n    RETURNS ${printType(stmt.returns)}` +
    `\n    LANGUAGE ${printIdentifier(stmt.language)}` +
    `\n    AS ${stmt.body.text}`,
  DropFunction: (stmt) => {
    const sig = stmt.argTypes === undefined ? '' : `(${list(stmt.argTypes, printType)})`;
    return `DROP FUNCTION${ifExists(stmt.ifExists)} ${printFunctionName(stmt.name)}${sig}`;
  },
  CreateAggregate: (stmt) => {
    let out =
      `CREATE${stmt.orReplace ? ' OR REPLACE' : ''} AGGREGATE${ifNotExists(stmt.ifNotExists)} ` +
      `${printFunctionName(stmt.name)}(${list(stmt.argTypes, printType)})` +
      `\n    SFUNC ${printIdentifier(stmt.stateFunction)}` +
      `\n    STYPE ${printType(stmt.stateType)}`;
    if (stmt.finalFunction !== undefined) out += `\n    FINALFUNC ${printIdentifier(stmt.finalFunction)}`;
    if (stmt.initCondition !== undefined) out += `\n    INITCOND ${printExpression(stmt.initCondition)}`;
    return out;
  },
  DropAggregate: (stmt) => {
    const sig = stmt.argTypes === undefined ? '' : `(${list(stmt.argTypes, printType)})`;
    return `DROP AGGREGATE${ifExists(stmt.ifExists)} ${printFunctionName(stmt.name)}${sig}`;
  },

  CreateTrigger: (stmt) =>
    `CREATE TRIGGER${ifNotExists(stmt.ifNotExists)} ${printIdentifier(stmt.name)} ON ${printQualifiedName(stmt.table)} USING ${
      stmt.using.text
    }`,
  DropTrigger: (stmt) => `DROP TRIGGER${ifExists(stmt.ifExists)} ${printIdentifier(stmt.name)} ON ${printQualifiedName(stmt.table)}`,
};
