/**
 * Schema DDL other than tables, from the parse tree: USE, keyspaces, user types, indexes,
 * materialized views, functions, aggregates, triggers.
 */
import { TerminalNode } from 'antlr4ng';
import * as P from '../../generated/CqlParser.js';
import type { AlterTypeAction, Statement } from '../nodes.js';
import { AstBuildError, req, type BuildContext } from './context.js';
import { functionName, ident, qualified } from './names.js';
import { properties, tableProperties, tags } from './properties.js';
import { selectors } from './select.js';
import { partitionKey, renames } from './tables.js';
import { cqlType, signature, stringLiteral, term } from './terms.js';
import { where } from './where.js';

export function use(b: BuildContext, ctx: P.UseStatementContext): Statement {
  return { kind: 'Use', range: b.range(ctx), keyspace: ident(b, req(ctx._keyspace, 'keyspace', ctx)) };
}

// ───────────────────────────── keyspaces ─────────────────────────────

export function createKeyspace(b: BuildContext, ctx: P.CreateKeyspaceStatementContext): Statement {
  return {
    kind: 'CreateKeyspace',
    range: b.range(ctx),
    name: ident(b, req(ctx._keyspace, 'keyspace', ctx)),
    ifNotExists: ctx.ifNotExists() !== null,
    properties: properties(b, ctx.properties()),
  };
}

export function alterKeyspace(b: BuildContext, ctx: P.AlterKeyspaceStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'AlterKeyspace' }> = {
    kind: 'AlterKeyspace',
    range: b.range(ctx),
    name: ident(b, req(ctx._keyspace, 'keyspace', ctx)),
    ifExists: ctx.ifExists() !== null,
  };
  const instruction = ctx.alterKeyspaceInstruction();
  if (instruction instanceof P.AlterKeyspaceWithContext) stmt.properties = properties(b, instruction.properties());
  else if (instruction instanceof P.AlterKeyspaceAddTagsContext) stmt.tags = tags(b, 'add', instruction, instruction._tags);
  else if (instruction instanceof P.AlterKeyspaceDropTagsContext) stmt.tags = tags(b, 'drop', instruction, instruction._tags);
  else throw new AstBuildError('ALTER KEYSPACE instruction', instruction);
  return stmt;
}

export function dropKeyspace(b: BuildContext, ctx: P.DropKeyspaceStatementContext): Statement {
  return { kind: 'DropKeyspace', range: b.range(ctx), name: ident(b, req(ctx._keyspace, 'keyspace', ctx)), ifExists: ctx.ifExists() !== null };
}

// ───────────────────────────── user types ─────────────────────────────

export function createType(b: BuildContext, ctx: P.CreateTypeStatementContext): Statement {
  return {
    kind: 'CreateType',
    range: b.range(ctx),
    name: qualified(b, req(ctx._typeName, 'type name', ctx)),
    ifNotExists: ctx.ifNotExists() !== null,
    fields: ctx.typeField().map((f) => ({
      kind: 'FieldDefinition' as const,
      range: b.range(f),
      name: ident(b, req(f._field, 'field', f)),
      type: cqlType(b, req(f._type_, 'type', f)),
    })),
  };
}

export function alterType(b: BuildContext, ctx: P.AlterTypeStatementContext): Statement {
  return {
    kind: 'AlterType',
    range: b.range(ctx),
    name: qualified(b, req(ctx._typeName, 'type name', ctx)),
    ifExists: ctx.ifExists() !== null,
    action: alterTypeAction(b, ctx.alterTypeInstruction()),
  };
}

function alterTypeAction(b: BuildContext, ctx: P.AlterTypeInstructionContext): AlterTypeAction {
  const range = b.range(ctx);
  if (ctx instanceof P.AlterTypeAddFieldContext) {
    const name = ident(b, req(ctx._field, 'field', ctx));
    const type = cqlType(b, req(ctx._type_, 'type', ctx));
    return {
      kind: 'AlterTypeAdd',
      range,
      ifNotExists: ctx.ifNotExists() !== null,
      field: { kind: 'FieldDefinition', range: b.span(name.range, type.range), name, type },
    };
  }
  if (ctx instanceof P.AlterTypeRenameFieldsContext) {
    return { kind: 'AlterTypeRename', range, ifExists: ctx.ifExists() !== null, renames: renames(b, ctx.renameField()) };
  }
  if (ctx instanceof P.AlterTypeFieldTypeContext) {
    return { kind: 'AlterTypeAlterField', range, field: ident(b, req(ctx._field, 'field', ctx)), type: cqlType(b, req(ctx._type_, 'type', ctx)) };
  }
  throw new AstBuildError('ALTER TYPE instruction', ctx);
}

export function dropType(b: BuildContext, ctx: P.DropTypeStatementContext): Statement {
  return { kind: 'DropType', range: b.range(ctx), name: qualified(b, req(ctx._typeName, 'type name', ctx)), ifExists: ctx.ifExists() !== null };
}

// ───────────────────────────── indexes and views ─────────────────────────────

export function createIndex(b: BuildContext, ctx: P.CreateIndexStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'CreateIndex' }> = {
    kind: 'CreateIndex',
    range: b.range(ctx),
    custom: ctx._custom !== undefined && ctx._custom !== null,
    ifNotExists: ctx.ifNotExists() !== null,
    ...(ctx._index === undefined ? {} : { name: ident(b, ctx._index) }),
    table: qualified(b, req(ctx._table, 'table', ctx)),
    targets: ctx.indexTarget().map((t) => {
      const column = ident(b, req((t as P.IndexTargetColumnContext)._column, 'column', t));
      if (t instanceof P.IndexTargetColumnContext) return { kind: 'IndexTarget' as const, range: b.range(t), column, type: 'simple' as const };
      const kind = (t as P.IndexTargetCollectionContext)._kind?.text?.toLowerCase() as 'keys' | 'values' | 'entries' | 'full';
      return { kind: 'IndexTarget' as const, range: b.range(t), column, type: kind };
    }),
  };
  if (ctx._indexClass !== undefined && ctx._indexClass !== null) stmt.using = stringLiteral(b, ctx._indexClass);
  const props = ctx.properties();
  if (props !== null) stmt.properties = properties(b, props);
  return stmt;
}

export function dropIndex(b: BuildContext, ctx: P.DropIndexStatementContext): Statement {
  return { kind: 'DropIndex', range: b.range(ctx), name: qualified(b, req(ctx._index, 'index', ctx)), ifExists: ctx.ifExists() !== null };
}

export function createMaterializedView(b: BuildContext, ctx: P.CreateMaterializedViewStatementContext): Statement {
  const range = b.range(ctx);
  const { selectors: list, wildcard } = selectors(b, ctx.selectors());
  const options = tableProperties(b, ctx.tableProperty(), ctx);
  const primaryKw = ctx.K_PRIMARY();
  // The key clause has no context of its own: it runs from PRIMARY to the next `)` child.
  const children = ctx.children;
  const kwIndex = children.indexOf(primaryKw);
  const closing = children
    .slice(kwIndex)
    .find((n): n is TerminalNode => n instanceof TerminalNode && n.symbol.type === P.CqlParser.RPAREN);
  return {
    kind: 'CreateMaterializedView',
    range,
    name: qualified(b, req(ctx._view, 'view', ctx)),
    ifNotExists: ctx.ifNotExists() !== null,
    selectors: list,
    wildcard,
    baseTable: qualified(b, req(ctx._base, 'base table', ctx)),
    where: where(b, ctx.whereClause()),
    primaryKey: {
      kind: 'PrimaryKey',
      range: b.span(b.terminalRange(primaryKw), b.terminalRange(req(closing, ')', ctx))),
      partitionKey: partitionKey(b, ctx.partitionKey()),
      clusteringColumns: ctx._clustering.map((i) => ident(b, i)),
      inline: false,
    },
    clusteringOrder: options.clusteringOrder,
    compactStorage: options.compactStorage,
    properties: options.properties,
  };
}

export function alterMaterializedView(b: BuildContext, ctx: P.AlterMaterializedViewStatementContext): Statement {
  return {
    kind: 'AlterMaterializedView',
    range: b.range(ctx),
    name: qualified(b, req(ctx._view, 'view', ctx)),
    ifExists: ctx.ifExists() !== null,
    properties: properties(b, ctx.properties()),
  };
}

export function dropMaterializedView(b: BuildContext, ctx: P.DropMaterializedViewStatementContext): Statement {
  return { kind: 'DropMaterializedView', range: b.range(ctx), name: qualified(b, req(ctx._view, 'view', ctx)), ifExists: ctx.ifExists() !== null };
}

// ───────────────────────────── functions, aggregates, triggers ─────────────────────────────

export function createFunction(b: BuildContext, ctx: P.CreateFunctionStatementContext): Statement {
  return {
    kind: 'CreateFunction',
    range: b.range(ctx),
    orReplace: ctx._orReplace !== undefined && ctx._orReplace !== null,
    ifNotExists: ctx.ifNotExists() !== null,
    name: functionName(b, req(ctx._function_, 'function', ctx)),
    parameters: ctx.functionParameter().map((p) => ({
      kind: 'FunctionParameter' as const,
      range: b.range(p),
      name: ident(b, req(p._name, 'parameter', p)),
      type: cqlType(b, req(p._type_, 'type', p)),
    })),
    calledOnNullInput: ctx._calledOnNull !== undefined && ctx._calledOnNull !== null,
    returns: cqlType(b, req(ctx._returnType, 'return type', ctx)),
    language: ident(b, req(ctx._language, 'language', ctx)),
    body: stringLiteral(b, req(ctx._body, 'body', ctx)),
  };
}

export function dropFunction(b: BuildContext, ctx: P.DropFunctionStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'DropFunction' }> = {
    kind: 'DropFunction',
    range: b.range(ctx),
    name: functionName(b, req(ctx._function_, 'function', ctx)),
    ifExists: ctx.ifExists() !== null,
  };
  const argTypes = signature(b, ctx._signature);
  if (argTypes !== undefined) stmt.argTypes = argTypes;
  return stmt;
}

export function createAggregate(b: BuildContext, ctx: P.CreateAggregateStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'CreateAggregate' }> = {
    kind: 'CreateAggregate',
    range: b.range(ctx),
    orReplace: ctx._orReplace !== undefined && ctx._orReplace !== null,
    ifNotExists: ctx.ifNotExists() !== null,
    name: functionName(b, req(ctx._aggregate, 'aggregate', ctx)),
    argTypes: signature(b, ctx._signature) ?? [],
    stateFunction: ident(b, req(ctx._stateFunction, 'SFUNC', ctx)),
    stateType: cqlType(b, req(ctx._stateType, 'STYPE', ctx)),
  };
  if (ctx._finalFunction !== undefined) stmt.finalFunction = ident(b, ctx._finalFunction);
  if (ctx._initialCondition !== undefined) stmt.initCondition = term(b, ctx._initialCondition);
  return stmt;
}

export function dropAggregate(b: BuildContext, ctx: P.DropAggregateStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'DropAggregate' }> = {
    kind: 'DropAggregate',
    range: b.range(ctx),
    name: functionName(b, req(ctx._aggregate, 'aggregate', ctx)),
    ifExists: ctx.ifExists() !== null,
  };
  const argTypes = signature(b, ctx._signature);
  if (argTypes !== undefined) stmt.argTypes = argTypes;
  return stmt;
}

export function createTrigger(b: BuildContext, ctx: P.CreateTriggerStatementContext): Statement {
  return {
    kind: 'CreateTrigger',
    range: b.range(ctx),
    ifNotExists: ctx.ifNotExists() !== null,
    name: ident(b, req(ctx._trigger, 'trigger', ctx)),
    table: qualified(b, req(ctx._table, 'table', ctx)),
    using: stringLiteral(b, req(ctx._triggerClass, 'trigger class', ctx)),
  };
}

export function dropTrigger(b: BuildContext, ctx: P.DropTriggerStatementContext): Statement {
  return {
    kind: 'DropTrigger',
    range: b.range(ctx),
    ifExists: ctx.ifExists() !== null,
    name: ident(b, req(ctx._trigger, 'trigger', ctx)),
    table: qualified(b, req(ctx._table, 'table', ctx)),
  };
}
