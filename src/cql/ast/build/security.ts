/** Security statements from the parse tree: roles, users, identities, role grants, permissions and their resources. */
import type { Token } from 'antlr4ng';
import * as P from '../../generated/CqlParser.js';
import type { Expression, Identifier, Literal, Permission, Resource, RoleOption, Statement } from '../nodes.js';
import { Alternatives, AstBuildError, req, type BuildContext } from './context.js';
import { functionName, ident, qualified } from './names.js';
import { propertyMapLiteral } from './properties.js';
import { literalFromToken, signature, stringLiteral } from './terms.js';

// ───────────────────────────── roles and users ─────────────────────────────

export function createOrAlterRole(b: BuildContext, ctx: P.CreateRoleStatementContext | P.AlterRoleStatementContext): Statement {
  const range = b.range(ctx);
  const name = ident(b, req(ctx._role, 'role', ctx));
  const options = ctx.roleOptions()?.roleOption().map((o) => ROLE_OPTIONS.build(b, o)) ?? [];
  return ctx instanceof P.CreateRoleStatementContext
    ? { kind: 'CreateRole', range, ifNotExists: ctx.ifNotExists() !== null, name, options }
    : { kind: 'AlterRole', range, ifExists: ctx.ifExists() !== null, name, options };
}

export function dropRole(b: BuildContext, ctx: P.DropRoleStatementContext): Statement {
  return { kind: 'DropRole', range: b.range(ctx), ifExists: ctx.ifExists() !== null, name: ident(b, req(ctx._role, 'role', ctx)) };
}

export function createOrAlterUser(b: BuildContext, ctx: P.CreateUserStatementContext | P.AlterUserStatementContext): Statement {
  const range = b.range(ctx);
  const name = ident(b, req(ctx._user, 'user', ctx));
  const options = userOptions(b, ctx.userPassword());
  const superuser = isSuperuser(ctx._superuser);
  const stmt: Extract<Statement, { kind: 'CreateUser' | 'AlterUser' }> =
    ctx instanceof P.CreateUserStatementContext
      ? { kind: 'CreateUser', range, ifNotExists: ctx.ifNotExists() !== null, name, options }
      : { kind: 'AlterUser', range, ifExists: ctx.ifExists() !== null, name, options };
  if (superuser !== undefined) stmt.superuser = superuser;
  return stmt;
}

export function dropUser(b: BuildContext, ctx: P.DropUserStatementContext): Statement {
  return { kind: 'DropUser', range: b.range(ctx), ifExists: ctx.ifExists() !== null, name: ident(b, req(ctx._user, 'user', ctx)) };
}

export function listUsers(b: BuildContext, ctx: P.ListUsersStatementContext): Statement {
  return { kind: 'ListUsers', range: b.range(ctx) };
}

export function addIdentity(b: BuildContext, ctx: P.AddIdentityStatementContext): Statement {
  return {
    kind: 'AddIdentity',
    range: b.range(ctx),
    ifNotExists: ctx.ifNotExists() !== null,
    identity: identityValue(b, req(ctx._identity, 'identity', ctx)),
    role: ident(b, req(ctx._role, 'role', ctx)),
  };
}

export function dropIdentity(b: BuildContext, ctx: P.DropIdentityStatementContext): Statement {
  return {
    kind: 'DropIdentity',
    range: b.range(ctx),
    ifExists: ctx.ifExists() !== null,
    identity: identityValue(b, req(ctx._identity, 'identity', ctx)),
  };
}

function identityValue(b: BuildContext, ctx: P.IdentityNameContext): Literal | Identifier {
  const literal = ctx.STRING_LITERAL();
  return literal !== null ? stringLiteral(b, literal.symbol) : ident(b, ctx);
}

const accessSet = (b: BuildContext, c: P.RoleAccessDatacentersContext | P.RoleAccessCidrsContext): Expression => ({
  kind: 'SetLiteral',
  range: b.span(b.terminalRange(c.LBRACE()), b.terminalRange(c.RBRACE())),
  elements: c.STRING_LITERAL().map((s) => stringLiteral(b, s.symbol)),
});

function roleOption(b: BuildContext, ctx: P.RoleOptionContext, name: RoleOption['name'], value?: Expression): RoleOption {
  const range = b.range(ctx);
  return value === undefined ? { kind: 'RoleOption', range, name } : { kind: 'RoleOption', range, name, value };
}

const ROLE_OPTIONS = new Alternatives<P.RoleOptionContext, RoleOption>('role option')
  .on(P.RolePasswordContext, (b, c) => roleOption(b, c, 'password', stringLiteral(b, req(c._value, 'password', c))))
  .on(P.RoleHashedPasswordContext, (b, c) => roleOption(b, c, 'hashedPassword', stringLiteral(b, req(c._value, 'password', c))))
  .on(P.RoleCustomOptionsContext, (b, c) => roleOption(b, c, 'options', propertyMapLiteral(b, req(c._map, 'options', c))))
  .on(P.RoleSuperuserContext, (b, c) => roleOption(b, c, 'superuser', literalFromToken(b, req(c._value, 'value', c), 'boolean')))
  .on(P.RoleLoginContext, (b, c) => roleOption(b, c, 'login', literalFromToken(b, req(c._value, 'value', c), 'boolean')))
  .on(P.RoleAccessAllDatacentersContext, (b, c) => roleOption(b, c, 'accessToAllDatacenters'))
  .on(P.RoleAccessDatacentersContext, (b, c) => roleOption(b, c, 'accessToDatacenters', accessSet(b, c)))
  .on(P.RoleAccessAllCidrsContext, (b, c) => roleOption(b, c, 'accessFromAllCidrs'))
  .on(P.RoleAccessCidrsContext, (b, c) => roleOption(b, c, 'accessFromCidrs', accessSet(b, c)));

function userOptions(b: BuildContext, ctx: P.UserPasswordContext | null): RoleOption[] {
  if (ctx === null) return [];
  const range = b.range(ctx);
  if (ctx instanceof P.PlainPasswordContext) {
    return [{ kind: 'RoleOption', range, name: 'password', value: stringLiteral(b, req(ctx._password, 'password', ctx)) }];
  }
  if (ctx instanceof P.HashedPasswordContext) {
    return [{ kind: 'RoleOption', range, name: 'hashedPassword', value: stringLiteral(b, req(ctx._password, 'password', ctx)) }];
  }
  throw new AstBuildError('user password', ctx);
}

function isSuperuser(token: Token | null | undefined): boolean | undefined {
  if (token === null || token === undefined) return undefined;
  return token.type === P.CqlParser.K_SUPERUSER;
}

// ───────────────────────────── role grants ─────────────────────────────

export function grantRole(b: BuildContext, ctx: P.GrantRoleStatementContext): Statement {
  return { kind: 'GrantRole', range: b.range(ctx), role: ident(b, req(ctx._role, 'role', ctx)), grantee: ident(b, req(ctx._grantee, 'grantee', ctx)) };
}

export function revokeRole(b: BuildContext, ctx: P.RevokeRoleStatementContext): Statement {
  return { kind: 'RevokeRole', range: b.range(ctx), role: ident(b, req(ctx._role, 'role', ctx)), revokee: ident(b, req(ctx._revokee, 'revokee', ctx)) };
}

export function listRoles(b: BuildContext, ctx: P.ListRolesStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'ListRoles' }> = {
    kind: 'ListRoles',
    range: b.range(ctx),
    noRecursive: ctx._norecursive !== undefined && ctx._norecursive !== null,
  };
  if (ctx._role !== undefined) stmt.of = ident(b, ctx._role);
  return stmt;
}

// ───────────────────────────── permissions ─────────────────────────────

export function grantPermissions(b: BuildContext, ctx: P.GrantPermissionsStatementContext): Statement {
  return {
    kind: 'Grant',
    range: b.range(ctx),
    ...permissions(ctx.permissionOrAll()),
    resource: RESOURCES.build(b, ctx.resource()),
    role: ident(b, req(ctx._grantee, 'grantee', ctx)),
  };
}

export function revokePermissions(b: BuildContext, ctx: P.RevokePermissionsStatementContext): Statement {
  return {
    kind: 'Revoke',
    range: b.range(ctx),
    ...permissions(ctx.permissionOrAll()),
    resource: RESOURCES.build(b, ctx.resource()),
    role: ident(b, req(ctx._revokee, 'revokee', ctx)),
  };
}

export function listPermissions(b: BuildContext, ctx: P.ListPermissionsStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'ListPermissions' }> = {
    kind: 'ListPermissions',
    range: b.range(ctx),
    ...permissions(ctx.permissionOrAll()),
    noRecursive: ctx._norecursive !== undefined && ctx._norecursive !== null,
  };
  const resource = ctx.resource();
  if (resource !== null) stmt.resource = RESOURCES.build(b, resource);
  if (ctx._role !== undefined) stmt.of = ident(b, ctx._role);
  return stmt;
}

function permissions(ctx: P.PermissionOrAllContext): { all: boolean; permissions: Permission[] } {
  if (ctx instanceof P.AllPermissionsContext) return { all: true, permissions: [] };
  if (ctx instanceof P.PermissionListContext) {
    return { all: false, permissions: ctx.permission().map((p) => p.getText().toUpperCase() as Permission) };
  }
  throw new AstBuildError('permissions', ctx);
}

const RESOURCES = new Alternatives<P.ResourceContext, Resource>('resource')
  .on(P.AllKeyspacesResourceContext, (b, c) => ({ kind: 'Resource', range: b.range(c), type: 'allKeyspaces' }))
  .on(P.KeyspaceResourceContext, (b, c) => ({
    kind: 'Resource',
    range: b.range(c),
    type: 'keyspace',
    keyspace: ident(b, req(c._keyspace, 'keyspace', c)),
  }))
  .on(P.TableResourceContext, (b, c) => ({ kind: 'Resource', range: b.range(c), type: 'table', table: qualified(b, req(c._table, 'table', c)) }))
  .on(P.AllTablesResourceContext, (b, c) => ({
    kind: 'Resource',
    range: b.range(c),
    type: 'allTables',
    keyspace: ident(b, req(c._keyspace, 'keyspace', c)),
  }))
  .on(P.AllRolesResourceContext, (b, c) => ({ kind: 'Resource', range: b.range(c), type: 'allRoles' }))
  .on(P.RoleResourceContext, (b, c) => ({ kind: 'Resource', range: b.range(c), type: 'role', role: ident(b, req(c._role, 'role', c)) }))
  .on(P.AllFunctionsResourceContext, (b, c) => {
    const range = b.range(c);
    return c._keyspace === undefined
      ? { kind: 'Resource', range, type: 'allFunctions' }
      : { kind: 'Resource', range, type: 'allFunctions', keyspace: ident(b, c._keyspace) };
  })
  .on(P.FunctionResourceContext, (b, c) => ({
    kind: 'Resource',
    range: b.range(c),
    type: 'function',
    function: functionName(b, req(c._function_, 'function', c)),
    argTypes: signature(b, c._signature) ?? [],
  }))
  .on(P.AllMbeansResourceContext, (b, c) => ({ kind: 'Resource', range: b.range(c), type: 'allMbeans' }))
  .on(P.MbeanResourceContext, (b, c) => {
    const range = b.range(c);
    const mbean = stringLiteral(b, req(c._mbean, 'mbean', c));
    return req(c._kind, 'kind', c).type === P.CqlParser.K_MBEANS
      ? { kind: 'Resource', range, type: 'mbeans', mbean }
      : { kind: 'Resource', range, type: 'mbean', mbean };
  });
