/**
 * Statement-policy checks on schema statements: statement kinds Keyspaces does not have, keyspace
 * replication and durable_writes, column types, ALTER TABLE forms and custom-property changes.
 */
import { AWS_REGION_NAME, NO_MULTI_REGION_REGION } from '../../keyspaces/regions.js';
import { collectionDepth } from '../../cql/ast/types.js';
import { printType } from '../../cql/ast/print.js';
import { decodeMap, literalText } from '../../cql/ast/properties.js';
import type { DecodedMap } from '../../cql/ast/properties.js';
import type { ColumnDefinition, CqlType, PropertyMap, Statement } from '../../cql/ast/nodes.js';
import { walk } from '../../cql/ast/walk.js';
import { reject } from './rejections.js';
import type { Rejection } from './errors.js';
import { resolveTable } from './policy-context.js';
import type { PolicyContext } from './policy-context.js';

const securityKinds = new Set<Statement['kind']>([
  'CreateRole', 'AlterRole', 'DropRole', 'CreateUser', 'AlterUser', 'DropUser', 'Grant', 'Revoke', 'GrantRole',
  'RevokeRole', 'ListPermissions', 'ListRoles', 'ListUsers', 'ListSuperUsers', 'AddIdentity', 'DropIdentity',
]);

// ───────────────────────── statement kinds Keyspaces lacks ─────────────────────────

/** The rejection for statement kinds Keyspaces does not have (indexes, views, UDF/UDA, triggers, security, TRUNCATE, ALTER TYPE). */
export function unsupportedStatement(stmt: Statement): Rejection | undefined {
  if (securityKinds.has(stmt.kind)) return reject('security', { statement: securityStatementName(stmt) });
  switch (stmt.kind) {
    case 'CreateIndex':
    case 'DropIndex':
      return reject('secondary-index');
    case 'CreateMaterializedView':
    case 'AlterMaterializedView':
    case 'DropMaterializedView':
      return reject('materialized-view');
    case 'CreateFunction':
    case 'DropFunction':
      return reject('user-defined-function');
    case 'CreateAggregate':
    case 'DropAggregate':
      return reject('user-defined-aggregate');
    case 'CreateTrigger':
    case 'DropTrigger':
      return reject('trigger');
    case 'Truncate':
      return reject('truncate');
    case 'AlterType':
      return reject('alter-type');
    default:
      return undefined;
  }
}

function securityStatementName(stmt: Statement): string {
  const words: Partial<Record<Statement['kind'], string>> = {
    CreateRole: 'CREATE ROLE', AlterRole: 'ALTER ROLE', DropRole: 'DROP ROLE', CreateUser: 'CREATE USER',
    AlterUser: 'ALTER USER', DropUser: 'DROP USER', Grant: 'GRANT', Revoke: 'REVOKE', GrantRole: 'GRANT',
    RevokeRole: 'REVOKE', ListPermissions: 'LIST PERMISSIONS', ListRoles: 'LIST ROLES', ListUsers: 'LIST USERS',
    ListSuperUsers: 'LIST SUPERUSERS', AddIdentity: 'ADD IDENTITY', DropIdentity: 'DROP IDENTITY',
  };
  return words[stmt.kind] ?? stmt.kind;
}

// ───────────────────────── schema statements ─────────────────────────

/** Keyspaces' DDL rules for `WITH replication = …` and `durable_writes`. */
export function checkKeyspaceProperties(properties: PropertyMap): Rejection | undefined {
  const durable = properties.properties['durable_writes']?.value;
  if (literalText(durable)?.toLowerCase() === 'false') return reject('durable-writes');
  const replication = properties.properties['replication']?.value;
  if (replication === undefined || replication.kind !== 'MapLiteral') return undefined;
  return checkReplication(scalarEntries(decodeMap(replication)));
}

/**
 * Checks a replication map (entries as text) against what Keyspaces accepts. Like every rejection
 * here it follows the rule set's errors: a data-centre name that is not a Region (KS4007), a
 * GovCloud or China Region (KS4017) and a class Keyspaces does not offer (KS4006) are refused; SimpleStrategy (KS4005) and a replication
 * factor other than 3 (KS4008) are warnings there — AWS documents neither outcome — so they pass.
 */
export function checkReplication(entries: Record<string, string>): Rejection | undefined {
  const className = replicationClass(entries);
  if (className === 'SingleRegionStrategy' || className === 'SimpleStrategy') return undefined;
  if (className === 'NetworkTopologyStrategy') {
    for (const key of Object.keys(entries)) {
      if (key === 'class') continue;
      if (!AWS_REGION_NAME.test(key)) return reject('replication', { detail: `with data center '${key}' (not an AWS Region)` });
      if (NO_MULTI_REGION_REGION.test(key)) return reject('multi-region-unsupported-region', { region: key });
    }
    return undefined;
  }
  return reject('replication', { detail: `class ${className ?? '(none)'}` });
}

/** The replication class without Cassandra's package prefix. */
export function replicationClass(entries: Record<string, string>): string | undefined {
  return entries['class']?.replace(/^org\.apache\.cassandra\.locator\./, '');
}

/** Column definitions of CREATE TABLE / ALTER TABLE ADD: no masks, no unsupported types. */
export function checkColumns(columns: readonly ColumnDefinition[]): Rejection | undefined {
  if (columns.some((c) => c.mask !== undefined)) return reject('data-masking');
  return firstOf(columns.map((c) => checkType(c.type)));
}

/** Refuses `duration`, `vector<…>` and custom types, however deeply nested, and collections nested over 8 levels. */
export function checkType(type: CqlType): Rejection | undefined {
  let found: CqlType | undefined;
  walk(type, {
    NativeType(node) {
      if (node.name === 'duration') found ??= node;
    },
    VectorType(node) {
      found ??= node;
      return false;
    },
    CustomType(node) {
      found ??= node;
    },
  });
  if (found !== undefined) return reject('unsupported-type', { type: printType(found) });
  const depth = collectionDepth(type);
  return depth > maxNestingDepth ? reject('nesting-depth', { type: printType(type), depth }) : undefined;
}

/** Keyspaces' default limit on nested collections (keyspaces-facts §10, §15). */
const maxNestingDepth = 8;

/** Keyspace and table names Keyspaces accepts (keyspaces-facts §12). */
export const namePattern = /^[a-zA-Z0-9][a-zA-Z0-9_]{0,47}$/;

/** Refuses a keyspace or table name Keyspaces would not accept. */
export function checkName(name: string): Rejection | undefined {
  return namePattern.test(name) ? undefined : reject('invalid-name', { name });
}

/** ALTER TABLE: only ADD, tags and WITH; custom properties one at a time and never switched off. */
export function checkAlterTable(stmt: Extract<Statement, { kind: 'AlterTable' }>, ctx: PolicyContext): Rejection | undefined {
  const action = stmt.action;
  switch (action.kind) {
    case 'AlterTableDrop':
      return reject('alter-table', { action: 'DROP' });
    case 'AlterTableRename':
      return reject('alter-table', { action: 'RENAME' });
    case 'AlterTableAlterType':
      return reject('alter-table', { action: 'ALTER … TYPE' });
    case 'AlterTableMask':
    case 'AlterTableDropMask':
      return reject('alter-table', { action: 'MASKED' });
    case 'AlterTableDropCompactStorage':
      return reject('alter-table', { action: 'DROP COMPACT STORAGE' });
    case 'AlterTableAdd':
      return checkColumns(action.columns);
    case 'AlterTableWith': {
      const custom = action.properties.properties['custom_properties']?.value;
      if (custom === undefined || custom.kind !== 'MapLiteral') return undefined;
      const names = custom.entries.map((e) => literalText(e.key));
      if (names.length > 1) return reject('one-custom-property');
      const target = resolveTable(stmt.name, ctx);
      if (target === undefined) return undefined;
      const features = ctx.state.features(target.keyspace, target.table);
      for (const entry of custom.entries) {
        const name = literalText(entry.key);
        const fields = entry.value.kind === 'MapLiteral' ? decodeMap(entry.value) : {};
        const status = typeof fields['status'] === 'string' ? fields['status'].toLowerCase() : undefined;
        if (status !== 'disabled') continue;
        if (name === 'ttl' && features.ttl) return reject('feature-irreversible', { feature: 'TTL' });
        if (name === 'client_side_timestamps' && features.clientSideTimestamps) {
          return reject('feature-irreversible', { feature: 'Client-side timestamps' });
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** A decoded map's scalar entries (nested maps left out). */
export function scalarEntries(map: DecodedMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) if (typeof value === 'string') out[key] = value;
  return out;
}

/** The first rejection of a list, if any. */
export function firstOf(rejections: readonly (Rejection | undefined)[]): Rejection | undefined {
  return rejections.find((r) => r !== undefined);
}

