/** Table DDL from the parse tree: CREATE/ALTER/DROP TABLE, TRUNCATE, RESTORE TABLE; columns, masks, primary keys. */
import * as P from '../../generated/CqlParser.js';
import type { AlterTableAction, ColumnDefinition, ColumnMask, Identifier, PrimaryKey, Rename, Statement } from '../nodes.js';
import { Alternatives, AstBuildError, req, type BuildContext } from './context.js';
import { functionName, ident, qualified } from './names.js';
import { properties, tableProperties, tags } from './properties.js';
import { cqlType, literalFromToken, term } from './terms.js';

export function createTable(b: BuildContext, ctx: P.CreateTableStatementContext): Statement {
  const range = b.range(ctx);
  const columns: ColumnDefinition[] = [];
  let primaryKey: PrimaryKey | undefined;
  let inlineKey: PrimaryKey | undefined;
  for (const element of ctx.tableElement()) {
    const column = element.columnDefinition();
    if (column !== null) {
      const def = columnDefinition(b, column);
      columns.push(def);
      const kw = column.K_PRIMARY();
      if (def.primaryKey && kw !== null && inlineKey === undefined) {
        // The inline key spans its column definition (the name it repeats is inside it).
        inlineKey = {
          kind: 'PrimaryKey',
          range: def.range,
          partitionKey: [{ ...def.name }],
          clusteringColumns: [],
          inline: true,
        };
      }
      continue;
    }
    const pk = req(element.primaryKeyDefinition(), 'table element', element);
    primaryKey = {
      kind: 'PrimaryKey',
      range: b.range(pk),
      partitionKey: partitionKey(b, pk.partitionKey()),
      clusteringColumns: pk._clustering.map((i) => ident(b, i)),
      inline: false,
    };
  }
  const options = tableProperties(b, ctx.tableProperty(), ctx);
  const key = primaryKey ?? inlineKey;
  return {
    kind: 'CreateTable',
    range,
    name: qualified(b, req(ctx._table, 'table', ctx)),
    ifNotExists: ctx.ifNotExists() !== null,
    columns,
    ...(key === undefined ? {} : { primaryKey: key }),
    clusteringOrder: options.clusteringOrder,
    compactStorage: options.compactStorage,
    properties: options.properties,
  };
}

export function alterTable(b: BuildContext, ctx: P.AlterTableStatementContext): Statement {
  return {
    kind: 'AlterTable',
    range: b.range(ctx),
    name: qualified(b, req(ctx._table, 'table', ctx)),
    ifExists: ctx.ifExists() !== null,
    action: ALTER_TABLE_ACTIONS.build(b, ctx.alterTableInstruction()),
  };
}

export function dropTable(b: BuildContext, ctx: P.DropTableStatementContext): Statement {
  return { kind: 'DropTable', range: b.range(ctx), name: qualified(b, req(ctx._table, 'table', ctx)), ifExists: ctx.ifExists() !== null };
}

export function truncate(b: BuildContext, ctx: P.TruncateStatementContext): Statement {
  return { kind: 'Truncate', range: b.range(ctx), table: qualified(b, req(ctx._table, 'table', ctx)) };
}

/** `RESTORE TABLE … FROM TABLE …` (Amazon Keyspaces point-in-time recovery). */
export function restoreTable(b: BuildContext, ctx: P.RestoreTableStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'RestoreTable' }> = {
    kind: 'RestoreTable',
    range: b.range(ctx),
    target: qualified(b, req(ctx._target, 'target table', ctx)),
    source: qualified(b, req(ctx._source, 'source table', ctx)),
  };
  const props = ctx.properties();
  if (props !== null) stmt.properties = properties(b, props);
  return stmt;
}

// ───────────────────────────── columns and keys ─────────────────────────────

function mask(b: BuildContext, ctx: P.ColumnMaskContext): ColumnMask {
  const range = b.range(ctx);
  if (ctx instanceof P.DefaultMaskContext) return { kind: 'ColumnMask', range, args: [] };
  if (ctx instanceof P.FunctionMaskContext) {
    return {
      kind: 'ColumnMask',
      range,
      function: functionName(b, req(ctx._function_, 'mask function', ctx)),
      args: ctx.term().map((t) => term(b, t)),
    };
  }
  throw new AstBuildError('column mask', ctx);
}

function columnDefinition(b: BuildContext, ctx: P.ColumnDefinitionContext | P.AddColumnDefinitionContext): ColumnDefinition {
  const def: ColumnDefinition = {
    kind: 'ColumnDefinition',
    range: b.range(ctx),
    name: ident(b, req(ctx._column, 'column', ctx)),
    type: cqlType(b, req(ctx._type_, 'type', ctx)),
    static: ctx._isStatic !== undefined && ctx._isStatic !== null,
    primaryKey: ctx instanceof P.ColumnDefinitionContext && ctx._primaryKey !== undefined && ctx._primaryKey !== null,
  };
  const columnMask = ctx.columnMask();
  if (columnMask !== null) def.mask = mask(b, columnMask);
  return def;
}

/** The partition key columns of a key clause (tables and views). */
export function partitionKey(b: BuildContext, ctx: P.PartitionKeyContext): Identifier[] {
  if (ctx instanceof P.SinglePartitionKeyContext) return [ident(b, ctx.ident())];
  if (ctx instanceof P.CompositePartitionKeyContext) return ctx.ident().map((i) => ident(b, i));
  throw new AstBuildError('partition key', ctx);
}

/** `a TO b AND …` in ALTER TABLE and ALTER TYPE. */
export function renames(b: BuildContext, items: (P.RenameColumnContext | P.RenameFieldContext)[]): Rename[] {
  return items.map((r) => ({
    kind: 'Rename' as const,
    range: b.range(r),
    from: ident(b, req(r._from_, 'name', r)),
    to: ident(b, req(r._to, 'new name', r)),
  }));
}

// ───────────────────────────── ALTER TABLE ─────────────────────────────

const ALTER_TABLE_ACTIONS = new Alternatives<P.AlterTableInstructionContext, AlterTableAction>('ALTER TABLE instruction')
  .on(P.AddColumnsContext, (b, c) => ({
    kind: 'AlterTableAdd',
    range: b.range(c),
    ifNotExists: c.ifNotExists() !== null,
    columns: c.addColumnDefinition().map((d) => columnDefinition(b, d)),
  }))
  .on(P.DropColumnsContext, (b, c) => {
    const action: AlterTableAction = {
      kind: 'AlterTableDrop',
      range: b.range(c),
      ifExists: c.ifExists() !== null,
      columns: c._columns.map((i) => ident(b, i)),
    };
    if (c._timestamp) action.timestamp = literalFromToken(b, c._timestamp, 'integer');
    return action;
  })
  .on(P.RenameColumnsContext, (b, c) => ({
    kind: 'AlterTableRename',
    range: b.range(c),
    ifExists: c.ifExists() !== null,
    renames: renames(b, c.renameColumn()),
  }))
  .on(P.AlterTableWithContext, (b, c) => ({ kind: 'AlterTableWith', range: b.range(c), properties: properties(b, c.properties()) }))
  .on(P.AlterColumnTypeContext, (b, c) => ({
    kind: 'AlterTableAlterType',
    range: b.range(c),
    ifExists: false,
    column: ident(b, req(c._column, 'column', c)),
    type: cqlType(b, req(c._type_, 'type', c)),
  }))
  .on(P.AlterColumnMaskContext, (b, c) => ({
    kind: 'AlterTableMask',
    range: b.range(c),
    ifExists: c.ifExists() !== null,
    column: ident(b, req(c._column, 'column', c)),
    mask: mask(b, c.columnMask()),
  }))
  .on(P.AlterColumnDropMaskContext, (b, c) => ({
    kind: 'AlterTableDropMask',
    range: b.range(c),
    ifExists: c.ifExists() !== null,
    column: ident(b, req(c._column, 'column', c)),
  }))
  .on(P.DropCompactStorageContext, (b, c) => ({ kind: 'AlterTableDropCompactStorage', range: b.range(c) }))
  .on(P.AlterTableAddTagsContext, (b, c) => ({ kind: 'AlterTableTags', range: b.range(c), change: tags(b, 'add', c, c._tags) }))
  .on(P.AlterTableDropTagsContext, (b, c) => ({ kind: 'AlterTableTags', range: b.range(c), change: tags(b, 'drop', c, c._tags) }));
