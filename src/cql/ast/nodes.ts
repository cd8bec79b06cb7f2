/**
 * The typed CQL syntax tree: plain, JSON-serialisable data built from the parse tree by
 * `build.ts` (modules in `build/`), walked by `walk.ts`, printed back to canonical CQL by
 * `print.ts` (modules in `print/`).
 *
 * Conventions every rule author can rely on:
 * - every node has a PascalCase `kind` (the walker dispatches on it) and an exact `range`;
 * - names are `Identifier`s: unquoted names are lower-cased, quoted names keep their case with
 *   `""` unescaped, so `text` is what Cassandra stores;
 * - optional clauses that were not written are `undefined` (never an empty placeholder node),
 *   lists that were not written are `[]`, flags default to `false`;
 * - `Statement` is the union of every statement kind; `AstNode` is the union of every node.
 *
 * Changes to this file are additive only: rules, the catalog, the converter and the emulator
 * read these shapes, and the syntax tree document (`docs/ast.md`)
 * documents them for rule authors.
 */
import type { SourceRange } from '../source.js';

/** Fields shared by every node. */
export interface BaseNode<K extends string> {
  readonly kind: K;
  /** Exact source span (1-based line/column, UTF-16 columns, end exclusive, whole-script offsets). */
  range: SourceRange;
}

// ───────────────────────────── names ─────────────────────────────

/** A name: keyspace, table, column, type, field, function, role, index, property, … */
export interface Identifier extends BaseNode<'Identifier'> {
  /** Normalised name: unquoted → lower-case; quoted → exact text with `""` unescaped. */
  text: string;
  /** True when written in double quotes (or, for role/user names, as a string literal). */
  quoted: boolean;
}

/** `[keyspace.]name` for tables, types, views, functions, aggregates, indexes. */
export interface QualifiedName extends BaseNode<'QualifiedName'> {
  keyspace?: Identifier;
  name: Identifier;
}

// ───────────────────────────── types ─────────────────────────────

/** Cassandra's native type names, as written (lower-case; `varchar` is kept, not mapped to `text`). */
export type NativeTypeName =
  | 'ascii' | 'bigint' | 'blob' | 'boolean' | 'counter' | 'date' | 'decimal' | 'double' | 'duration'
  | 'float' | 'inet' | 'int' | 'smallint' | 'text' | 'time' | 'timestamp' | 'timeuuid' | 'tinyint'
  | 'uuid' | 'varchar' | 'varint';

export interface NativeType extends BaseNode<'NativeType'> {
  name: NativeTypeName;
}
export interface ListType extends BaseNode<'ListType'> {
  element: CqlType;
}
export interface SetType extends BaseNode<'SetType'> {
  element: CqlType;
}
export interface MapType extends BaseNode<'MapType'> {
  key: CqlType;
  value: CqlType;
}
export interface FrozenType extends BaseNode<'FrozenType'> {
  inner: CqlType;
}
export interface TupleType extends BaseNode<'TupleType'> {
  elements: CqlType[];
}
/** `vector<element, dimension>` (Cassandra 5.0). */
export interface VectorType extends BaseNode<'VectorType'> {
  element: CqlType;
  dimension: number;
}
/** A reference to a user-defined type (`address`, `ks.address`). */
export interface UserType extends BaseNode<'UserType'> {
  name: QualifiedName;
}
/** A custom type given by Java class name: `'org.apache.cassandra.db.marshal.DateType'`. */
export interface CustomType extends BaseNode<'CustomType'> {
  /** The class name (string literal content, unescaped). */
  className: string;
}

/** A CQL type tree. */
export type CqlType =
  | NativeType | ListType | SetType | MapType | FrozenType | TupleType | VectorType | UserType | CustomType;

// ───────────────────────── terms and expressions ─────────────────────────

export type LiteralType =
  | 'string' | 'dollarString' | 'integer' | 'float' | 'nan' | 'infinity' | 'hex' | 'uuid' | 'duration'
  | 'boolean' | 'null';

/** A constant. `text` is the literal exactly as written (quotes, sign and case included). */
export interface Literal extends BaseNode<'Literal'> {
  type: LiteralType;
  text: string;
  /** For `string` and `dollarString`: the content, unquoted and unescaped. */
  value?: string;
}

/** `?` (positional: no `name`) or `:name`. */
export interface BindMarker extends BaseNode<'BindMarker'> {
  name?: Identifier;
}

/** A column used as a value: in selectors, relations, conditions, assignments. */
export interface ColumnRef extends BaseNode<'ColumnRef'> {
  name: Identifier;
}

export interface ListLiteral extends BaseNode<'ListLiteral'> {
  elements: Expression[];
}
export interface SetLiteral extends BaseNode<'SetLiteral'> {
  elements: Expression[];
}
/** `{k: v, …}`; `{}` is an empty map. */
export interface MapLiteral extends BaseNode<'MapLiteral'> {
  entries: MapEntry[];
}
export interface MapEntry extends BaseNode<'MapEntry'> {
  key: Expression;
  value: Expression;
}
/**
 * `(a, b, …)`: a tuple value, a column tuple on the left of a tuple relation, or a
 * parenthesised expression (one element).
 */
export interface TupleLiteral extends BaseNode<'TupleLiteral'> {
  elements: Expression[];
}
/** `{field: value, …}` with identifier keys (a user-defined type value). */
export interface UdtLiteral extends BaseNode<'UdtLiteral'> {
  fields: UdtField[];
}
export interface UdtField extends BaseNode<'UdtField'> {
  name: Identifier;
  value: Expression;
}

/** `fn(args)`, `ks.fn(args)`, `token(a, b)`, `count(*)` (then `args` is one `Wildcard`). */
export interface FunctionCall extends BaseNode<'FunctionCall'> {
  name: QualifiedName;
  args: Expression[];
}
/** The `*` of `count(*)`. */
export type Wildcard = BaseNode<'Wildcard'>;

/** `WRITETIME(c)`, `MAXWRITETIME(c)`, `TTL(c)`; the argument may carry element/field access. */
export interface WritetimeTtl extends BaseNode<'WritetimeTtl'> {
  function: 'writetime' | 'maxwritetime' | 'ttl';
  argument: Expression;
}
/** `CAST(value AS type)`. */
export interface Cast extends BaseNode<'Cast'> {
  value: Expression;
  type: CqlType;
}
/** `(type) value`: a type hint on a term or selector. */
export interface TypeHint extends BaseNode<'TypeHint'> {
  type: CqlType;
  value: Expression;
}
/** `left op right` (Cassandra 5.0 arithmetic on terms and selectors). */
export interface Arithmetic extends BaseNode<'Arithmetic'> {
  operator: '+' | '-' | '*' | '/' | '%';
  left: Expression;
  right: Expression;
}
/** `-operand` where the operand is not a plain number (those are negative literals). */
export interface Negation extends BaseNode<'Negation'> {
  operand: Expression;
}
/** `target.field` (UDT field). */
export interface FieldAccess extends BaseNode<'FieldAccess'> {
  target: Expression;
  field: Identifier;
}
/** `target[index]` (list index, map key, set element). */
export interface ElementAccess extends BaseNode<'ElementAccess'> {
  target: Expression;
  index: Expression;
}
/** `target[from..to]`; either bound may be absent. */
export interface SliceAccess extends BaseNode<'SliceAccess'> {
  target: Expression;
  from?: Expression;
  to?: Expression;
}

/**
 * Values and selectors share one union: terms (literals, markers, collections, function calls,
 * casts, arithmetic) and, where the grammar allows them, column references and accessors.
 */
export type Expression =
  | Literal | BindMarker | ColumnRef | ListLiteral | SetLiteral | MapLiteral | TupleLiteral | UdtLiteral
  | FunctionCall | Wildcard | WritetimeTtl | Cast | TypeHint | Arithmetic | Negation | FieldAccess
  | ElementAccess | SliceAccess;

/** A term: an expression in value position (alias kept for readability in rule code). */
export type Term = Expression;

// ───────────────────────── clauses ─────────────────────────

/** `USING TTL t AND TIMESTAMP ts` (either order in the source). */
export interface UsingClause extends BaseNode<'Using'> {
  ttl?: Expression;
  timestamp?: Expression;
}

export type RelationOperator =
  | '=' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'CONTAINS' | 'CONTAINS KEY' | 'LIKE' | 'IS NOT NULL';

/** The parenthesised value list of `IN (…)`. */
export interface InList extends BaseNode<'InList'> {
  values: Expression[];
}

/**
 * One WHERE relation. `left` is a `ColumnRef`, a `FunctionCall` named `token` (`token(a, b) > …`),
 * a `TupleLiteral` of `ColumnRef`s (`(a, b) IN …`), or an `ElementAccess` (`m['k'] = …`).
 * `right` is absent only for `IS NOT NULL`; for `IN` it is an `InList` or a `BindMarker`.
 */
export interface Relation extends BaseNode<'Relation'> {
  left: Expression;
  operator: RelationOperator;
  right?: Expression | InList;
}
/** `expr(index_name, 'query')`: a custom index expression in WHERE. */
export interface IndexExpression extends BaseNode<'IndexExpression'> {
  index: QualifiedName;
  value: Expression;
}
export type WhereRelation = Relation | IndexExpression;

export type ConditionOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'CONTAINS' | 'CONTAINS KEY';

/**
 * One `IF` condition of UPDATE/DELETE. `left` is a `ColumnRef`, an `ElementAccess` (`m['k'] = …`)
 * or a `FieldAccess` (`u.f = …`); for `IN`, `right` is an `InList` or a `BindMarker`.
 */
export interface Condition extends BaseNode<'Condition'> {
  left: Expression;
  operator: ConditionOperator;
  right: Expression | InList;
}

/**
 * One `SET` item of UPDATE. `target` is a `ColumnRef`, an `ElementAccess` (`m['k'] = v`) or a
 * `FieldAccess` (`u.f = v`).
 * - `set`: `c = v`
 * - `add`: `c = c + v`, or `c += v` when `compound`
 * - `subtract`: `c = c - v`, or `c -= v` when `compound`
 * - `prepend`: `c = v + c` (lists)
 */
export interface Assignment extends BaseNode<'Assignment'> {
  target: Expression;
  operation: 'set' | 'add' | 'subtract' | 'prepend';
  compound: boolean;
  value: Expression;
}

/** One SELECT (or materialized view) selector with its optional alias. */
export interface Selector extends BaseNode<'Selector'> {
  expression: Expression;
  alias?: Identifier;
}

/** One ORDER BY item: `c [ASC|DESC]` or `c ANN OF vector [ASC|DESC]`. */
export interface Ordering extends BaseNode<'Ordering'> {
  column: Identifier;
  /** The vector of `ANN OF`. */
  annOf?: Expression;
  /** As written; absent when no direction was given. */
  direction?: 'ASC' | 'DESC';
}

// ───────────────────────── options ─────────────────────────

/** A property value: a constant, a map literal (`replication`, `compaction`, …), or a bare word. */
export type PropertyValue = Literal | MapLiteral | Identifier;

/** `name = value` inside `WITH … AND …`. */
export interface Property extends BaseNode<'Property'> {
  name: Identifier;
  value: PropertyValue;
}

/**
 * The properties of a `WITH` clause, keyed by normalised property name (`replication`,
 * `durable_writes`, `compaction`, `custom_properties`, …). Insertion order is source order.
 */
export interface PropertyMap extends BaseNode<'PropertyMap'> {
  properties: Record<string, Property>;
}

// ───────────────────────── table pieces ─────────────────────────

/** `MASKED WITH fn(args)` or `MASKED WITH DEFAULT` (Cassandra 5.0 dynamic data masking). */
export interface ColumnMask extends BaseNode<'ColumnMask'> {
  /** Absent for `MASKED WITH DEFAULT`. */
  function?: QualifiedName;
  args: Expression[];
}

export interface ColumnDefinition extends BaseNode<'ColumnDefinition'> {
  name: Identifier;
  type: CqlType;
  static: boolean;
  mask?: ColumnMask;
  /** True for the inline form `c type PRIMARY KEY`. */
  primaryKey: boolean;
}

/**
 * The table's primary key. From `PRIMARY KEY ((a, b), c, d)` or the inline `c type PRIMARY KEY`
 * (then `inline` is true, `partitionKey` is that column and the range covers `PRIMARY KEY`).
 */
export interface PrimaryKey extends BaseNode<'PrimaryKey'> {
  partitionKey: Identifier[];
  clusteringColumns: Identifier[];
  inline: boolean;
}

/** One `CLUSTERING ORDER BY (c DESC, …)` item. */
export interface ClusteringOrder extends BaseNode<'ClusteringOrder'> {
  column: Identifier;
  direction: 'ASC' | 'DESC';
}

/** One field of `CREATE TYPE`. */
export interface FieldDefinition extends BaseNode<'FieldDefinition'> {
  name: Identifier;
  type: CqlType;
}

/** `from TO to` in RENAME clauses. */
export interface Rename extends BaseNode<'Rename'> {
  from: Identifier;
  to: Identifier;
}

// ───────────────────────── DDL statements ─────────────────────────

export interface CreateKeyspace extends BaseNode<'CreateKeyspace'> {
  name: Identifier;
  ifNotExists: boolean;
  properties: PropertyMap;
}

/** `ALTER KEYSPACE ks WITH …`, or Keyspaces' `ALTER KEYSPACE ks ADD|DROP TAGS {…}`. */
export interface AlterKeyspace extends BaseNode<'AlterKeyspace'> {
  name: Identifier;
  ifExists: boolean;
  properties?: PropertyMap;
  tags?: TagsChange;
}

/** Keyspaces' `ADD TAGS {…}` / `DROP TAGS {…}`. */
export interface TagsChange extends BaseNode<'TagsChange'> {
  operation: 'add' | 'drop';
  tags: MapLiteral;
}

export interface DropKeyspace extends BaseNode<'DropKeyspace'> {
  name: Identifier;
  ifExists: boolean;
}

export interface CreateTable extends BaseNode<'CreateTable'> {
  name: QualifiedName;
  ifNotExists: boolean;
  columns: ColumnDefinition[];
  /**
   * The key (table-level clause, or inline on a column); absent when none was written. There is
   * at most one: a second is a syntax error, as in Cassandra's parser.
   */
  primaryKey?: PrimaryKey;
  clusteringOrder: ClusteringOrder[];
  compactStorage: boolean;
  properties: PropertyMap;
}

export interface AlterTableAdd extends BaseNode<'AlterTableAdd'> {
  ifNotExists: boolean;
  columns: ColumnDefinition[];
}
export interface AlterTableDrop extends BaseNode<'AlterTableDrop'> {
  ifExists: boolean;
  columns: Identifier[];
  /** `USING TIMESTAMP n`. */
  timestamp?: Literal;
}
export interface AlterTableRename extends BaseNode<'AlterTableRename'> {
  ifExists: boolean;
  renames: Rename[];
}
export interface AlterTableWith extends BaseNode<'AlterTableWith'> {
  properties: PropertyMap;
}
/** `ALTER c TYPE t` (accepted by the grammar, rejected by Cassandra ≥ 3.10 at execution). */
export interface AlterTableAlterType extends BaseNode<'AlterTableAlterType'> {
  ifExists: boolean;
  column: Identifier;
  type: CqlType;
}
/** `ALTER c MASKED WITH …`. */
export interface AlterTableMask extends BaseNode<'AlterTableMask'> {
  ifExists: boolean;
  column: Identifier;
  mask: ColumnMask;
}
/** `ALTER c DROP MASKED`. */
export interface AlterTableDropMask extends BaseNode<'AlterTableDropMask'> {
  ifExists: boolean;
  column: Identifier;
}
export type AlterTableDropCompactStorage = BaseNode<'AlterTableDropCompactStorage'>;
/** Keyspaces' `ADD TAGS {…}` / `DROP TAGS {…}` on a table. */
export interface AlterTableTags extends BaseNode<'AlterTableTags'> {
  change: TagsChange;
}

export type AlterTableAction =
  | AlterTableAdd | AlterTableDrop | AlterTableRename | AlterTableWith | AlterTableAlterType | AlterTableMask
  | AlterTableDropMask | AlterTableDropCompactStorage | AlterTableTags;

export interface AlterTable extends BaseNode<'AlterTable'> {
  name: QualifiedName;
  ifExists: boolean;
  action: AlterTableAction;
}

export interface DropTable extends BaseNode<'DropTable'> {
  name: QualifiedName;
  ifExists: boolean;
}

export interface CreateType extends BaseNode<'CreateType'> {
  name: QualifiedName;
  ifNotExists: boolean;
  fields: FieldDefinition[];
}

export interface AlterTypeAdd extends BaseNode<'AlterTypeAdd'> {
  ifNotExists: boolean;
  field: FieldDefinition;
}
export interface AlterTypeRename extends BaseNode<'AlterTypeRename'> {
  ifExists: boolean;
  renames: Rename[];
}
/** `ALTER field TYPE t` (older syntax some grammars still accept). */
export interface AlterTypeAlterField extends BaseNode<'AlterTypeAlterField'> {
  field: Identifier;
  type: CqlType;
}
export type AlterTypeAction = AlterTypeAdd | AlterTypeRename | AlterTypeAlterField;

export interface AlterType extends BaseNode<'AlterType'> {
  name: QualifiedName;
  ifExists: boolean;
  action: AlterTypeAction;
}

export interface DropType extends BaseNode<'DropType'> {
  name: QualifiedName;
  ifExists: boolean;
}

/** One index target: `c`, `KEYS(c)`, `VALUES(c)`, `ENTRIES(c)`, `FULL(c)`. */
export interface IndexTarget extends BaseNode<'IndexTarget'> {
  column: Identifier;
  type: 'simple' | 'keys' | 'values' | 'entries' | 'full';
}

export interface CreateIndex extends BaseNode<'CreateIndex'> {
  custom: boolean;
  ifNotExists: boolean;
  name?: Identifier;
  table: QualifiedName;
  targets: IndexTarget[];
  /** `USING 'class'` (e.g. `'sai'`, `'StorageAttachedIndex'`, a class name). */
  using?: Literal;
  /** `WITH options = {…}` and any other properties. */
  properties?: PropertyMap;
}

export interface DropIndex extends BaseNode<'DropIndex'> {
  name: QualifiedName;
  ifExists: boolean;
}

export interface CreateMaterializedView extends BaseNode<'CreateMaterializedView'> {
  name: QualifiedName;
  ifNotExists: boolean;
  /** Empty when `wildcard`. */
  selectors: Selector[];
  wildcard: boolean;
  baseTable: QualifiedName;
  where: WhereRelation[];
  primaryKey: PrimaryKey;
  clusteringOrder: ClusteringOrder[];
  compactStorage: boolean;
  properties: PropertyMap;
}

export interface AlterMaterializedView extends BaseNode<'AlterMaterializedView'> {
  name: QualifiedName;
  ifExists: boolean;
  properties: PropertyMap;
}

export interface DropMaterializedView extends BaseNode<'DropMaterializedView'> {
  name: QualifiedName;
  ifExists: boolean;
}

export interface FunctionParameter extends BaseNode<'FunctionParameter'> {
  name: Identifier;
  type: CqlType;
}

export interface CreateFunction extends BaseNode<'CreateFunction'> {
  orReplace: boolean;
  ifNotExists: boolean;
  name: QualifiedName;
  parameters: FunctionParameter[];
  /** `CALLED ON NULL INPUT` (true) or `RETURNS NULL ON NULL INPUT` (false). */
  calledOnNullInput: boolean;
  returns: CqlType;
  language: Identifier;
  /** The body: a `string` or `dollarString` literal. */
  body: Literal;
}

export interface DropFunction extends BaseNode<'DropFunction'> {
  name: QualifiedName;
  ifExists: boolean;
  /** Present when a signature `(types)` was written (possibly empty). */
  argTypes?: CqlType[];
}

export interface CreateAggregate extends BaseNode<'CreateAggregate'> {
  orReplace: boolean;
  ifNotExists: boolean;
  name: QualifiedName;
  argTypes: CqlType[];
  stateFunction: Identifier;
  stateType: CqlType;
  finalFunction?: Identifier;
  initCondition?: Expression;
}

export interface DropAggregate extends BaseNode<'DropAggregate'> {
  name: QualifiedName;
  ifExists: boolean;
  argTypes?: CqlType[];
}

export interface CreateTrigger extends BaseNode<'CreateTrigger'> {
  ifNotExists: boolean;
  name: Identifier;
  table: QualifiedName;
  /** `USING 'class'`. */
  using: Literal;
}

export interface DropTrigger extends BaseNode<'DropTrigger'> {
  ifExists: boolean;
  name: Identifier;
  table: QualifiedName;
}

// ───────────────────────── security ─────────────────────────

/**
 * One role/user option. `value` is absent for `GENERATED PASSWORD` (not produced by the current
 * grammar) and the `ALL` access forms.
 * - `password`, `hashedPassword`: string literal (never log it; see `redact`)
 * - `login`, `superuser`: boolean literal
 * - `options`: map literal
 * - `accessToDatacenters`, `accessFromCidrs`: set literal of strings
 */
export interface RoleOption extends BaseNode<'RoleOption'> {
  name:
    | 'password' | 'hashedPassword' | 'generatedPassword' | 'login' | 'superuser' | 'options'
    | 'accessToDatacenters' | 'accessToAllDatacenters' | 'accessFromCidrs' | 'accessFromAllCidrs';
  value?: Expression;
}

export interface CreateRole extends BaseNode<'CreateRole'> {
  ifNotExists: boolean;
  name: Identifier;
  options: RoleOption[];
}
export interface AlterRole extends BaseNode<'AlterRole'> {
  ifExists: boolean;
  name: Identifier;
  options: RoleOption[];
}
export interface DropRole extends BaseNode<'DropRole'> {
  ifExists: boolean;
  name: Identifier;
}

/** Legacy `CREATE USER name [WITH [HASHED] PASSWORD '…'] [SUPERUSER|NOSUPERUSER]`. */
export interface CreateUser extends BaseNode<'CreateUser'> {
  ifNotExists: boolean;
  name: Identifier;
  /** `password`, `hashedPassword` or `generatedPassword` options. */
  options: RoleOption[];
  /** `SUPERUSER` (true), `NOSUPERUSER` (false), absent when not written. */
  superuser?: boolean;
}
export interface AlterUser extends BaseNode<'AlterUser'> {
  ifExists: boolean;
  name: Identifier;
  options: RoleOption[];
  superuser?: boolean;
}
export interface DropUser extends BaseNode<'DropUser'> {
  ifExists: boolean;
  name: Identifier;
}

export type Permission =
  | 'CREATE' | 'ALTER' | 'DROP' | 'SELECT' | 'MODIFY' | 'AUTHORIZE' | 'DESCRIBE' | 'EXECUTE' | 'UNMASK'
  | 'SELECT_MASKED';

/** A GRANT/REVOKE/LIST resource. */
export type Resource =
  | (BaseNode<'Resource'> & { type: 'allKeyspaces' })
  | (BaseNode<'Resource'> & { type: 'keyspace'; keyspace: Identifier })
  | (BaseNode<'Resource'> & { type: 'table'; table: QualifiedName })
  | (BaseNode<'Resource'> & { type: 'allTables'; keyspace: Identifier })
  | (BaseNode<'Resource'> & { type: 'allRoles' })
  | (BaseNode<'Resource'> & { type: 'role'; role: Identifier })
  | (BaseNode<'Resource'> & { type: 'allFunctions'; keyspace?: Identifier })
  | (BaseNode<'Resource'> & { type: 'function'; function: QualifiedName; argTypes: CqlType[] })
  | (BaseNode<'Resource'> & { type: 'allMbeans' })
  | (BaseNode<'Resource'> & { type: 'mbean'; mbean: Literal })
  | (BaseNode<'Resource'> & { type: 'mbeans'; mbean: Literal });

/** `GRANT perms ON resource TO role`. `permissions` is empty when `all` (`ALL [PERMISSIONS]`). */
export interface Grant extends BaseNode<'Grant'> {
  all: boolean;
  permissions: Permission[];
  resource: Resource;
  role: Identifier;
}
/** `REVOKE perms ON resource FROM role`. */
export interface Revoke extends BaseNode<'Revoke'> {
  all: boolean;
  permissions: Permission[];
  resource: Resource;
  role: Identifier;
}
/** `GRANT role TO grantee` (role membership). */
export interface GrantRole extends BaseNode<'GrantRole'> {
  role: Identifier;
  grantee: Identifier;
}
/** `REVOKE role FROM revokee`. */
export interface RevokeRole extends BaseNode<'RevokeRole'> {
  role: Identifier;
  revokee: Identifier;
}

export interface ListPermissions extends BaseNode<'ListPermissions'> {
  all: boolean;
  permissions: Permission[];
  resource?: Resource;
  of?: Identifier;
  noRecursive: boolean;
}
export interface ListRoles extends BaseNode<'ListRoles'> {
  of?: Identifier;
  noRecursive: boolean;
}
export type ListUsers = BaseNode<'ListUsers'>;
/** `LIST SUPERUSERS` (a newer Cassandra statement; the current grammar does not produce it). */
export type ListSuperUsers = BaseNode<'ListSuperUsers'>;

/** `ADD IDENTITY [IF NOT EXISTS] 'identity' TO ROLE role` (Cassandra 5.0 mTLS identities). */
export interface AddIdentity extends BaseNode<'AddIdentity'> {
  ifNotExists: boolean;
  /** Usually a string literal (`'spiffe://…'`); a bare word is an `Identifier`. */
  identity: Literal | Identifier;
  role: Identifier;
}
export interface DropIdentity extends BaseNode<'DropIdentity'> {
  ifExists: boolean;
  identity: Literal | Identifier;
}

// ───────────────────────── other statements ─────────────────────────

export interface Use extends BaseNode<'Use'> {
  keyspace: Identifier;
}

export interface Truncate extends BaseNode<'Truncate'> {
  table: QualifiedName;
}

export type DescribeTarget =
  | 'cluster' | 'schema' | 'keyspaces' | 'keyspace' | 'tables' | 'table' | 'index' | 'materializedView'
  | 'types' | 'type' | 'functions' | 'function' | 'aggregates' | 'aggregate' | 'name';

/** `DESCRIBE|DESC …` in all its forms; `name` is the generic `DESCRIBE [ks.]name`. */
export interface Describe extends BaseNode<'Describe'> {
  target: DescribeTarget;
  /** `DESCRIBE FULL SCHEMA`. */
  full: boolean;
  /** `DESCRIBE ONLY KEYSPACE`. */
  only: boolean;
  /** For `keyspace` (optional: the current keyspace when absent). */
  keyspace?: Identifier;
  /** For `table`, `index`, `materializedView`, `type`, `function`, `aggregate`, `name`. */
  name?: QualifiedName;
  withInternals: boolean;
}

/** Keyspaces' `RESTORE TABLE target FROM TABLE source [WITH …]`. */
export interface RestoreTable extends BaseNode<'RestoreTable'> {
  target: QualifiedName;
  source: QualifiedName;
  properties?: PropertyMap;
}

// ───────────────────────── DML ─────────────────────────

/** `INSERT … JSON value [DEFAULT NULL|UNSET]`. */
export interface InsertJson extends BaseNode<'InsertJson'> {
  /** A string literal or a bind marker. */
  value: Expression;
  /** As written; absent when no DEFAULT clause. */
  defaultBehavior?: 'null' | 'unset';
}

export interface Insert extends BaseNode<'Insert'> {
  table: QualifiedName;
  /** Empty for the JSON form. */
  columns: Identifier[];
  /** Empty for the JSON form. */
  values: Expression[];
  json?: InsertJson;
  ifNotExists: boolean;
  using?: UsingClause;
}

export interface Update extends BaseNode<'Update'> {
  table: QualifiedName;
  using?: UsingClause;
  assignments: Assignment[];
  where: WhereRelation[];
  ifExists: boolean;
  conditions: Condition[];
}

export interface Delete extends BaseNode<'Delete'> {
  /** Deleted columns/elements/fields: `ColumnRef`, `ElementAccess`, `FieldAccess`; empty = whole rows. */
  selections: Expression[];
  table: QualifiedName;
  /** Only `timestamp` is allowed by the grammar. */
  using?: UsingClause;
  where: WhereRelation[];
  ifExists: boolean;
  conditions: Condition[];
}

export type BatchChild = Insert | Update | Delete;

export interface Batch extends BaseNode<'Batch'> {
  /** `BEGIN BATCH` is `logged`; `BEGIN UNLOGGED BATCH`, `BEGIN COUNTER BATCH`. */
  batchType: 'logged' | 'unlogged' | 'counter';
  using?: UsingClause;
  statements: BatchChild[];
}

export interface Select extends BaseNode<'Select'> {
  json: boolean;
  distinct: boolean;
  /** Empty when `wildcard` (`SELECT *`). */
  selectors: Selector[];
  wildcard: boolean;
  table: QualifiedName;
  where: WhereRelation[];
  groupBy: Expression[];
  orderBy: Ordering[];
  perPartitionLimit?: Expression;
  limit?: Expression;
  allowFiltering: boolean;
}

// ───────────────────────── cqlsh commands ─────────────────────────

export type ConsistencyLevel =
  | 'ANY' | 'ONE' | 'TWO' | 'THREE' | 'QUORUM' | 'ALL' | 'LOCAL_QUORUM' | 'EACH_QUORUM' | 'SERIAL'
  | 'LOCAL_SERIAL' | 'LOCAL_ONE' | 'NODE_LOCAL';

/** cqlsh `CONSISTENCY [level]`; `level` (upper-case) is absent for the query form. */
export interface Consistency extends BaseNode<'Consistency'> {
  level?: ConsistencyLevel;
}
/** cqlsh `SERIAL CONSISTENCY [level]`. */
export interface SerialConsistency extends BaseNode<'SerialConsistency'> {
  level?: ConsistencyLevel;
}

/** cqlsh `COPY table [(columns)] TO|FROM 'file'|STDIN|STDOUT [WITH option = value AND …]`. */
export interface Copy extends BaseNode<'Copy'> {
  table: QualifiedName;
  columns: Identifier[];
  direction: 'to' | 'from';
  /** The file name(s) as a string literal; absent when `stdio` is used. */
  file?: Literal;
  stdio?: 'stdin' | 'stdout';
  options?: PropertyMap;
}
/** cqlsh `SOURCE 'file'`. */
export interface Source extends BaseNode<'Source'> {
  file: Literal;
}
/** cqlsh `PAGING [ON|OFF|n]`. */
export interface Paging extends BaseNode<'Paging'> {
  mode?: 'on' | 'off';
  pageSize?: Literal;
}
/** cqlsh `TRACING [ON|OFF]`. */
export interface Tracing extends BaseNode<'Tracing'> {
  mode?: 'on' | 'off';
}
/** cqlsh `EXPAND [ON|OFF]`. */
export interface Expand extends BaseNode<'Expand'> {
  mode?: 'on' | 'off';
}
/** cqlsh `CAPTURE ['file'|OFF]`. */
export interface Capture extends BaseNode<'Capture'> {
  file?: Literal;
  off: boolean;
}
/** cqlsh `LOGIN user ['password']`. */
export interface Login extends BaseNode<'Login'> {
  user: Identifier;
  password?: Literal;
}
/** cqlsh `CLEAR` / `CLS`. */
export type Clear = BaseNode<'Clear'>;

// ───────────────────────── unions ─────────────────────────

/** Every statement kind. */
export type Statement =
  | CreateKeyspace | AlterKeyspace | DropKeyspace
  | CreateTable | AlterTable | DropTable
  | CreateType | AlterType | DropType
  | CreateIndex | DropIndex
  | CreateMaterializedView | AlterMaterializedView | DropMaterializedView
  | CreateFunction | DropFunction | CreateAggregate | DropAggregate
  | CreateTrigger | DropTrigger
  | CreateRole | AlterRole | DropRole | CreateUser | AlterUser | DropUser
  | Grant | Revoke | GrantRole | RevokeRole | ListPermissions | ListRoles | ListUsers | ListSuperUsers
  | AddIdentity | DropIdentity
  | Use | Truncate | Describe | RestoreTable
  | Insert | Update | Delete | Batch | Select
  | Consistency | SerialConsistency | Copy | Source | Paging | Tracing | Expand | Capture | Login | Clear;

export type StatementKind = Statement['kind'];

/** Every node that is not a statement. */
export type SubNode =
  | Identifier | QualifiedName | CqlType | Expression | InList | MapEntry | UdtField
  | UsingClause | Relation | IndexExpression | Condition | Assignment | Selector | Ordering
  | Property | PropertyMap | ColumnMask | ColumnDefinition | PrimaryKey | ClusteringOrder | FieldDefinition | Rename
  | TagsChange | AlterTableAction | AlterTypeAction | IndexTarget | FunctionParameter | RoleOption | Resource
  | InsertJson;

/** Every node. */
export type AstNode = Statement | SubNode;
export type NodeKind = AstNode['kind'];
/** The node type(s) of one kind (`NodeOfKind<'Resource'>` is the whole `Resource` union). */
export type NodeOfKind<K extends NodeKind> = Extract<AstNode, { kind: K }>;

/** Every statement kind, for exhaustiveness checks and rule validation. */
export const STATEMENT_KINDS: readonly StatementKind[] = [
  'CreateKeyspace', 'AlterKeyspace', 'DropKeyspace',
  'CreateTable', 'AlterTable', 'DropTable',
  'CreateType', 'AlterType', 'DropType',
  'CreateIndex', 'DropIndex',
  'CreateMaterializedView', 'AlterMaterializedView', 'DropMaterializedView',
  'CreateFunction', 'DropFunction', 'CreateAggregate', 'DropAggregate',
  'CreateTrigger', 'DropTrigger',
  'CreateRole', 'AlterRole', 'DropRole', 'CreateUser', 'AlterUser', 'DropUser',
  'Grant', 'Revoke', 'GrantRole', 'RevokeRole', 'ListPermissions', 'ListRoles', 'ListUsers', 'ListSuperUsers',
  'AddIdentity', 'DropIdentity',
  'Use', 'Truncate', 'Describe', 'RestoreTable',
  'Insert', 'Update', 'Delete', 'Batch', 'Select',
  'Consistency', 'SerialConsistency', 'Copy', 'Source', 'Paging', 'Tracing', 'Expand', 'Capture', 'Login', 'Clear',
];

/** Every node kind (statements and sub-nodes), for rule validation (`match.node`). */
export const NODE_KINDS: readonly NodeKind[] = [
  ...STATEMENT_KINDS,
  'Identifier', 'QualifiedName',
  'NativeType', 'ListType', 'SetType', 'MapType', 'FrozenType', 'TupleType', 'VectorType', 'UserType', 'CustomType',
  'Literal', 'BindMarker', 'ColumnRef', 'ListLiteral', 'SetLiteral', 'MapLiteral', 'MapEntry', 'TupleLiteral',
  'UdtLiteral', 'UdtField', 'FunctionCall', 'Wildcard', 'WritetimeTtl', 'Cast', 'TypeHint', 'Arithmetic', 'Negation',
  'FieldAccess', 'ElementAccess', 'SliceAccess', 'InList',
  'Using', 'Relation', 'IndexExpression', 'Condition', 'Assignment', 'Selector', 'Ordering',
  'Property', 'PropertyMap', 'ColumnMask', 'ColumnDefinition', 'PrimaryKey', 'ClusteringOrder', 'FieldDefinition',
  'Rename', 'TagsChange',
  'AlterTableAdd', 'AlterTableDrop', 'AlterTableRename', 'AlterTableWith', 'AlterTableAlterType', 'AlterTableMask',
  'AlterTableDropMask', 'AlterTableDropCompactStorage', 'AlterTableTags',
  'AlterTypeAdd', 'AlterTypeRename', 'AlterTypeAlterField',
  'IndexTarget', 'FunctionParameter', 'RoleOption', 'Resource', 'InsertJson',
];
