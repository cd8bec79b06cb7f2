/** Security statements as CQL: roles, users, identities, role grants, permissions and their resources. */
import type { Identifier, Literal, Resource, RoleOption } from '../nodes.js';
import { ifExists, ifNotExists, list, type StatementPrinters } from './clauses.js';
import { printFunctionName, printIdentifier, printQualifiedName, printRoleName } from './names.js';
import { withClause } from './properties.js';
import { printExpression, printType } from './terms.js';

export function printRoleOption(o: RoleOption): string {
  const value = o.value === undefined ? '' : printExpression(o.value);
  switch (o.name) {
    case 'password':
      return `PASSWORD = ${value}`;
    case 'hashedPassword':
      return `HASHED PASSWORD = ${value}`;
    case 'generatedPassword':
      return 'GENERATED PASSWORD';
    case 'login':
      return `LOGIN = ${value}`;
    case 'superuser':
      return `SUPERUSER = ${value}`;
    case 'options':
      return `OPTIONS = ${value}`;
    case 'accessToDatacenters':
      return `ACCESS TO DATACENTERS ${value}`;
    case 'accessToAllDatacenters':
      return 'ACCESS TO ALL DATACENTERS';
    case 'accessFromCidrs':
      return `ACCESS FROM CIDRS ${value}`;
    case 'accessFromAllCidrs':
      return 'ACCESS FROM ALL CIDRS';
  }
}

/** User options have no `=`: `WITH PASSWORD 'x'`, `WITH HASHED PASSWORD 'x'`, `WITH GENERATED PASSWORD`. */
function printUserOptions(options: readonly RoleOption[], superuser: boolean | undefined): string {
  let out = '';
  for (const o of options) {
    const value = o.value === undefined ? '' : ` ${printExpression(o.value)}`;
    if (o.name === 'password') out += ` WITH PASSWORD${value}`;
    else if (o.name === 'hashedPassword') out += ` WITH HASHED PASSWORD${value}`;
    else if (o.name === 'generatedPassword') out += ' WITH GENERATED PASSWORD';
  }
  if (superuser !== undefined) out += superuser ? ' SUPERUSER' : ' NOSUPERUSER';
  return out;
}

export function printResource(r: Resource): string {
  switch (r.type) {
    case 'allKeyspaces':
      return 'ALL KEYSPACES';
    case 'keyspace':
      return `KEYSPACE ${printIdentifier(r.keyspace)}`;
    case 'table':
      return `TABLE ${printQualifiedName(r.table)}`;
    case 'allTables':
      return `ALL TABLES IN KEYSPACE ${printIdentifier(r.keyspace)}`;
    case 'allRoles':
      return 'ALL ROLES';
    case 'role':
      return `ROLE ${printRoleName(r.role)}`;
    case 'allFunctions':
      return r.keyspace === undefined ? 'ALL FUNCTIONS' : `ALL FUNCTIONS IN KEYSPACE ${printIdentifier(r.keyspace)}`;
    case 'function':
      return `FUNCTION ${printFunctionName(r.function)}(${list(r.argTypes, printType)})`;
    case 'allMbeans':
      return 'ALL MBEANS';
    case 'mbean':
      return `MBEAN ${r.mbean.text}`;
    case 'mbeans':
      return `MBEANS ${r.mbean.text}`;
  }
}

const printIdentity = (identity: Literal | Identifier): string =>
  identity.kind === 'Literal' ? identity.text : printRoleName(identity);

const permissions = (all: boolean, perms: readonly string[]): string => (all ? 'ALL PERMISSIONS' : perms.join(', '));

type SecurityKind =
  | 'CreateRole'
  | 'AlterRole'
  | 'DropRole'
  | 'CreateUser'
  | 'AlterUser'
  | 'DropUser'
  | 'Grant'
  | 'Revoke'
  | 'GrantRole'
  | 'RevokeRole'
  | 'ListPermissions'
  | 'ListRoles'
  | 'ListUsers'
  | 'ListSuperUsers'
  | 'AddIdentity'
  | 'DropIdentity';

export const SECURITY_PRINTERS: StatementPrinters<SecurityKind> = {
  CreateRole: (stmt) =>
    `CREATE ROLE${ifNotExists(stmt.ifNotExists)} ${printRoleName(stmt.name)}${withClause(stmt.options.map(printRoleOption))}`,
  AlterRole: (stmt) => `ALTER ROLE${ifExists(stmt.ifExists)} ${printRoleName(stmt.name)}${withClause(stmt.options.map(printRoleOption))}`,
  DropRole: (stmt) => `DROP ROLE${ifExists(stmt.ifExists)} ${printRoleName(stmt.name)}`,
  CreateUser: (stmt) =>
    `CREATE USER${ifNotExists(stmt.ifNotExists)} ${printRoleName(stmt.name)}${printUserOptions(stmt.options, stmt.superuser)}`,
  AlterUser: (stmt) => `ALTER USER${ifExists(stmt.ifExists)} ${printRoleName(stmt.name)}${printUserOptions(stmt.options, stmt.superuser)}`,
  DropUser: (stmt) => `DROP USER${ifExists(stmt.ifExists)} ${printRoleName(stmt.name)}`,

  Grant: (stmt) => `GRANT ${permissions(stmt.all, stmt.permissions)} ON ${printResource(stmt.resource)} TO ${printRoleName(stmt.role)}`,
  Revoke: (stmt) =>
    `REVOKE ${permissions(stmt.all, stmt.permissions)} ON ${printResource(stmt.resource)} FROM ${printRoleName(stmt.role)}`,
  GrantRole: (stmt) => `GRANT ${printRoleName(stmt.role)} TO ${printRoleName(stmt.grantee)}`,
  RevokeRole: (stmt) => `REVOKE ${printRoleName(stmt.role)} FROM ${printRoleName(stmt.revokee)}`,
  ListPermissions: (stmt) => {
    let out = `LIST ${permissions(stmt.all, stmt.permissions)}`;
    if (stmt.resource !== undefined) out += ` ON ${printResource(stmt.resource)}`;
    if (stmt.of !== undefined) out += ` OF ${printRoleName(stmt.of)}`;
    return stmt.noRecursive ? `${out} NORECURSIVE` : out;
  },
  ListRoles: (stmt) => {
    let out = 'LIST ROLES';
    if (stmt.of !== undefined) out += ` OF ${printRoleName(stmt.of)}`;
    return stmt.noRecursive ? `${out} NORECURSIVE` : out;
  },
  ListUsers: () => 'LIST USERS',
  ListSuperUsers: () => 'LIST SUPERUSERS',
  AddIdentity: (stmt) =>
    `ADD IDENTITY${ifNotExists(stmt.ifNotExists)} ${printIdentity(stmt.identity)} TO ROLE ${printRoleName(stmt.role)}`,
  DropIdentity: (stmt) => `DROP IDENTITY${ifExists(stmt.ifExists)} ${printIdentity(stmt.identity)}`,
};
