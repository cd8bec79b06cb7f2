/**
 * Checks that Cassandra 5.0 makes inside its grammar actions, so they reject a statement while
 * parsing (a syntax error to the user) although a context-free grammar accepts it. Runs over the
 * parse tree of a statement that parsed; returns the one violation Cassandra would report.
 * Internal to src/cql.
 *
 * Cassandra's actions fail in two ways: most record an error and let the parse go on (the first
 * recorded error is reported at the end), some throw and stop the parse on the spot (a duplicate
 * column, a second PRIMARY KEY, a role option given twice, …). So a violation that stops the parse
 * wins over every recorded one, wherever they are; among violations of one kind, the first in the
 * statement wins.
 *
 * Unknown option names are deliberately not checked here: they are rule findings, not syntax.
 */
import { type ParserRuleContext, TerminalNode, type Token } from 'antlr4ng';
import { CqlLexer } from './generated/CqlLexer.js';
import * as P from './generated/CqlParser.js';

export interface Violation {
  /** First token of the offending construct. */
  token: Token;
  message: string;
  /** Cassandra throws here and stops parsing (rather than recording the error and going on). */
  aborts?: boolean;
  /**
   * Where Cassandra's action runs, as a character index, when that is not `token` (a check made at
   * the end of the statement): orders the violations that stop the parse.
   */
  at?: number;
}

const RESERVED_TYPE_NAMES = new Set(['byte', 'complex', 'enum', 'date', 'interval', 'macaddr', 'bitstring']);

const CONSISTENCY_LEVELS = new Set([
  'ANY', 'ONE', 'TWO', 'THREE', 'QUORUM', 'ALL', 'LOCAL_QUORUM', 'EACH_QUORUM', 'SERIAL', 'LOCAL_SERIAL', 'LOCAL_ONE',
]);
const SERIAL_CONSISTENCY_LEVELS = new Set(['SERIAL', 'LOCAL_SERIAL']);

// Permissions each resource kind supports (Cassandra's applicablePermissions per resource).
const DATA_ROOT = ['CREATE', 'ALTER', 'DROP', 'SELECT', 'MODIFY', 'AUTHORIZE', 'UNMASK', 'SELECT_MASKED'];
const TABLE = ['ALTER', 'DROP', 'SELECT', 'MODIFY', 'AUTHORIZE', 'UNMASK', 'SELECT_MASKED'];
const ROLES_ROOT = ['CREATE', 'ALTER', 'DROP', 'AUTHORIZE', 'DESCRIBE'];
const ROLE = ['ALTER', 'DROP', 'AUTHORIZE'];
const FUNCTIONS_ROOT = ['CREATE', 'ALTER', 'DROP', 'AUTHORIZE', 'EXECUTE'];
const FUNCTION = ['ALTER', 'DROP', 'AUTHORIZE', 'EXECUTE'];
const MBEANS = ['AUTHORIZE', 'DESCRIBE', 'EXECUTE', 'MODIFY', 'SELECT'];

/**
 * Tokens without which no check below can fire: a statement with none of them (most DML) skips
 * the tree walk.
 */
const TRIGGERS: ReadonlySet<number> = new Set([
  CqlLexer.K_WITH, // options, option maps, role options, COMPACT STORAGE, CLUSTERING ORDER
  CqlLexer.K_TABLE, // CREATE TABLE columns and PRIMARY KEY
  CqlLexer.K_TAGS,
  CqlLexer.K_UPDATE, // column operations (also inside batches)
  CqlLexer.K_FROZEN,
  CqlLexer.K_GRANT,
  CqlLexer.K_REVOKE,
  CqlLexer.K_MBEAN, // also in LIST … ON MBEAN
  CqlLexer.K_MBEANS,
  CqlLexer.K_CONSISTENCY,
]);

/** Whether `validateStatement` can find anything in a statement made of `tokens`. */
export function mayNeedValidation(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (TRIGGERS.has(t.type)) return true;
    if (t.type === CqlLexer.IDENT && RESERVED_TYPE_NAMES.has(t.text ?? '')) return true;
  }
  return false;
}

/** Returns the violation Cassandra reports for a parsed statement (see the top), or null. */
export function validateStatement(tree: P.StatementContext): Violation | null {
  const checks = checksByRule();
  let aborting: Violation | null = null;
  let recorded: Violation | null = null;
  const report = (v: Violation | null): void => {
    if (!v) return;
    if (v.aborts) {
      if (!aborting || (v.at ?? v.token.start) < (aborting.at ?? aborting.token.start)) aborting = v;
    } else if (!recorded || v.token.start < recorded.token.start) {
      recorded = v;
    }
  };
  const visit = (ctx: ParserRuleContext): void => {
    checks.get(ctx.ruleIndex)?.(ctx, report);
    for (let i = 0; i < ctx.children.length; i++) {
      const child = ctx.children[i];
      if (!(child instanceof TerminalNode)) visit(child as ParserRuleContext);
    }
  };
  visit(tree);
  return aborting ?? recorded;
}

type Report = (violation: Violation | null) => void;
type Check = (ctx: ParserRuleContext, report: Report) => void;

let checkTable: Map<number, Check> | undefined;

/** The checks, keyed by the rule they look at (so the walk costs one map lookup per node). */
function checksByRule(): Map<number, Check> {
  if (checkTable) return checkTable;
  const R = P.CqlParser;
  const table = new Map<number, Check>([
    [R.RULE_properties, (ctx, report) => report(duplicateProperties((ctx as P.PropertiesContext).property()))],
    [R.RULE_createTableStatement, (ctx, report) => {
      const c = ctx as P.CreateTableStatementContext;
      tableElements(c.tableElement(), report);
      tableOptions(c.tableProperty(), false, report);
    }],
    [R.RULE_createMaterializedViewStatement, (ctx, report) =>
      tableOptions((ctx as P.CreateMaterializedViewStatementContext).tableProperty(), true, report)],
    [R.RULE_propertyMap, (ctx, report) => report(duplicateMapKeys(ctx as P.PropertyMapContext))],
    [R.RULE_updateStatement, (ctx, report) => report(checkColumnOperations((ctx as P.UpdateStatementContext).columnOperation()))],
    [R.RULE_comparatorType, (ctx, report) => report(checkFrozen(ctx as P.ComparatorTypeContext))],
    [R.RULE_nonTypeIdent, (ctx, report) => report(checkTypeName(ctx as P.NonTypeIdentContext))],
    [R.RULE_roleOptions, (ctx, report) => {
      const c = ctx as P.RoleOptionsContext;
      checkRoleOptions(c, report);
      checkAccessOptions(c.roleOption(), report);
    }],
    [R.RULE_grantPermissionsStatement, (ctx, report) => {
      const c = ctx as P.GrantPermissionsStatementContext;
      report(checkPermissions(c.permissionOrAll(), c.resource()));
    }],
    [R.RULE_revokePermissionsStatement, (ctx, report) => {
      const c = ctx as P.RevokePermissionsStatementContext;
      report(checkPermissions(c.permissionOrAll(), c.resource()));
    }],
    [R.RULE_resource, (ctx, report) => report(ctx instanceof P.MbeanResourceContext ? checkMbean(ctx) : null)],
    [R.RULE_consistencyStatement, (ctx, report) =>
      report(checkConsistency((ctx as P.ConsistencyStatementContext)._level, CONSISTENCY_LEVELS, 'consistency level'))],
    [R.RULE_serialConsistencyStatement, (ctx, report) =>
      report(checkConsistency((ctx as P.SerialConsistencyStatementContext)._level, SERIAL_CONSISTENCY_LEVELS, 'serial consistency level'))],
  ]);
  checkTable = table;
  return table;
}

/**
 * CREATE TABLE's column list, as Cassandra's table builder sees it while parsing: a column defined
 * twice and a second PRIMARY KEY (inline or as a clause) each stop the parse.
 */
function tableElements(elements: P.TableElementContext[], report: Report): void {
  const columns = new Set<string>();
  let hasKey = false;
  for (const element of elements) {
    const column = element.columnDefinition();
    const keyClause = element.primaryKeyDefinition();
    const name = column?._column;
    if (name) {
      const id = identifierName(name);
      if (columns.has(id)) {
        report({ token: name.start!, message: `column '${name.getText()}' is defined more than once`, aborts: true });
        return;
      }
      columns.add(id);
    }
    const keyToken = column?._primaryKey ?? keyClause?.start ?? null;
    if (!keyToken) continue;
    if (hasKey) {
      report({ token: keyToken, message: 'PRIMARY KEY is given more than once (a table has exactly one)', aborts: true });
      return;
    }
    hasKey = true;
  }
}

/**
 * Table and view options: a column twice in CLUSTERING ORDER BY (across all such clauses) and
 * COMPACT STORAGE on a view stop the parse; an option given twice is recorded.
 */
function tableOptions(options: P.TablePropertyContext[], isView: boolean, report: Report): void {
  const ordered = new Set<string>();
  for (const option of options) {
    if (option instanceof P.CompactStorageContext && isView) {
      report({ token: option.start!, message: 'COMPACT STORAGE is not allowed on materialized views', aborts: true });
      return;
    }
    if (!(option instanceof P.ClusteringOrderByContext)) continue;
    for (const item of option.clusteringOrder()) {
      const column = item._column;
      if (!column) continue;
      const id = identifierName(column);
      if (ordered.has(id)) {
        report({ token: column.start!, message: `column '${column.getText()}' appears more than once in CLUSTERING ORDER BY`, aborts: true });
        return;
      }
      ordered.add(id);
    }
  }
  report(duplicateProperties(options.flatMap((o) => (o instanceof P.TableOptionContext ? [o.property()] : []))));
}

function checkFrozen(ctx: P.ComparatorTypeContext): Violation | null {
  if (!(ctx instanceof P.FrozenTypeContext)) return null;
  const inner = ctx._inner;
  if (inner instanceof P.NativeTypeRefContext || inner instanceof P.CustomTypeContext) {
    return { token: inner.start!, message: 'frozen<> is only allowed on collections, tuples and user-defined types' };
  }
  return null;
}

function checkTypeName(ctx: P.NonTypeIdentContext): Violation | null {
  const ident = ctx.plainIdent()?.IDENT();
  if (ident && RESERVED_TYPE_NAMES.has(ident.getText())) {
    return { token: ident.symbol, message: `'${ident.getText()}' is a reserved type name` };
  }
  return null;
}

function checkConsistency(level: P.ConsistencyLevelContext | undefined, allowed: Set<string>, kind: string): Violation | null {
  if (!level || allowed.has(level.getText().toUpperCase())) return null;
  return { token: level.start!, message: `unknown ${kind} '${level.getText()}'` };
}

/** Cassandra's identifier semantics: unquoted names are case-insensitive, quoted ones exact. */
export function identifierName(ctx: ParserRuleContext): string {
  const text = ctx.getText();
  if (text.startsWith('"')) return text.slice(1, -1).replace(/""/g, '"');
  return text.toLowerCase();
}

function duplicateProperties(properties: P.PropertyContext[]): Violation | null {
  const seen = new Set<string>();
  for (const p of properties) {
    const nameCtx = p instanceof P.SimplePropertyContext || p instanceof P.MapPropertyContext ? p._name : undefined;
    if (!nameCtx) continue;
    const name = identifierName(nameCtx);
    if (seen.has(name)) return { token: nameCtx.start!, message: `option '${name}' is given more than once` };
    seen.add(name);
  }
  return null;
}

function constantKey(ctx: P.ConstantContext): string {
  const text = ctx.getText();
  if (ctx instanceof P.StringConstantContext) {
    return text.startsWith('$$') ? text.slice(2, -2) : text.slice(1, -1).replace(/''/g, "'");
  }
  return text;
}

function duplicateMapKeys(map: P.PropertyMapContext): Violation | null {
  const seen = new Set<string>();
  for (const entry of map.propertyMapEntry()) {
    const key = entry._key;
    if (!key) continue;
    const name = constantKey(key);
    if (seen.has(name)) return { token: key.start!, message: `key '${name}' is given more than once in this map` };
    seen.add(name);
  }
  return null;
}

type OperationKind = 'set' | 'other' | `field:${string}`;

function checkColumnOperations(operations: P.ColumnOperationContext[]): Violation | null {
  const byColumn = new Map<string, OperationKind[]>();
  for (const op of operations) {
    let column: P.CidentContext | undefined;
    let kind: OperationKind = 'other';
    if (op instanceof P.AssignOrPrependContext) {
      column = op._column;
      if (op._other) {
        if (column && identifierName(op._other) !== identifierName(column)) {
          return { token: op._other.start!, message: `only '${column.getText()} = <value> + ${column.getText()}' is supported here` };
        }
      } else {
        kind = 'set';
      }
    } else if (op instanceof P.AddOrSubtractContext || op instanceof P.AddSignedIntegerContext) {
      column = op._column;
      const other = op._other;
      if (column && other && identifierName(other) !== identifierName(column)) {
        const sign = op instanceof P.AddOrSubtractContext ? (op._op?.text ?? '+') : '+';
        return {
          token: other.start!,
          message: `only '${column.getText()} = ${column.getText()} ${sign} <value>' is supported here`,
        };
      }
    } else if (op instanceof P.ShorthandAddOrSubtractContext || op instanceof P.SetElementContext) {
      column = op._column;
    } else if (op instanceof P.SetFieldContext) {
      column = op._column;
      if (op._field) kind = `field:${identifierName(op._field)}`;
    }
    if (!column) continue;
    const name = identifierName(column);
    const previous = byColumn.get(name) ?? [];
    const conflict = previous.some((p) => p === 'set' || kind === 'set' || (p === kind && kind.startsWith('field:')));
    if (conflict) return { token: column.start!, message: `column '${column.getText()}' is set more than once` };
    previous.push(kind);
    byColumn.set(name, previous);
  }
  return null;
}

/**
 * Role options as Cassandra's RoleOptions sees them: an option given twice stops the parse on the
 * spot; PASSWORD with HASHED PASSWORD stops it at the end of the statement.
 */
function checkRoleOptions(ctx: P.RoleOptionsContext, report: Report): void {
  const seen = new Set<string>();
  for (const option of ctx.roleOption()) {
    let kind: string | undefined;
    if (option instanceof P.RolePasswordContext) kind = 'PASSWORD';
    else if (option instanceof P.RoleHashedPasswordContext) kind = 'HASHED PASSWORD';
    else if (option instanceof P.RoleCustomOptionsContext) kind = 'OPTIONS';
    else if (option instanceof P.RoleSuperuserContext) kind = 'SUPERUSER';
    else if (option instanceof P.RoleLoginContext) kind = 'LOGIN';
    if (!kind) continue;
    if (seen.has(kind)) {
      report({ token: option.start!, message: `role option ${kind} is given more than once`, aborts: true });
      return;
    }
    if ((kind === 'PASSWORD' && seen.has('HASHED PASSWORD')) || (kind === 'HASHED PASSWORD' && seen.has('PASSWORD'))) {
      const at = ctx.stop?.start ?? option.start!.start;
      report({ token: option.start!, message: 'PASSWORD and HASHED PASSWORD cannot be used together', aborts: true, at });
      return;
    }
    seen.add(kind);
  }
}

/**
 * `ACCESS TO ALL DATACENTERS` with `ACCESS TO DATACENTERS {…}`, and `ACCESS FROM ALL CIDRS` with
 * `ACCESS FROM CIDRS {…}`, in either order: Cassandra's DCPermissions and CIDRPermissions builders
 * throw while parsing (the same form twice is accepted).
 */
function checkAccessOptions(options: P.RoleOptionContext[], report: Report): void {
  const seen = new Set<string>();
  for (const option of options) {
    let kind: string | undefined;
    let group: 'datacenters' | 'cidrs' | undefined;
    if (option instanceof P.RoleAccessAllDatacentersContext) [kind, group] = ['all', 'datacenters'];
    else if (option instanceof P.RoleAccessDatacentersContext) [kind, group] = ['list', 'datacenters'];
    else if (option instanceof P.RoleAccessAllCidrsContext) [kind, group] = ['all', 'cidrs'];
    else if (option instanceof P.RoleAccessCidrsContext) [kind, group] = ['list', 'cidrs'];
    if (!kind || !group) continue;
    const other = `${group}:${kind === 'all' ? 'list' : 'all'}`;
    if (seen.has(other)) {
      const message =
        group === 'datacenters'
          ? 'ACCESS TO ALL DATACENTERS cannot be combined with a list of datacenters'
          : 'ACCESS FROM ALL CIDRS cannot be combined with a list of CIDR groups';
      report({ token: option.start!, message, aborts: true });
      return;
    }
    seen.add(`${group}:${kind}`);
  }
}

function applicablePermissions(resource: P.ResourceContext): { kind: string; permissions: string[] } {
  if (resource instanceof P.AllKeyspacesResourceContext) return { kind: 'ALL KEYSPACES', permissions: DATA_ROOT };
  if (resource instanceof P.KeyspaceResourceContext) return { kind: 'a keyspace', permissions: DATA_ROOT };
  if (resource instanceof P.AllTablesResourceContext) return { kind: 'ALL TABLES', permissions: DATA_ROOT };
  if (resource instanceof P.TableResourceContext) return { kind: 'a table', permissions: TABLE };
  if (resource instanceof P.AllRolesResourceContext) return { kind: 'ALL ROLES', permissions: ROLES_ROOT };
  if (resource instanceof P.RoleResourceContext) return { kind: 'a role', permissions: ROLE };
  if (resource instanceof P.AllFunctionsResourceContext) return { kind: 'ALL FUNCTIONS', permissions: FUNCTIONS_ROOT };
  if (resource instanceof P.FunctionResourceContext) return { kind: 'a function', permissions: FUNCTION };
  return { kind: 'MBeans', permissions: MBEANS };
}

function checkPermissions(permissions: P.PermissionOrAllContext, resource: P.ResourceContext): Violation | null {
  if (!(permissions instanceof P.PermissionListContext)) return null;
  const { kind, permissions: applicable } = applicablePermissions(resource);
  const requested = permissions.permission();
  if (requested.some((p) => applicable.includes(p.getText().toUpperCase()))) return null;
  const names = requested.map((p) => p.getText().toUpperCase()).join(', ');
  return { token: permissions.start!, message: `${names} cannot be granted on ${kind}` };
}

function checkMbean(ctx: P.MbeanResourceContext): Violation | null {
  const token = ctx._mbean;
  if (!token) return null;
  const raw = token.text ?? '';
  const name = raw.startsWith('$$') ? raw.slice(2, -2) : raw.slice(1, -1).replace(/''/g, "'");
  const plural = ctx._kind?.type === CqlLexer.K_MBEANS;
  if (name === '') return { token, message: 'empty JMX object name' };
  if (name === '*:*') return { token, message: "use ALL MBEANS instead of '*:*'" };
  const pattern = objectNamePattern(name);
  if (pattern === null) return { token, message: `'${name}' is not a valid JMX object name` };
  if (plural && !pattern) return { token, message: `MBEANS needs an object name pattern, not '${name}'` };
  return null;
}

/**
 * The syntax of a javax.management.ObjectName (what Cassandra's `ObjectName.getInstance` checks):
 * null when `name` is not one, else whether it is a pattern. `domain:key=value[,key=value…]`,
 * where the domain has no newline (`*`/`?` make it a pattern); keys are non-empty, unique and
 * have none of `: , * ? =` or a newline; a value is unquoted (none of `= : " ,` or a newline) or
 * quoted (`\` escapes only `\ " * ? n`, no raw newline, nothing but `,` after it); `*` or `?` in a
 * value makes it a pattern; one `*` in place of a property makes the list a pattern; no trailing
 * comma after a property.
 * test/cql/jmx-object-names.json holds the JDK's verdicts this is checked against.
 */
export function objectNamePattern(name: string): boolean | null {
  const colon = name.indexOf(':');
  if (colon < 0 || name.slice(0, colon).includes('\n')) return null;
  let pattern = /[*?]/.test(name.slice(0, colon));
  const n = name.length;
  let i = colon + 1;
  if (i === n) return null;
  const keys = new Set<string>();
  let listPattern = false;
  // After a property: the end, or a ',' that is not the last character.
  const next = (): boolean => {
    if (i === n) return true;
    if (name[i] !== ',') return false;
    i++;
    return i < n;
  };
  while (i < n) {
    if (name[i] === '*') {
      if (listPattern) return null;
      listPattern = pattern = true;
      i++;
      // The JDK takes a trailing comma after '*' (but not after a property).
      if (i < n && name[i++] !== ',') return null;
      continue;
    }
    const keyStart = i;
    while (i < n && name[i] !== '=') {
      if (':,*?\n'.includes(name[i]!)) return null;
      i++;
    }
    if (i === n || i === keyStart) return null;
    const key = name.slice(keyStart, i);
    if (keys.has(key)) return null;
    keys.add(key);
    i++;
    if (name[i] === '"') {
      for (i++; ; i++) {
        const c = name[i];
        if (c === undefined || c === '\n') return null;
        if (c === '"') break;
        if (c === '\\') {
          if (!'\\"*?n'.includes(name[i + 1] ?? 'x')) return null;
          i++;
        } else if (c === '*' || c === '?') {
          pattern = true;
        }
      }
      i++;
    } else {
      for (; i < n && name[i] !== ','; i++) {
        const c = name[i]!;
        if ('=:"\n'.includes(c)) return null;
        if (c === '*' || c === '?') pattern = true;
      }
    }
    if (!next()) return null;
  }
  return pattern;
}
