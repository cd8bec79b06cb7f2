/** INSERT, UPDATE, DELETE and BATCH from the parse tree, with their SET assignments, IF conditions and USING clauses. */
import type { TerminalNode } from 'antlr4ng';
import * as P from '../../generated/CqlParser.js';
import type { SourceRange } from '../../source.js';
import type { Assignment, BatchChild, ColumnRef, Condition, ConditionOperator, Expression, InList, Literal, Statement, UsingClause } from '../nodes.js';
import { Alternatives, AstBuildError, req, type BuildContext } from './context.js';
import { columnRef, ident, qualified } from './names.js';
import { intValue, literalFromToken, marker, stringLiteral, term } from './terms.js';
import { inValues, op, where } from './where.js';

export function insert(b: BuildContext, ctx: P.InsertStatementContext): Statement {
  const body = ctx.insertBody();
  const stmt: Extract<Statement, { kind: 'Insert' }> = {
    kind: 'Insert',
    range: b.range(ctx),
    table: qualified(b, req(ctx._table, 'table', ctx)),
    columns: [],
    values: [],
    ifNotExists: ctx.ifNotExists() !== null,
  };
  if (body instanceof P.InsertValuesContext) {
    stmt.columns = body._columns.map((c) => ident(b, c));
    stmt.values = body._values.map((v) => term(b, v));
  } else if (body instanceof P.InsertJsonContext) {
    const json = req(body._json, 'JSON value', body);
    const bind = json.marker();
    const value = bind !== null ? marker(b, bind) : stringLiteral(b, req(json.STRING_LITERAL(), 'JSON', json).symbol);
    const defaultKind = body._defaultKind;
    stmt.json =
      defaultKind === undefined || defaultKind === null
        ? { kind: 'InsertJson', range: b.range(body), value }
        : {
            kind: 'InsertJson',
            range: b.range(body),
            value,
            defaultBehavior: defaultKind.type === P.CqlParser.K_UNSET ? 'unset' : 'null',
          };
  } else {
    throw new AstBuildError('INSERT body', body);
  }
  const clause = using(b, ctx.usingClause());
  if (clause !== undefined) stmt.using = clause;
  return stmt;
}

export function update(b: BuildContext, ctx: P.UpdateStatementContext): Statement {
  const clause = using(b, ctx.usingClause());
  return {
    kind: 'Update',
    range: b.range(ctx),
    table: qualified(b, req(ctx._table, 'table', ctx)),
    ...(clause === undefined ? {} : { using: clause }),
    assignments: ctx.columnOperation().map((o) => ASSIGNMENTS.build(b, o)),
    where: where(b, ctx.whereClause()),
    ifExists: ctx._exists !== undefined && ctx._exists !== null,
    conditions: conditions(b, ctx.updateConditions()),
  };
}

export function deleteStatement(b: BuildContext, ctx: P.DeleteStatementContext): Statement {
  const selections: Expression[] = [];
  for (const o of ctx.deleteSelection()?.deleteOp() ?? []) {
    const column = columnRef(b, req((o as P.DeleteColumnContext)._column, 'column', o));
    if (o instanceof P.DeleteColumnContext) selections.push(column);
    else if (o instanceof P.DeleteElementContext) {
      selections.push({ kind: 'ElementAccess', range: b.range(o), target: column, index: term(b, req(o._element, 'element', o)) });
    } else if (o instanceof P.DeleteFieldContext) {
      selections.push({ kind: 'FieldAccess', range: b.range(o), target: column, field: ident(b, req(o._field, 'field', o)) });
    } else throw new AstBuildError('delete selection', o);
  }
  let clause: UsingClause | undefined;
  if (ctx._timestamp !== undefined) {
    const usingKw = req(ctx.K_USING(), 'USING', ctx);
    const timestamp = intValue(b, ctx._timestamp);
    clause = { kind: 'Using', range: b.span(b.terminalRange(usingKw), timestamp.range), timestamp };
  }
  return {
    kind: 'Delete',
    range: b.range(ctx),
    selections,
    table: qualified(b, req(ctx._table, 'table', ctx)),
    ...(clause === undefined ? {} : { using: clause }),
    where: where(b, ctx.whereClause()),
    ifExists: ctx._exists !== undefined && ctx._exists !== null,
    conditions: conditions(b, ctx.updateConditions()),
  };
}

export function batch(b: BuildContext, ctx: P.BatchStatementContext): Statement {
  const range = b.range(ctx);
  const kind = ctx._kind?.type;
  const clause = using(b, ctx.usingClause());
  return {
    kind: 'Batch',
    range,
    batchType: kind === P.CqlParser.K_UNLOGGED ? 'unlogged' : kind === P.CqlParser.K_COUNTER ? 'counter' : 'logged',
    ...(clause === undefined ? {} : { using: clause }),
    statements: ctx.batchChild().map((c) => batchChild(b, c)),
  };
}

function batchChild(b: BuildContext, ctx: P.BatchChildContext): BatchChild {
  const insertCtx = ctx.insertStatement();
  if (insertCtx !== null) return insert(b, insertCtx) as BatchChild;
  const updateCtx = ctx.updateStatement();
  if (updateCtx !== null) return update(b, updateCtx) as BatchChild;
  return deleteStatement(b, req(ctx.deleteStatement(), 'batch statement', ctx)) as BatchChild;
}

function using(b: BuildContext, ctx: P.UsingClauseContext | null): UsingClause | undefined {
  if (ctx === null) return undefined;
  const clause: UsingClause = { kind: 'Using', range: b.range(ctx) };
  for (const o of ctx.usingClauseObjective()) {
    if (o instanceof P.UsingTtlContext) clause.ttl = intValue(b, req(o._value, 'TTL', o));
    else if (o instanceof P.UsingTimestampContext) clause.timestamp = intValue(b, req(o._value, 'timestamp', o));
  }
  return clause;
}

// ───────────────────────────── SET ─────────────────────────────

function assignment(
  range: SourceRange,
  target: Expression,
  operation: Assignment['operation'],
  compound: boolean,
  value: Expression,
): Assignment {
  return { kind: 'Assignment', range, target, operation, compound, value };
}

const ASSIGNMENTS = new Alternatives<P.ColumnOperationContext, Assignment>('assignment')
  .on(P.AssignOrPrependContext, (b, c) => {
    const range = b.range(c);
    const target = columnRef(b, req(c._column, 'column', c));
    const value = term(b, req(c._value, 'value', c));
    return assignment(range, target, c._other === undefined ? 'set' : 'prepend', false, value);
  })
  .on(P.AddOrSubtractContext, (b, c) => {
    const range = b.range(c);
    const operator = req(c._op, 'operator', c);
    return assignment(
      range,
      columnRef(b, req(c._column, 'column', c)),
      operator.type === P.CqlParser.MINUS ? 'subtract' : 'add',
      false,
      term(b, req(c._value, 'value', c)),
    );
  })
  .on(P.AddSignedIntegerContext, (b, c) => {
    const range = b.range(c);
    // `c = c -1`: the lexer reads `-1` as one integer; Cassandra treats it as `c = c - 1`.
    const token = req(req(c._value, 'value', c).start, 'integer', c);
    const text = token.text ?? '';
    const negative = text.startsWith('-');
    const literal: Literal = negative
      ? {
          kind: 'Literal',
          range: { start: b.pos(token.start + 1), end: b.pos(token.stop + 1) },
          type: 'integer',
          text: text.slice(1),
        }
      : literalFromToken(b, token, 'integer');
    return assignment(range, columnRef(b, req(c._column, 'column', c)), negative ? 'subtract' : 'add', false, literal);
  })
  .on(P.ShorthandAddOrSubtractContext, (b, c) => {
    const range = b.range(c);
    const operator = req(c._op, 'operator', c);
    return assignment(
      range,
      columnRef(b, req(c._column, 'column', c)),
      operator.type === P.CqlParser.MINUS_EQ ? 'subtract' : 'add',
      true,
      term(b, req(c._value, 'value', c)),
    );
  })
  .on(P.SetElementContext, (b, c) => {
    const range = b.range(c);
    const column = columnRef(b, req(c._column, 'column', c));
    const target: Expression = {
      kind: 'ElementAccess',
      range: b.span(column.range, b.terminalRange(c.RBRACKET())),
      target: column,
      index: term(b, req(c._key, 'key', c)),
    };
    return assignment(range, target, 'set', false, term(b, req(c._value, 'value', c)));
  })
  .on(P.SetFieldContext, (b, c) => {
    const range = b.range(c);
    const column = columnRef(b, req(c._column, 'column', c));
    const field = ident(b, req(c._field, 'field', c));
    const target: Expression = { kind: 'FieldAccess', range: b.span(column.range, field.range), target: column, field };
    return assignment(range, target, 'set', false, term(b, req(c._value, 'value', c)));
  });

// ───────────────────────────── IF ─────────────────────────────

function conditions(b: BuildContext, ctx: P.UpdateConditionsContext | null): Condition[] {
  if (ctx === null) return [];
  return ctx.columnCondition().map((c) => CONDITIONS.build(b, c));
}

function condition(range: SourceRange, left: Expression, operator: ConditionOperator, right: Expression | InList): Condition {
  return { kind: 'Condition', range, left, operator, right };
}

type ConditionContext = P.ColumnConditionContext & { _column?: P.CidentContext };

function conditionColumn(b: BuildContext, ctx: ConditionContext): ColumnRef {
  return columnRef(b, req(ctx._column, 'column', ctx));
}

/** `column[element]` on the left of a condition. */
function conditionElement(b: BuildContext, ctx: ConditionContext & { _element?: P.TermContext; RBRACKET(): TerminalNode }): Expression {
  const target = conditionColumn(b, ctx);
  return {
    kind: 'ElementAccess',
    range: b.span(target.range, b.terminalRange(ctx.RBRACKET())),
    target,
    index: term(b, req(ctx._element, 'element', ctx)),
  };
}

/** `column.field` on the left of a condition. */
function conditionField(b: BuildContext, ctx: ConditionContext & { _field?: P.IdentContext }): Expression {
  const target = conditionColumn(b, ctx);
  const name = ident(b, req(ctx._field, 'field', ctx));
  return { kind: 'FieldAccess', range: b.span(target.range, name.range), target, field: name };
}

const CONDITIONS = new Alternatives<P.ColumnConditionContext, Condition>('condition')
  .on(P.ConditionCompareContext, (b, c) =>
    condition(b.range(c), conditionColumn(b, c), op(req(c._op, 'operator', c)), term(b, req(c._value, 'value', c))),
  )
  .on(P.ConditionContainsContext, (b, c) =>
    condition(b.range(c), conditionColumn(b, c), c._key ? 'CONTAINS KEY' : 'CONTAINS', term(b, req(c._value, 'value', c))),
  )
  .on(P.ConditionInContext, (b, c) =>
    condition(b.range(c), conditionColumn(b, c), 'IN', inValues(b, req(c._inValues, 'IN values', c))),
  )
  .on(P.ConditionElementCompareContext, (b, c) =>
    condition(b.range(c), conditionElement(b, c), op(req(c._op, 'operator', c)), term(b, req(c._value, 'value', c))),
  )
  .on(P.ConditionElementInContext, (b, c) =>
    condition(b.range(c), conditionElement(b, c), 'IN', inValues(b, req(c._inValues, 'IN values', c))),
  )
  .on(P.ConditionFieldCompareContext, (b, c) =>
    condition(b.range(c), conditionField(b, c), op(req(c._op, 'operator', c)), term(b, req(c._value, 'value', c))),
  )
  .on(P.ConditionFieldInContext, (b, c) =>
    condition(b.range(c), conditionField(b, c), 'IN', inValues(b, req(c._inValues, 'IN values', c))),
  );
