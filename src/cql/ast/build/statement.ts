/**
 * Parse tree → typed AST, one statement at a time. Within `ast/`, the `build/` modules are the
 * only code that reads parse-tree contexts; everything they return is plain data (see `nodes.ts`),
 * so no context ever leaves `src/cql`.
 *
 * Dispatch: the `statement` rule's child is one statement context; `STATEMENTS` maps its class to
 * the builder of its family module (a map lookup, the same cost for every statement kind).
 */
import { ParserRuleContext } from 'antlr4ng';
import * as P from '../../generated/CqlParser.js';
import type { Statement } from '../nodes.js';
import type { PositionMapper } from '../positions.js';
import { Alternatives, AstBuildError, BuildContext } from './context.js';
import { capture, clear, consistency, copy, describe, login, paging, source, tracingOrExpand } from './cqlsh.js';
import {
  alterKeyspace,
  alterMaterializedView,
  alterType,
  createAggregate,
  createFunction,
  createIndex,
  createKeyspace,
  createMaterializedView,
  createTrigger,
  createType,
  dropAggregate,
  dropFunction,
  dropIndex,
  dropKeyspace,
  dropMaterializedView,
  dropTrigger,
  dropType,
  use,
} from './ddl.js';
import { batch, deleteStatement, insert, update } from './dml.js';
import {
  addIdentity,
  createOrAlterRole,
  createOrAlterUser,
  dropIdentity,
  dropRole,
  dropUser,
  grantPermissions,
  grantRole,
  listPermissions,
  listRoles,
  listUsers,
  revokePermissions,
  revokeRole,
} from './security.js';
import { select } from './select.js';
import { alterTable, createTable, dropTable, restoreTable, truncate } from './tables.js';

/** Every alternative of the grammar's `statement` rule, and its builder. */
const STATEMENTS = new Alternatives<ParserRuleContext, Statement>('statement')
  // DML
  .on(P.SelectStatementContext, select)
  .on(P.InsertStatementContext, insert)
  .on(P.UpdateStatementContext, update)
  .on(P.DeleteStatementContext, deleteStatement)
  .on(P.BatchStatementContext, batch)
  // DDL
  .on(P.UseStatementContext, use)
  .on(P.TruncateStatementContext, truncate)
  .on(P.CreateKeyspaceStatementContext, createKeyspace)
  .on(P.AlterKeyspaceStatementContext, alterKeyspace)
  .on(P.DropKeyspaceStatementContext, dropKeyspace)
  .on(P.CreateTableStatementContext, createTable)
  .on(P.AlterTableStatementContext, alterTable)
  .on(P.DropTableStatementContext, dropTable)
  .on(P.CreateTypeStatementContext, createType)
  .on(P.AlterTypeStatementContext, alterType)
  .on(P.DropTypeStatementContext, dropType)
  .on(P.CreateIndexStatementContext, createIndex)
  .on(P.DropIndexStatementContext, dropIndex)
  .on(P.CreateMaterializedViewStatementContext, createMaterializedView)
  .on(P.AlterMaterializedViewStatementContext, alterMaterializedView)
  .on(P.DropMaterializedViewStatementContext, dropMaterializedView)
  .on(P.CreateFunctionStatementContext, createFunction)
  .on(P.DropFunctionStatementContext, dropFunction)
  .on(P.CreateAggregateStatementContext, createAggregate)
  .on(P.DropAggregateStatementContext, dropAggregate)
  .on(P.CreateTriggerStatementContext, createTrigger)
  .on(P.DropTriggerStatementContext, dropTrigger)
  .on(P.RestoreTableStatementContext, restoreTable)
  // security
  .on(P.CreateRoleStatementContext, createOrAlterRole)
  .on(P.AlterRoleStatementContext, createOrAlterRole)
  .on(P.DropRoleStatementContext, dropRole)
  .on(P.CreateUserStatementContext, createOrAlterUser)
  .on(P.AlterUserStatementContext, createOrAlterUser)
  .on(P.DropUserStatementContext, dropUser)
  .on(P.ListUsersStatementContext, listUsers)
  .on(P.AddIdentityStatementContext, addIdentity)
  .on(P.DropIdentityStatementContext, dropIdentity)
  .on(P.GrantRoleStatementContext, grantRole)
  .on(P.RevokeRoleStatementContext, revokeRole)
  .on(P.ListRolesStatementContext, listRoles)
  .on(P.GrantPermissionsStatementContext, grantPermissions)
  .on(P.RevokePermissionsStatementContext, revokePermissions)
  .on(P.ListPermissionsStatementContext, listPermissions)
  // DESCRIBE and cqlsh commands
  .on(P.DescribeStatementContext, describe)
  .on(P.ConsistencyStatementContext, consistency)
  .on(P.SerialConsistencyStatementContext, consistency)
  .on(P.CopyStatementContext, copy)
  .on(P.SourceStatementContext, source)
  .on(P.PagingStatementContext, paging)
  .on(P.TracingStatementContext, tracingOrExpand)
  .on(P.ExpandStatementContext, tracingOrExpand)
  .on(P.CaptureStatementContext, capture)
  .on(P.LoginStatementContext, login)
  .on(P.ClearStatementContext, clear);

/**
 * Build the AST of one statement.
 *
 * @param ctx the `singleStatement` or `statement` context of a parse without syntax errors.
 * @param positions maps the character indices of the parsed text (ANTLR's code-point indices)
 *   to script positions: `createPositionMapper(parsedText, originOfParsedTextInScript)`.
 * @throws AstBuildError when the tree has a shape the builder does not know (a parser/builder
 *   mismatch, never a user error).
 */
export function buildStatement(ctx: P.SingleStatementContext | P.StatementContext, positions: PositionMapper): Statement {
  const statement = ctx instanceof P.SingleStatementContext ? ctx.statement() : ctx;
  const inner = statement.getChild(0);
  if (!(inner instanceof ParserRuleContext)) throw new AstBuildError('statement', statement);
  return STATEMENTS.build(new BuildContext(positions), inner);
}
