/**
 * Checks that Cassandra 5.0 makes inside its grammar actions, so they reject a statement while
 * parsing (a syntax error to the user) although a context-free grammar accepts it. Runs over the
 * parse tree of a statement that parsed; returns the first violation. Internal to src/cql.
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
  CqlLexer.K_WITH, // options, option maps, role options, COMPACT STORAGE
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

/** Returns the first violation in a parsed statement, or null. */
export function validateStatement(tree: P.StatementContext): Violation | null {
  const checks = checksByRule();
  let found: Violation | null = null;
  const visit = (ctx: ParserRuleContext): void => {
    const check = checks.get(ctx.ruleIndex);
    if (check) found = check(ctx);
    for (let i = 0; !found && i < ctx.children.length; i++) {
      const child = ctx.children[i];
      if (!(child instanceof TerminalNode)) visit(child as ParserRuleContext);
    }
  };
  visit(tree);
  return found;
}

type Check = (ctx: ParserRuleContext) => Violation | null;

let checkTable: Map<number, Check> | undefined;

/** The checks, keyed by the rule they look at (so the walk costs one map lookup per node). */
function checksByRule(): Map<number, Check> {
  if (checkTable) return checkTable;
  const R = P.CqlParser;
  const table = new Map<number, Check>([
    [R.RULE_properties, (ctx) => duplicateProperties((ctx as P.PropertiesContext).property())],
    [R.RULE_createTableStatement, (ctx) => tableOptions(ctx as P.CreateTableStatementContext, false)],
    [R.RULE_createMaterializedViewStatement, (ctx) => tableOptions(ctx as P.CreateMaterializedViewStatementContext, true)],
    [R.RULE_propertyMap, (ctx) => duplicateMapKeys(ctx as P.PropertyMapContext)],
    [R.RULE_updateStatement, (ctx) => checkColumnOperations((ctx as P.UpdateStatementContext).columnOperation())],
    [R.RULE_comparatorType, (ctx) => checkFrozen(ctx as P.ComparatorTypeContext)],
    [R.RULE_nonTypeIdent, (ctx) => checkTypeName(ctx as P.NonTypeIdentContext)],
    [R.RULE_roleOptions, (ctx) => checkRoleOptions((ctx as P.RoleOptionsContext).roleOption())],
    [R.RULE_grantPermissionsStatement, (ctx) => {
      const c = ctx as P.GrantPermissionsStatementContext;
      return checkPermissions(c.permissionOrAll(), c.resource());
    }],
    [R.RULE_revokePermissionsStatement, (ctx) => {
      const c = ctx as P.RevokePermissionsStatementContext;
      return checkPermissions(c.permissionOrAll(), c.resource());
    }],
    [R.RULE_resource, (ctx) => (ctx instanceof P.MbeanResourceContext ? checkMbean(ctx) : null)],
    [R.RULE_consistencyStatement, (ctx) => checkConsistency((ctx as P.ConsistencyStatementContext)._level, CONSISTENCY_LEVELS, 'consistency level')],
    [R.RULE_serialConsistencyStatement, (ctx) =>
      checkConsistency((ctx as P.SerialConsistencyStatementContext)._level, SERIAL_CONSISTENCY_LEVELS, 'serial consistency level')],
  ]);
  checkTable = table;
  return table;
}

function tableOptions(
  ctx: P.CreateTableStatementContext | P.CreateMaterializedViewStatementContext,
  isView: boolean,
): Violation | null {
  const options = ctx.tableProperty();
  const compact = options.find((o) => o instanceof P.CompactStorageContext);
  if (compact && isView) return { token: compact.start!, message: 'COMPACT STORAGE is not allowed on materialized views' };
  return duplicateProperties(options.flatMap((o) => (o instanceof P.TableOptionContext ? [o.property()] : [])));
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

function checkRoleOptions(options: P.RoleOptionContext[]): Violation | null {
  const seen = new Set<string>();
  for (const option of options) {
    let kind: string | undefined;
    if (option instanceof P.RolePasswordContext) kind = 'PASSWORD';
    else if (option instanceof P.RoleHashedPasswordContext) kind = 'HASHED PASSWORD';
    else if (option instanceof P.RoleCustomOptionsContext) kind = 'OPTIONS';
    else if (option instanceof P.RoleSuperuserContext) kind = 'SUPERUSER';
    else if (option instanceof P.RoleLoginContext) kind = 'LOGIN';
    if (!kind) continue;
    if (seen.has(kind)) return { token: option.start!, message: `role option ${kind} is given more than once` };
    if ((kind === 'PASSWORD' && seen.has('HASHED PASSWORD')) || (kind === 'HASHED PASSWORD' && seen.has('PASSWORD'))) {
      return { token: option.start!, message: 'PASSWORD and HASHED PASSWORD cannot be used together' };
    }
    seen.add(kind);
  }
  return null;
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
  if (!isObjectName(name)) return { token, message: `'${name}' is not a valid JMX object name` };
  if (plural && !/[*?]/.test(name)) return { token, message: `MBEANS needs an object name pattern, not '${name}'` };
  return null;
}

/** `domain:key=value[,key=value…][,*]` or `domain:*`, as javax.management.ObjectName accepts. */
function isObjectName(name: string): boolean {
  const colon = name.indexOf(':');
  if (colon < 0) return false;
  const domain = name.slice(0, colon);
  if (/[\n:]/.test(domain)) return false;
  const props = name.slice(colon + 1);
  if (props === '') return false;
  return props.split(',').every((p) => p === '*' || /^[^=:,*?\n"]+=("([^"\\]|\\.)*"|[^=:,"\n]*)$/.test(p));
}
