/**
 * Canonical CQL from the AST alone (never from source text): keywords upper-case, types and
 * unquoted names lower-case, identifiers double-quoted only when they must be (or were), literals
 * re-emitted exactly as written, `WITH` properties in a stable order. One statement, no `;`.
 *
 * Contract: for any statement `s` built by the parser, parsing `printStatement(s)` yields an AST
 * equal to `s` apart from source ranges.
 */
import type {
  AlterTableAction,
  AlterTypeAction,
  Assignment,
  AstNode,
  BatchChild,
  ClusteringOrder,
  ColumnDefinition,
  ColumnMask,
  Condition,
  CqlType,
  Expression,
  Identifier,
  InList,
  Literal,
  Ordering,
  PrimaryKey,
  Property,
  PropertyMap,
  PropertyValue,
  QualifiedName,
  Resource,
  RoleOption,
  Selector,
  Statement,
  TagsChange,
  UsingClause,
  WhereRelation,
} from './nodes.js';

/**
 * Cassandra 5.0's reserved keywords: as names they must be double-quoted. Every other keyword
 * is usable unquoted, so quoting it would change `Identifier.quoted` on re-parse.
 */
export const RESERVED_KEYWORDS: ReadonlySet<string> = new Set([
  'add', 'allow', 'alter', 'and', 'apply', 'asc', 'authorize', 'batch', 'begin', 'by', 'columnfamily', 'create',
  'delete', 'desc', 'describe', 'drop', 'entries', 'execute', 'from', 'full', 'grant', 'if', 'in', 'index',
  'infinity', 'insert', 'into', 'is', 'keyspace', 'limit', 'materialized', 'modify', 'nan', 'norecursive', 'not',
  'null', 'of', 'on', 'or', 'order', 'primary', 'rename', 'revoke', 'schema', 'select', 'set', 'table', 'to',
  'token', 'truncate', 'unlogged', 'update', 'use', 'using', 'view', 'where', 'with',
]);

/** Words the lexer reads as literals, so they can never be bare names. */
const LITERAL_WORDS: ReadonlySet<string> = new Set(['true', 'false']);

/** Reserved words that are still accepted unquoted as function names (`token(…)`). */
const FUNCTION_NAME_KEYWORDS: ReadonlySet<string> = new Set(['token']);

/** Unreserved words with a meaning of their own before `(`: bare, they would not be a function name. */
const NOT_FUNCTION_NAMES: ReadonlySet<string> = new Set(['ttl', 'writetime', 'maxwritetime', 'cast', 'json', 'distinct', 'key', 'expr']);

const NATIVE_TYPE_NAMES: ReadonlySet<string> = new Set([
  'ascii', 'bigint', 'blob', 'boolean', 'counter', 'date', 'decimal', 'double', 'duration', 'float', 'inet', 'int',
  'smallint', 'text', 'time', 'timestamp', 'timeuuid', 'tinyint', 'uuid', 'varchar', 'varint',
]);

/** Words that, bare, would not be read as a user type name (native types, function-like keywords). */
const NOT_TYPE_NAMES: ReadonlySet<string> = new Set([
  ...NATIVE_TYPE_NAMES, 'ttl', 'count', 'writetime', 'maxwritetime', 'cast', 'json', 'distinct',
]);

const PLAIN_NAME = /^[a-z][a-z0-9_]*$/;

/** True when `text` can only be written as a name in double quotes. */
export function needsQuoting(text: string): boolean {
  return !PLAIN_NAME.test(text) || RESERVED_KEYWORDS.has(text) || LITERAL_WORDS.has(text);
}

/** `"text"` with embedded `"` doubled. */
export function quoteName(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** `'text'` with embedded `'` doubled. */
export function quoteString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A name as CQL: bare when possible, double-quoted when it was quoted or must be. */
export function printIdentifier(id: Identifier): string {
  return id.quoted || needsQuoting(id.text) ? quoteName(id.text) : id.text;
}

/** `keyspace.name` or `name`. */
export function printQualifiedName(name: QualifiedName): string {
  return name.keyspace === undefined
    ? printIdentifier(name.name)
    : `${printIdentifier(name.keyspace)}.${printIdentifier(name.name)}`;
}

function printFunctionName(name: QualifiedName): string {
  const bare = name.name;
  let fn: string;
  if (!bare.quoted && FUNCTION_NAME_KEYWORDS.has(bare.text)) fn = bare.text;
  else if (NOT_FUNCTION_NAMES.has(bare.text)) fn = quoteName(bare.text);
  else fn = printIdentifier(bare);
  return name.keyspace === undefined ? fn : `${printIdentifier(name.keyspace)}.${fn}`;
}

function printTypeName(name: QualifiedName): string {
  const type = NOT_TYPE_NAMES.has(name.name.text) ? quoteName(name.name.text) : printIdentifier(name.name);
  return name.keyspace === undefined ? type : `${printIdentifier(name.keyspace)}.${type}`;
}

/** Role and user names: a quoted name is written as a string literal (the form every role statement accepts). */
function printRoleName(id: Identifier): string {
  return id.quoted ? quoteString(id.text) : printIdentifier(id);
}

const list = <T>(items: readonly T[], print: (item: T) => string): string => items.map(print).join(', ');

// ───────────────────────────── types ─────────────────────────────

/** A CQL type: `map<text, frozen<list<int>>>`, `vector<float, 3>`, `ks.udt`, `'class.Name'`. */
export function printType(type: CqlType): string {
  switch (type.kind) {
    case 'NativeType':
      return type.name;
    case 'ListType':
      return `list<${printType(type.element)}>`;
    case 'SetType':
      return `set<${printType(type.element)}>`;
    case 'MapType':
      return `map<${printType(type.key)}, ${printType(type.value)}>`;
    case 'FrozenType':
      return `frozen<${printType(type.inner)}>`;
    case 'TupleType':
      return `tuple<${list(type.elements, printType)}>`;
    case 'VectorType':
      return `vector<${printType(type.element)}, ${type.dimension}>`;
    case 'UserType':
      return printTypeName(type.name);
    case 'CustomType':
      return quoteString(type.className);
  }
}

// ───────────────────────────── expressions ─────────────────────────────

/** A term or selector expression. */
export function printExpression(expr: Expression): string {
  switch (expr.kind) {
    case 'Literal':
      return expr.text;
    case 'BindMarker':
      return expr.name === undefined ? '?' : `:${printIdentifier(expr.name)}`;
    case 'ColumnRef':
      return printIdentifier(expr.name);
    case 'ListLiteral':
      return `[${list(expr.elements, printExpression)}]`;
    case 'SetLiteral':
      return `{${list(expr.elements, printExpression)}}`;
    case 'MapLiteral':
      return `{${list(expr.entries, (e) => `${printExpression(e.key)}: ${printExpression(e.value)}`)}}`;
    case 'TupleLiteral':
      return `(${list(expr.elements, printExpression)})`;
    case 'UdtLiteral':
      return `{${list(expr.fields, (f) => `${printIdentifier(f.name)}: ${printExpression(f.value)}`)}}`;
    case 'FunctionCall':
      return `${printFunctionName(expr.name)}(${list(expr.args, printExpression)})`;
    case 'Wildcard':
      return '*';
    case 'WritetimeTtl':
      return `${expr.function.toUpperCase()}(${printExpression(expr.argument)})`;
    case 'Cast':
      return `CAST(${printExpression(expr.value)} AS ${printType(expr.type)})`;
    case 'TypeHint':
      return `(${printType(expr.type)}) ${printExpression(expr.value)}`;
    case 'Arithmetic':
      return `${printExpression(expr.left)} ${expr.operator} ${printExpression(expr.right)}`;
    case 'Negation':
      // Always spaced: `-1`, `-NaN`, `-Infinity`, `-P1D` would lex as negative literals, `--` as a comment.
      return `- ${printExpression(expr.operand)}`;
    case 'FieldAccess': {
      const target = printExpression(expr.target);
      // After a number, `.f` would be read as its decimal point (`42.f`, `(int) 3..f`).
      const last = rightmostLeaf(expr.target);
      const spaced = last.kind === 'Literal' && (last.type === 'integer' || last.type === 'float');
      return `${target}${spaced ? ' ' : ''}.${printIdentifier(expr.field)}`;
    }
    case 'ElementAccess':
      return `${printExpression(expr.target)}[${printExpression(expr.index)}]`;
    case 'SliceAccess': {
      const from = expr.from === undefined ? '' : printExpression(expr.from);
      const to = expr.to === undefined ? '' : printExpression(expr.to);
      // A float like `3.` right before `..` would lex as `3..` followed by a stray `.`.
      return `${printExpression(expr.target)}[${from}${from.endsWith('.') ? ' ' : ''}..${to}]`;
    }
  }
}

/** The expression whose text ends `expr`'s printed text (what a following token touches). */
function rightmostLeaf(expr: Expression): Expression {
  switch (expr.kind) {
    case 'TypeHint':
      return rightmostLeaf(expr.value);
    case 'Negation':
      return rightmostLeaf(expr.operand);
    case 'Arithmetic':
      return rightmostLeaf(expr.right);
    default:
      return expr;
  }
}

function printValueOrIn(value: Expression | InList): string {
  return value.kind === 'InList' ? `(${list(value.values, printExpression)})` : printExpression(value);
}

function printRelation(rel: WhereRelation): string {
  if (rel.kind === 'IndexExpression') {
    return `expr(${printQualifiedName(rel.index)}, ${printExpression(rel.value)})`;
  }
  const left = printExpression(rel.left);
  if (rel.right === undefined) return `${left} ${rel.operator}`;
  return `${left} ${rel.operator} ${printValueOrIn(rel.right)}`;
}

function printCondition(cond: Condition): string {
  return `${printExpression(cond.left)} ${cond.operator} ${printValueOrIn(cond.right)}`;
}

function printAssignment(a: Assignment): string {
  const target = printExpression(a.target);
  const value = printExpression(a.value);
  switch (a.operation) {
    case 'set':
      return `${target} = ${value}`;
    case 'add':
      return a.compound ? `${target} += ${value}` : `${target} = ${target} + ${value}`;
    case 'subtract':
      return a.compound ? `${target} -= ${value}` : `${target} = ${target} - ${value}`;
    case 'prepend':
      return `${target} = ${value} + ${target}`;
  }
}

function printSelector(s: Selector): string {
  const expr = printExpression(s.expression);
  return s.alias === undefined ? expr : `${expr} AS ${printIdentifier(s.alias)}`;
}

function printOrdering(o: Ordering): string {
  let out = printIdentifier(o.column);
  if (o.annOf !== undefined) out += ` ANN OF ${printExpression(o.annOf)}`;
  if (o.direction !== undefined) out += ` ${o.direction}`;
  return out;
}

const where = (relations: readonly WhereRelation[]): string =>
  relations.length === 0 ? '' : ` WHERE ${relations.map(printRelation).join(' AND ')}`;

function printUsing(using: UsingClause | undefined): string {
  if (using === undefined) return '';
  const parts: string[] = [];
  if (using.ttl !== undefined) parts.push(`TTL ${printExpression(using.ttl)}`);
  if (using.timestamp !== undefined) parts.push(`TIMESTAMP ${printExpression(using.timestamp)}`);
  return parts.length === 0 ? '' : ` USING ${parts.join(' AND ')}`;
}

function printIf(ifExists: boolean, conditions: readonly Condition[]): string {
  if (ifExists) return ' IF EXISTS';
  return conditions.length === 0 ? '' : ` IF ${conditions.map(printCondition).join(' AND ')}`;
}

// ───────────────────────────── properties ─────────────────────────────

/** Properties printed first, in this order; the rest follow alphabetically. */
const LEADING_PROPERTIES = ['replication', 'durable_writes'];

/** The properties of a `WITH` clause in their canonical order. */
export function orderedProperties(map: PropertyMap): Property[] {
  const rank = (name: string): number => {
    const i = LEADING_PROPERTIES.indexOf(name);
    return i === -1 ? LEADING_PROPERTIES.length : i;
  };
  return Object.entries(map.properties)
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, property]) => property);
}

function printPropertyValue(value: PropertyValue): string {
  return value.kind === 'Identifier' ? printIdentifier(value) : printExpression(value);
}

/** `name = value` items of a WITH clause, in canonical order. */
export function printProperties(map: PropertyMap | undefined): string[] {
  if (map === undefined) return [];
  return orderedProperties(map).map((p) => `${printIdentifier(p.name)} = ${printPropertyValue(p.value)}`);
}

/** cqlsh COPY options: any word is a valid name (`NULL`, `HEADER`), so names stay bare, upper-case as cqlsh documents them. */
function printCopyOptions(map: PropertyMap | undefined): string[] {
  if (map === undefined) return [];
  const word = (id: Identifier): string => (id.quoted ? quoteName(id.text) : id.text);
  return orderedProperties(map).map((p) => {
    const name = p.name.quoted ? quoteName(p.name.text) : p.name.text.toUpperCase();
    return `${name} = ${p.value.kind === 'Identifier' ? word(p.value) : printExpression(p.value)}`;
  });
}

const withClause = (items: readonly string[], separator = ' AND '): string =>
  items.length === 0 ? '' : ` WITH ${items.join(separator)}`;

// ───────────────────────────── tables ─────────────────────────────

function printMask(mask: ColumnMask): string {
  return mask.function === undefined
    ? 'MASKED WITH DEFAULT'
    : `MASKED WITH ${printFunctionName(mask.function)}(${list(mask.args, printExpression)})`;
}

function printColumnDefinition(c: ColumnDefinition): string {
  let out = `${printIdentifier(c.name)} ${printType(c.type)}`;
  if (c.static) out += ' STATIC';
  if (c.mask !== undefined) out += ` ${printMask(c.mask)}`;
  if (c.primaryKey) out += ' PRIMARY KEY';
  return out;
}

function printPrimaryKey(pk: PrimaryKey): string {
  const partition =
    pk.partitionKey.length === 1 ? list(pk.partitionKey, printIdentifier) : `(${list(pk.partitionKey, printIdentifier)})`;
  return `PRIMARY KEY (${[partition, ...pk.clusteringColumns.map(printIdentifier)].join(', ')})`;
}

function printClusteringOrder(order: readonly ClusteringOrder[]): string[] {
  if (order.length === 0) return [];
  return [`CLUSTERING ORDER BY (${list(order, (o) => `${printIdentifier(o.column)} ${o.direction}`)})`];
}

/** The `WITH` items of a table or view: clustering order, compact storage, then properties. */
function tableOptions(
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

const TABLE_WITH_SEPARATOR = '\n    AND ';

function printTags(change: TagsChange): string {
  return `${change.operation === 'add' ? 'ADD' : 'DROP'} TAGS ${printExpression(change.tags)}`;
}

function printAlterTableAction(action: AlterTableAction): string {
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

function printAlterTypeAction(action: AlterTypeAction): string {
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

// ───────────────────────────── security ─────────────────────────────

function printRoleOption(o: RoleOption): string {
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

function printResource(r: Resource): string {
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

const permissions = (all: boolean, perms: readonly string[]): string =>
  all ? 'ALL PERMISSIONS' : perms.join(', ');

// ───────────────────────────── statements ─────────────────────────────

const ifNotExists = (flag: boolean): string => (flag ? ' IF NOT EXISTS' : '');
const ifExists = (flag: boolean): string => (flag ? ' IF EXISTS' : '');

function printBatchChild(stmt: BatchChild): string {
  return printStatement(stmt);
}

/** One statement as canonical CQL, without a trailing `;`. */
export function printStatement(stmt: Statement): string {
  switch (stmt.kind) {
    case 'CreateKeyspace':
      return `CREATE KEYSPACE${ifNotExists(stmt.ifNotExists)} ${printIdentifier(stmt.name)}${withClause(
        printProperties(stmt.properties),
      )}`;
    case 'AlterKeyspace': {
      let out = `ALTER KEYSPACE${ifExists(stmt.ifExists)} ${printIdentifier(stmt.name)}`;
      if (stmt.properties !== undefined) out += withClause(printProperties(stmt.properties));
      if (stmt.tags !== undefined) out += ` ${printTags(stmt.tags)}`;
      return out;
    }
    case 'DropKeyspace':
      return `DROP KEYSPACE${ifExists(stmt.ifExists)} ${printIdentifier(stmt.name)}`;

    case 'CreateTable': {
      const items = stmt.columns.map(printColumnDefinition);
      if (stmt.primaryKey !== undefined && !stmt.primaryKey.inline) items.push(printPrimaryKey(stmt.primaryKey));
      const head = `CREATE TABLE${ifNotExists(stmt.ifNotExists)} ${printQualifiedName(stmt.name)} (\n    ${items.join(
        ',\n    ',
      )}\n)`;
      return head + withClause(tableOptions(stmt.clusteringOrder, stmt.compactStorage, stmt.properties), TABLE_WITH_SEPARATOR);
    }
    case 'AlterTable':
      return `ALTER TABLE${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)} ${printAlterTableAction(stmt.action)}`;
    case 'DropTable':
      return `DROP TABLE${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)}`;

    case 'CreateType':
      return `CREATE TYPE${ifNotExists(stmt.ifNotExists)} ${printTypeName(stmt.name)} (\n    ${stmt.fields
        .map((f) => `${printIdentifier(f.name)} ${printType(f.type)}`)
        .join(',\n    ')}\n)`;
    case 'AlterType':
      return `ALTER TYPE${ifExists(stmt.ifExists)} ${printTypeName(stmt.name)} ${printAlterTypeAction(stmt.action)}`;
    case 'DropType':
      return `DROP TYPE${ifExists(stmt.ifExists)} ${printTypeName(stmt.name)}`;

    case 'CreateIndex': {
      let out = `CREATE${stmt.custom ? ' CUSTOM' : ''} INDEX${ifNotExists(stmt.ifNotExists)}`;
      if (stmt.name !== undefined) out += ` ${printIdentifier(stmt.name)}`;
      const targets = stmt.targets.map((t) =>
        t.type === 'simple' ? printIdentifier(t.column) : `${t.type.toUpperCase()}(${printIdentifier(t.column)})`,
      );
      out += ` ON ${printQualifiedName(stmt.table)} (${targets.join(', ')})`;
      if (stmt.using !== undefined) out += ` USING ${stmt.using.text}`;
      return out + withClause(printProperties(stmt.properties));
    }
    case 'DropIndex':
      return `DROP INDEX${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)}`;

    case 'CreateMaterializedView': {
      const selectors = stmt.wildcard ? '*' : list(stmt.selectors, printSelector);
      const options = tableOptions(stmt.clusteringOrder, stmt.compactStorage, stmt.properties);
      return (
        `CREATE MATERIALIZED VIEW${ifNotExists(stmt.ifNotExists)} ${printQualifiedName(stmt.name)} AS\n` +
        `    SELECT ${selectors} FROM ${printQualifiedName(stmt.baseTable)}` +
        (stmt.where.length === 0 ? '' : `\n    WHERE ${stmt.where.map(printRelation).join(' AND ')}`) +
        `\n    ${printPrimaryKey(stmt.primaryKey)}` +
        (options.length === 0 ? '' : `\n   ${withClause(options, TABLE_WITH_SEPARATOR)}`)
      );
    }
    case 'AlterMaterializedView':
      return `ALTER MATERIALIZED VIEW${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)}${withClause(
        printProperties(stmt.properties),
      )}`;
    case 'DropMaterializedView':
      return `DROP MATERIALIZED VIEW${ifExists(stmt.ifExists)} ${printQualifiedName(stmt.name)}`;

    case 'CreateFunction':
      return (
        `CREATE${stmt.orReplace ? ' OR REPLACE' : ''} FUNCTION${ifNotExists(stmt.ifNotExists)} ` +
        `${printFunctionName(stmt.name)}(${list(stmt.parameters, (p) => `${printIdentifier(p.name)} ${printType(p.type)}`)})` +
        `\n    ${stmt.calledOnNullInput ? 'CALLED' : 'RETURNS NULL'} ON NULL INPUT` +
        `\n    RETURNS ${printType(stmt.returns)}` +
        `\n    LANGUAGE ${printIdentifier(stmt.language)}` +
        `\n    AS ${stmt.body.text}`
      );
    case 'DropFunction':
    case 'DropAggregate': {
      const what = stmt.kind === 'DropFunction' ? 'FUNCTION' : 'AGGREGATE';
      const sig = stmt.argTypes === undefined ? '' : `(${list(stmt.argTypes, printType)})`;
      return `DROP ${what}${ifExists(stmt.ifExists)} ${printFunctionName(stmt.name)}${sig}`;
    }
    case 'CreateAggregate': {
      let out =
        `CREATE${stmt.orReplace ? ' OR REPLACE' : ''} AGGREGATE${ifNotExists(stmt.ifNotExists)} ` +
        `${printFunctionName(stmt.name)}(${list(stmt.argTypes, printType)})` +
        `\n    SFUNC ${printIdentifier(stmt.stateFunction)}` +
        `\n    STYPE ${printType(stmt.stateType)}`;
      if (stmt.finalFunction !== undefined) out += `\n    FINALFUNC ${printIdentifier(stmt.finalFunction)}`;
      if (stmt.initCondition !== undefined) out += `\n    INITCOND ${printExpression(stmt.initCondition)}`;
      return out;
    }
    case 'CreateTrigger':
      return `CREATE TRIGGER${ifNotExists(stmt.ifNotExists)} ${printIdentifier(stmt.name)} ON ${printQualifiedName(
        stmt.table,
      )} USING ${stmt.using.text}`;
    case 'DropTrigger':
      return `DROP TRIGGER${ifExists(stmt.ifExists)} ${printIdentifier(stmt.name)} ON ${printQualifiedName(stmt.table)}`;

    case 'CreateRole':
    case 'AlterRole': {
      const verb = stmt.kind === 'CreateRole' ? `CREATE ROLE${ifNotExists(stmt.ifNotExists)}` : `ALTER ROLE${ifExists(stmt.ifExists)}`;
      return `${verb} ${printRoleName(stmt.name)}${withClause(stmt.options.map(printRoleOption))}`;
    }
    case 'DropRole':
      return `DROP ROLE${ifExists(stmt.ifExists)} ${printRoleName(stmt.name)}`;
    case 'CreateUser':
      return `CREATE USER${ifNotExists(stmt.ifNotExists)} ${printRoleName(stmt.name)}${printUserOptions(stmt.options, stmt.superuser)}`;
    case 'AlterUser':
      return `ALTER USER${ifExists(stmt.ifExists)} ${printRoleName(stmt.name)}${printUserOptions(stmt.options, stmt.superuser)}`;
    case 'DropUser':
      return `DROP USER${ifExists(stmt.ifExists)} ${printRoleName(stmt.name)}`;

    case 'Grant':
      return `GRANT ${permissions(stmt.all, stmt.permissions)} ON ${printResource(stmt.resource)} TO ${printRoleName(stmt.role)}`;
    case 'Revoke':
      return `REVOKE ${permissions(stmt.all, stmt.permissions)} ON ${printResource(stmt.resource)} FROM ${printRoleName(
        stmt.role,
      )}`;
    case 'GrantRole':
      return `GRANT ${printRoleName(stmt.role)} TO ${printRoleName(stmt.grantee)}`;
    case 'RevokeRole':
      return `REVOKE ${printRoleName(stmt.role)} FROM ${printRoleName(stmt.revokee)}`;
    case 'ListPermissions': {
      let out = `LIST ${permissions(stmt.all, stmt.permissions)}`;
      if (stmt.resource !== undefined) out += ` ON ${printResource(stmt.resource)}`;
      if (stmt.of !== undefined) out += ` OF ${printRoleName(stmt.of)}`;
      return stmt.noRecursive ? `${out} NORECURSIVE` : out;
    }
    case 'ListRoles': {
      let out = 'LIST ROLES';
      if (stmt.of !== undefined) out += ` OF ${printRoleName(stmt.of)}`;
      return stmt.noRecursive ? `${out} NORECURSIVE` : out;
    }
    case 'ListUsers':
      return 'LIST USERS';
    case 'ListSuperUsers':
      return 'LIST SUPERUSERS';
    case 'AddIdentity':
      return `ADD IDENTITY${ifNotExists(stmt.ifNotExists)} ${printIdentity(stmt.identity)} TO ROLE ${printRoleName(stmt.role)}`;
    case 'DropIdentity':
      return `DROP IDENTITY${ifExists(stmt.ifExists)} ${printIdentity(stmt.identity)}`;

    case 'Use':
      return `USE ${printIdentifier(stmt.keyspace)}`;
    case 'Truncate':
      return `TRUNCATE TABLE ${printQualifiedName(stmt.table)}`;
    case 'Describe':
      return printDescribe(stmt);
    case 'RestoreTable':
      return `RESTORE TABLE ${printQualifiedName(stmt.target)} FROM TABLE ${printQualifiedName(stmt.source)}${withClause(
        printProperties(stmt.properties),
      )}`;

    case 'Insert': {
      let out = `INSERT INTO ${printQualifiedName(stmt.table)}`;
      if (stmt.json !== undefined) {
        out += ` JSON ${printExpression(stmt.json.value)}`;
        if (stmt.json.defaultBehavior !== undefined) out += ` DEFAULT ${stmt.json.defaultBehavior.toUpperCase()}`;
      } else {
        out += ` (${list(stmt.columns, printIdentifier)}) VALUES (${list(stmt.values, printExpression)})`;
      }
      return out + ifNotExists(stmt.ifNotExists) + printUsing(stmt.using);
    }
    case 'Update':
      return (
        `UPDATE ${printQualifiedName(stmt.table)}${printUsing(stmt.using)} SET ${list(stmt.assignments, printAssignment)}` +
        where(stmt.where) +
        printIf(stmt.ifExists, stmt.conditions)
      );
    case 'Delete': {
      const selections = stmt.selections.length === 0 ? '' : ` ${list(stmt.selections, printExpression)}`;
      return (
        `DELETE${selections} FROM ${printQualifiedName(stmt.table)}${printUsing(stmt.using)}` +
        where(stmt.where) +
        printIf(stmt.ifExists, stmt.conditions)
      );
    }
    case 'Batch': {
      const type = stmt.batchType === 'logged' ? '' : ` ${stmt.batchType.toUpperCase()}`;
      const body = stmt.statements.map((s) => `    ${printBatchChild(s)};\n`).join('');
      return `BEGIN${type} BATCH${printUsing(stmt.using)}\n${body}APPLY BATCH`;
    }
    case 'Select': {
      let out = 'SELECT';
      if (stmt.json) out += ' JSON';
      if (stmt.distinct) out += ' DISTINCT';
      out += stmt.wildcard ? ' *' : ` ${list(stmt.selectors, printSelector)}`;
      out += ` FROM ${printQualifiedName(stmt.table)}${where(stmt.where)}`;
      if (stmt.groupBy.length > 0) out += ` GROUP BY ${list(stmt.groupBy, printExpression)}`;
      if (stmt.orderBy.length > 0) out += ` ORDER BY ${list(stmt.orderBy, printOrdering)}`;
      if (stmt.perPartitionLimit !== undefined) out += ` PER PARTITION LIMIT ${printExpression(stmt.perPartitionLimit)}`;
      if (stmt.limit !== undefined) out += ` LIMIT ${printExpression(stmt.limit)}`;
      if (stmt.allowFiltering) out += ' ALLOW FILTERING';
      return out;
    }

    case 'Consistency':
      return stmt.level === undefined ? 'CONSISTENCY' : `CONSISTENCY ${stmt.level}`;
    case 'SerialConsistency':
      return stmt.level === undefined ? 'SERIAL CONSISTENCY' : `SERIAL CONSISTENCY ${stmt.level}`;
    case 'Copy': {
      let out = `COPY ${printQualifiedName(stmt.table)}`;
      if (stmt.columns.length > 0) out += ` (${list(stmt.columns, printIdentifier)})`;
      out += ` ${stmt.direction.toUpperCase()} `;
      out += stmt.file !== undefined ? stmt.file.text : (stmt.stdio ?? 'stdin').toUpperCase();
      return out + withClause(printCopyOptions(stmt.options));
    }
    case 'Source':
      return `SOURCE ${stmt.file.text}`;
    case 'Paging':
      if (stmt.pageSize !== undefined) return `PAGING ${stmt.pageSize.text}`;
      return stmt.mode === undefined ? 'PAGING' : `PAGING ${stmt.mode.toUpperCase()}`;
    case 'Tracing':
      return stmt.mode === undefined ? 'TRACING' : `TRACING ${stmt.mode.toUpperCase()}`;
    case 'Expand':
      return stmt.mode === undefined ? 'EXPAND' : `EXPAND ${stmt.mode.toUpperCase()}`;
    case 'Capture':
      if (stmt.off) return 'CAPTURE OFF';
      return stmt.file === undefined ? 'CAPTURE' : `CAPTURE ${stmt.file.text}`;
    case 'Login':
      return stmt.password === undefined
        ? `LOGIN ${printRoleName(stmt.user)}`
        : `LOGIN ${printRoleName(stmt.user)} ${stmt.password.text}`;
    case 'Clear':
      return 'CLEAR';
  }
}

function printDescribe(stmt: Extract<Statement, { kind: 'Describe' }>): string {
  const name = stmt.name === undefined ? '' : ` ${printQualifiedName(stmt.name)}`;
  let out: string;
  switch (stmt.target) {
    case 'cluster':
      out = 'DESCRIBE CLUSTER';
      break;
    case 'schema':
      out = stmt.full ? 'DESCRIBE FULL SCHEMA' : 'DESCRIBE SCHEMA';
      break;
    case 'keyspaces':
      out = 'DESCRIBE KEYSPACES';
      break;
    case 'keyspace':
      out = `DESCRIBE ${stmt.only ? 'ONLY ' : ''}KEYSPACE${stmt.keyspace === undefined ? '' : ` ${printIdentifier(stmt.keyspace)}`}`;
      break;
    case 'tables':
      out = 'DESCRIBE TABLES';
      break;
    case 'table':
      out = `DESCRIBE TABLE${name}`;
      break;
    case 'index':
      out = `DESCRIBE INDEX${name}`;
      break;
    case 'materializedView':
      out = `DESCRIBE MATERIALIZED VIEW${name}`;
      break;
    case 'types':
      out = 'DESCRIBE TYPES';
      break;
    case 'type':
      out = `DESCRIBE TYPE${stmt.name === undefined ? '' : ` ${printTypeName(stmt.name)}`}`;
      break;
    case 'functions':
      out = 'DESCRIBE FUNCTIONS';
      break;
    case 'function':
      out = `DESCRIBE FUNCTION${stmt.name === undefined ? '' : ` ${printFunctionName(stmt.name)}`}`;
      break;
    case 'aggregates':
      out = 'DESCRIBE AGGREGATES';
      break;
    case 'aggregate':
      out = `DESCRIBE AGGREGATE${stmt.name === undefined ? '' : ` ${printFunctionName(stmt.name)}`}`;
      break;
    case 'name':
      out = `DESCRIBE${name}`;
      break;
  }
  return stmt.withInternals ? `${out} WITH INTERNALS` : out;
}

/** Any node as CQL: a statement, an expression, a type or a name (used in messages and fixes). */
export function printNode(node: AstNode): string {
  switch (node.kind) {
    case 'Identifier':
      return printIdentifier(node);
    case 'QualifiedName':
      return printQualifiedName(node);
    case 'NativeType':
    case 'ListType':
    case 'SetType':
    case 'MapType':
    case 'FrozenType':
    case 'TupleType':
    case 'VectorType':
    case 'UserType':
    case 'CustomType':
      return printType(node);
    case 'Literal':
    case 'BindMarker':
    case 'ColumnRef':
    case 'ListLiteral':
    case 'SetLiteral':
    case 'MapLiteral':
    case 'TupleLiteral':
    case 'UdtLiteral':
    case 'FunctionCall':
    case 'Wildcard':
    case 'WritetimeTtl':
    case 'Cast':
    case 'TypeHint':
    case 'Arithmetic':
    case 'Negation':
    case 'FieldAccess':
    case 'ElementAccess':
    case 'SliceAccess':
      return printExpression(node);
    case 'InList':
      return printValueOrIn(node);
    case 'MapEntry':
      return `${printExpression(node.key)}: ${printExpression(node.value)}`;
    case 'UdtField':
      return `${printIdentifier(node.name)}: ${printExpression(node.value)}`;
    case 'Using':
      return printUsing(node).trimStart();
    case 'Relation':
    case 'IndexExpression':
      return printRelation(node);
    case 'Condition':
      return printCondition(node);
    case 'Assignment':
      return printAssignment(node);
    case 'Selector':
      return printSelector(node);
    case 'Ordering':
      return printOrdering(node);
    case 'Property':
      return `${printIdentifier(node.name)} = ${printPropertyValue(node.value)}`;
    case 'PropertyMap':
      return printProperties(node).join(' AND ');
    case 'ColumnMask':
      return printMask(node);
    case 'ColumnDefinition':
      return printColumnDefinition(node);
    case 'PrimaryKey':
      return printPrimaryKey(node);
    case 'ClusteringOrder':
      return `${printIdentifier(node.column)} ${node.direction}`;
    case 'FieldDefinition':
    case 'FunctionParameter':
      return `${printIdentifier(node.name)} ${printType(node.type)}`;
    case 'Rename':
      return `${printIdentifier(node.from)} TO ${printIdentifier(node.to)}`;
    case 'TagsChange':
      return printTags(node);
    case 'AlterTableAdd':
    case 'AlterTableDrop':
    case 'AlterTableRename':
    case 'AlterTableWith':
    case 'AlterTableAlterType':
    case 'AlterTableMask':
    case 'AlterTableDropMask':
    case 'AlterTableDropCompactStorage':
    case 'AlterTableTags':
      return printAlterTableAction(node);
    case 'AlterTypeAdd':
    case 'AlterTypeRename':
    case 'AlterTypeAlterField':
      return printAlterTypeAction(node);
    case 'IndexTarget':
      return node.type === 'simple' ? printIdentifier(node.column) : `${node.type.toUpperCase()}(${printIdentifier(node.column)})`;
    case 'RoleOption':
      return printRoleOption(node);
    case 'Resource':
      return printResource(node);
    case 'InsertJson':
      return node.defaultBehavior === undefined
        ? `JSON ${printExpression(node.value)}`
        : `JSON ${printExpression(node.value)} DEFAULT ${node.defaultBehavior.toUpperCase()}`;
    default:
      return printStatement(node);
  }
}
