import type { Identifier, QualifiedName, Statement } from '../cql/ast/nodes.js';
import { identifier } from '../cql/ast/make.js';
import { printIdentifier, printStatement } from '../cql/ast/print.js';
import { CASSANDRA_ONLY_KEYSPACES } from '../catalog/catalog.js';
import type { SessionStatement } from '../catalog/session.js';
import { renderTemplate } from '../rules/schema.js';
import type { ConvertContext } from './context.js';

/** Statement kinds Keyspaces has no equivalent for, and the rule that explains each. */
const OMITTED_KINDS: Partial<Record<Statement['kind'], string>> = {
  CreateIndex: 'secondary-index',
  CreateMaterializedView: 'materialized-view',
  CreateFunction: 'user-defined-function',
  CreateAggregate: 'user-defined-aggregate',
  CreateTrigger: 'trigger',
  CreateRole: 'security-statement',
  AlterRole: 'security-statement',
  CreateUser: 'security-statement',
  AlterUser: 'security-statement',
  Grant: 'security-statement',
  GrantRole: 'security-statement',
  AddIdentity: 'security-statement',
};

/** A statement the target schema leaves out, and the note that says why. */
export interface OmittedStatement {
  /** The keyspace of the object it creates or indexes, when it has one. */
  keyspace: string | undefined;
  /** Its `ordinal` in the input. */
  ordinal: number;
  note: string;
}

/** The statements Keyspaces has no equivalent for (indexes, views, functions, triggers, roles, grants), each with its note. */
export function omittedStatements(session: Iterable<SessionStatement>, ctx: ConvertContext): OmittedStatement[] {
  const out: OmittedStatement[] = [];
  for (const { statement, keyspace, ordinal } of session) {
    const ruleName = OMITTED_KINDS[statement.kind];
    if (ruleName === undefined) continue;
    const label = firstLine(printStatement(withoutSecrets(statement)));
    const owner = 'table' in statement && isQualifiedName(statement.table) ? statement.table : 'name' in statement && isQualifiedName(statement.name) ? statement.name : undefined;
    out.push({ keyspace: owner === undefined ? undefined : owner.keyspace?.text ?? keyspace, ordinal, note: renderTemplate(ctx.wording.omitted, { object: label, ...ctx.cite(ruleName) }) });
  }
  return out;
}

/** The note for a table or type the input names no keyspace for. */
export function noKeyspaceNote(what: 'table' | 'type', name: Identifier, ctx: ConvertContext): string {
  return renderTemplate(ctx.wording.noKeyspace, { object: `${what} ${printIdentifier(name)}`, name: printIdentifier(name) });
}

/**
 * The note for a keyspace or table whose name Keyspaces does not accept (KS5004), left out with
 * the tables and types in it: ksmig does not rename objects behind the user's back, since their
 * queries name them.
 */
export function invalidNameNote(object: { keyspace: string; table?: string }, inside: { tables: readonly string[]; types: readonly string[] }, ctx: ConvertContext): string {
  const name = object.table ?? object.keyspace;
  const quoted = (text: string): string => printIdentifier(identifier(text));
  const contents = [...inside.tables.map((t) => `table ${quoted(t)}`), ...inside.types.map((t) => `type ${quoted(t)}`)];
  return renderTemplate(ctx.wording.invalidName, {
    object: object.table === undefined ? `keyspace ${quoted(object.keyspace)}` : `table ${quoted(object.keyspace)}.${quoted(object.table)}`,
    name,
    length: name.length,
    contents: contents.length === 0 ? '' : renderTemplate(ctx.wording.invalidNameContents, { objects: contents.join(', ') }),
    ...ctx.cite('invalid-name'),
  });
}

/**
 * The note for a system keyspace, left out with the tables and types the input defines in it:
 * Cassandra's own (KS1801 for those Keyspaces lacks) or one of Keyspaces' read-only ones (KS1802).
 */
export function systemKeyspaceNote(keyspace: string, inside: { tables: readonly string[]; types: readonly string[] }, ctx: ConvertContext): string {
  const quoted = (text: string): string => printIdentifier(identifier(text));
  const contents = [...inside.tables.map((t) => `table ${quoted(t)}`), ...inside.types.map((t) => `type ${quoted(t)}`)];
  return renderTemplate(ctx.wording.systemKeyspace, {
    keyspace: quoted(keyspace),
    contents: contents.length === 0 ? '' : renderTemplate(ctx.wording.invalidNameContents, { objects: contents.join(', ') }),
    ...ctx.cite(CASSANDRA_ONLY_KEYSPACES.has(keyspace) ? 'cassandra-system-keyspace' : 'read-only-system-keyspace'),
  });
}

function isQualifiedName(value: unknown): value is QualifiedName {
  return typeof value === 'object' && value !== null && (value as { kind?: string }).kind === 'QualifiedName';
}

/** Role and user statements lose their options (passwords among them) before they are quoted in a comment. */
function withoutSecrets(stmt: Statement): Statement {
  switch (stmt.kind) {
    case 'CreateRole':
    case 'AlterRole':
    case 'CreateUser':
    case 'AlterUser':
      return { ...stmt, options: [] };
    default:
      return stmt;
  }
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
