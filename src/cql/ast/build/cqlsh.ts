/** DESCRIBE and the other cqlsh commands from the parse tree: CONSISTENCY, COPY, SOURCE, PAGING, TRACING, EXPAND, CAPTURE, LOGIN, CLEAR. */
import * as P from '../../generated/CqlParser.js';
import type { ConsistencyLevel, DescribeTarget, Identifier, QualifiedName, Statement } from '../nodes.js';
import { Alternatives, req, type BuildContext } from './context.js';
import { functionName, ident, qualified } from './names.js';
import { propertyMap } from './properties.js';
import { constant, literalFromToken, stringLiteral } from './terms.js';

// ───────────────────────────── DESCRIBE ─────────────────────────────

/** What a DESCRIBE target sets on the statement besides `target`. */
interface DescribeParts {
  target: DescribeTarget;
  full?: boolean;
  only?: boolean;
  keyspace?: Identifier;
  name?: QualifiedName;
}

const DESCRIBE_TARGETS = new Alternatives<P.DescribeTargetContext, DescribeParts>('DESCRIBE target')
  .on(P.DescribeClusterContext, () => ({ target: 'cluster' }))
  .on(P.DescribeSchemaContext, (_b, t) => ({ target: 'schema', full: t._full !== undefined && t._full !== null }))
  .on(P.DescribeKeyspacesContext, () => ({ target: 'keyspaces' }))
  .on(P.DescribeKeyspaceContext, (b, t) => {
    const parts: DescribeParts = { target: 'keyspace', only: t._only !== undefined && t._only !== null };
    if (t._keyspace !== undefined) parts.keyspace = ident(b, t._keyspace);
    return parts;
  })
  .on(P.DescribeTablesContext, () => ({ target: 'tables' }))
  .on(P.DescribeTableContext, (b, t) => ({ target: 'table', name: qualified(b, req(t._table, 'table', t)) }))
  .on(P.DescribeIndexContext, (b, t) => ({ target: 'index', name: qualified(b, req(t._index, 'index', t)) }))
  .on(P.DescribeMaterializedViewContext, (b, t) => ({ target: 'materializedView', name: qualified(b, req(t._view, 'view', t)) }))
  .on(P.DescribeTypesContext, () => ({ target: 'types' }))
  .on(P.DescribeTypeContext, (b, t) => ({ target: 'type', name: qualified(b, req(t._typeName, 'type', t)) }))
  .on(P.DescribeFunctionsContext, () => ({ target: 'functions' }))
  .on(P.DescribeFunctionContext, (b, t) => ({ target: 'function', name: functionName(b, req(t._function_, 'function', t)) }))
  .on(P.DescribeAggregatesContext, () => ({ target: 'aggregates' }))
  .on(P.DescribeAggregateContext, (b, t) => ({ target: 'aggregate', name: functionName(b, req(t._aggregate, 'aggregate', t)) }))
  .on(P.DescribeNameContext, (b, t) => {
    const name = ident(b, req(t._name, 'name', t));
    const range = b.range(t);
    return {
      target: 'name',
      name:
        t._keyspace === undefined
          ? { kind: 'QualifiedName', range, name }
          : { kind: 'QualifiedName', range, keyspace: ident(b, t._keyspace), name },
    };
  });

export function describe(b: BuildContext, ctx: P.DescribeStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'Describe' }> = {
    kind: 'Describe',
    range: b.range(ctx),
    target: 'cluster',
    full: false,
    only: false,
    withInternals: ctx.K_INTERNALS() !== null,
  };
  const parts = DESCRIBE_TARGETS.build(b, ctx.describeTarget());
  // Optional keys go after the fixed ones, in this order, so serialised nodes keep their key order.
  if (parts.full !== undefined) stmt.full = parts.full;
  if (parts.only !== undefined) stmt.only = parts.only;
  if (parts.keyspace !== undefined) stmt.keyspace = parts.keyspace;
  stmt.target = parts.target;
  if (parts.name !== undefined) stmt.name = parts.name;
  return stmt;
}

// ───────────────────────────── session settings ─────────────────────────────

export function consistency(b: BuildContext, ctx: P.ConsistencyStatementContext | P.SerialConsistencyStatementContext): Statement {
  const range = b.range(ctx);
  const level = ctx._level === undefined ? undefined : (ctx._level.getText().toUpperCase() as ConsistencyLevel);
  const kind = ctx instanceof P.ConsistencyStatementContext ? 'Consistency' : 'SerialConsistency';
  return level === undefined ? { kind, range } : { kind, range, level };
}

export function paging(b: BuildContext, ctx: P.PagingStatementContext): Statement {
  const range = b.range(ctx);
  const size = ctx.INTEGER();
  if (size !== null) return { kind: 'Paging', range, pageSize: literalFromToken(b, size.symbol, 'integer') };
  const mode = onOff(ctx);
  return mode === undefined ? { kind: 'Paging', range } : { kind: 'Paging', range, mode };
}

export function tracingOrExpand(b: BuildContext, ctx: P.TracingStatementContext | P.ExpandStatementContext): Statement {
  const range = b.range(ctx);
  const kind = ctx instanceof P.TracingStatementContext ? 'Tracing' : 'Expand';
  const mode = onOff(ctx);
  return mode === undefined ? { kind, range } : { kind, range, mode };
}

function onOff(ctx: P.PagingStatementContext | P.TracingStatementContext | P.ExpandStatementContext): 'on' | 'off' | undefined {
  if (ctx.K_ON() !== null) return 'on';
  if (ctx.K_OFF() !== null) return 'off';
  return undefined;
}

// ───────────────────────────── files and the session ─────────────────────────────

export function copy(b: BuildContext, ctx: P.CopyStatementContext): Statement {
  const stmt: Extract<Statement, { kind: 'Copy' }> = {
    kind: 'Copy',
    range: b.range(ctx),
    table: qualified(b, req(ctx._table, 'table', ctx)),
    columns: ctx.ident().map((i) => ident(b, i)),
    direction: req(ctx._direction, 'direction', ctx).type === P.CqlParser.K_TO ? 'to' : 'from',
  };
  if (ctx._file !== undefined && ctx._file !== null) stmt.file = stringLiteral(b, ctx._file);
  if (ctx._std !== undefined && ctx._std !== null) stmt.stdio = ctx._std.type === P.CqlParser.K_STDIN ? 'stdin' : 'stdout';
  const options = ctx.copyOption();
  const first = options[0];
  const last = options[options.length - 1];
  if (first !== undefined && last !== undefined) {
    stmt.options = propertyMap(
      options.map((o) => {
        const value = req(o._value, 'value', o);
        const literal = value.constant();
        return {
          kind: 'Property' as const,
          range: b.range(o),
          name: ident(b, req(o._name, 'option', o)),
          value: literal !== null ? constant(b, literal) : ident(b, value),
        };
      }),
      b.span(b.range(first), b.range(last)),
    );
  }
  return stmt;
}

export function source(b: BuildContext, ctx: P.SourceStatementContext): Statement {
  return { kind: 'Source', range: b.range(ctx), file: stringLiteral(b, req(ctx._file, 'file', ctx)) };
}

export function capture(b: BuildContext, ctx: P.CaptureStatementContext): Statement {
  const range = b.range(ctx);
  if (ctx._file !== undefined && ctx._file !== null) return { kind: 'Capture', range, file: stringLiteral(b, ctx._file), off: false };
  return { kind: 'Capture', range, off: ctx.K_OFF() !== null };
}

export function login(b: BuildContext, ctx: P.LoginStatementContext): Statement {
  const range = b.range(ctx);
  const user = ident(b, req(ctx._user, 'user', ctx));
  return ctx._password !== undefined && ctx._password !== null
    ? { kind: 'Login', range, user, password: stringLiteral(b, ctx._password) }
    : { kind: 'Login', range, user };
}

export function clear(b: BuildContext, ctx: P.ClearStatementContext): Statement {
  return { kind: 'Clear', range: b.range(ctx) };
}
