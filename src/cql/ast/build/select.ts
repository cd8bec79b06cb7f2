/** SELECT from the parse tree: selectors (also used by materialized views), ordering, limits. */
import * as P from '../../generated/CqlParser.js';
import type { Expression, Ordering, Selector, Statement } from '../nodes.js';
import { Alternatives, AstBuildError, req, type BuildContext } from './context.js';
import { columnRef, functionName, ident, identFromToken, qualified } from './names.js';
import { constant, cqlType, fold, intValue, marker, nativeType, nullLiteral, singleToken, term } from './terms.js';
import { where } from './where.js';

export function select(b: BuildContext, ctx: P.SelectStatementContext): Statement {
  const { selectors: list, wildcard } = selectors(b, ctx.selectors());
  const stmt: Extract<Statement, { kind: 'Select' }> = {
    kind: 'Select',
    range: b.range(ctx),
    json: ctx._json !== undefined && ctx._json !== null,
    distinct: ctx._distinct !== undefined && ctx._distinct !== null,
    selectors: list,
    wildcard,
    table: qualified(b, req(ctx._table, 'table', ctx)),
    where: where(b, ctx.whereClause()),
    groupBy: ctx.groupByClause().map((g) => unaliasedSelector(b, g.unaliasedSelector())),
    orderBy: ctx.orderByClause().map((o) => ordering(b, o)),
    allowFiltering: ctx._allowFiltering !== undefined && ctx._allowFiltering !== null,
  };
  if (ctx._perPartitionLimit !== undefined) stmt.perPartitionLimit = intValue(b, ctx._perPartitionLimit);
  if (ctx._limit !== undefined) stmt.limit = intValue(b, ctx._limit);
  return stmt;
}

function ordering(b: BuildContext, ctx: P.OrderByClauseContext): Ordering {
  const o: Ordering = { kind: 'Ordering', range: b.range(ctx), column: ident(b, req(ctx._column, 'column', ctx)) };
  if (ctx._ann !== undefined) o.annOf = term(b, ctx._ann);
  if (ctx._direction !== undefined && ctx._direction !== null) {
    o.direction = ctx._direction.type === P.CqlParser.K_DESC ? 'DESC' : 'ASC';
  }
  return o;
}

// ───────────────────────────── selectors ─────────────────────────────

/** The selection list of a SELECT or a view: `*`, or selectors with optional aliases. */
export function selectors(b: BuildContext, ctx: P.SelectorsContext): { selectors: Selector[]; wildcard: boolean } {
  if (ctx instanceof P.SelectAllContext) return { selectors: [], wildcard: true };
  if (ctx instanceof P.SelectorListContext) {
    return {
      wildcard: false,
      selectors: ctx.selector().map((s) => {
        const expression = unaliasedSelector(b, s.unaliasedSelector());
        const range = b.range(s);
        return s._alias === undefined
          ? { kind: 'Selector' as const, range, expression }
          : { kind: 'Selector' as const, range, expression, alias: ident(b, s._alias) };
      }),
    };
  }
  throw new AstBuildError('selectors', ctx);
}

function unaliasedSelector(b: BuildContext, ctx: P.UnaliasedSelectorContext): Expression {
  const single = singleToken(b, ctx);
  if (single !== undefined) return single;
  // Any other one-token selector is a column name.
  if (ctx.start !== null && ctx.start === ctx.stop) {
    const name = identFromToken(b, ctx.start);
    return { kind: 'ColumnRef', range: name.range, name };
  }
  const add = ctx.selectionAddition();
  return fold(b, add, add.selectionMultiplication(), add._ops, (m) =>
    fold(b, m, m.selectionGroup(), m._ops, (g) => selectionGroup(b, g)),
  );
}

function selectionGroup(b: BuildContext, ctx: P.SelectionGroupContext): Expression {
  if (ctx instanceof P.SelectionGroupNegationContext) {
    return { kind: 'Negation', range: b.range(ctx), operand: selectionGroup(b, ctx.selectionGroup()) };
  }
  if (ctx instanceof P.SelectionGroupPlainContext) {
    return applyModifiers(b, SELECTIONS.build(b, ctx.selectionGroupWithoutField()), ctx.selectorModifier());
  }
  throw new AstBuildError('selection group', ctx);
}

/** `.field`, `[element]` and `[from..to]` applied left to right. */
function applyModifiers(b: BuildContext, base: Expression, modifiers: P.SelectorModifierContext[]): Expression {
  let acc = base;
  for (const m of modifiers) {
    const range = b.span(acc.range, b.range(m));
    if (m instanceof P.FieldSelectorModifierContext) {
      acc = { kind: 'FieldAccess', range, target: acc, field: ident(b, req(m._field, 'field', m)) };
    } else if (m instanceof P.ElementSelectorModifierContext) {
      const sub = m.collectionSubSelection();
      if (sub instanceof P.SubSelectionElementContext) {
        acc = { kind: 'ElementAccess', range, target: acc, index: term(b, req(sub._element, 'element', sub)) };
      } else if (sub instanceof P.SubSelectionSliceContext) {
        const from = term(b, req(sub._from_, 'slice start', sub));
        acc =
          sub._to === undefined
            ? { kind: 'SliceAccess', range, target: acc, from }
            : { kind: 'SliceAccess', range, target: acc, from, to: term(b, sub._to) };
      } else if (sub instanceof P.SubSelectionSliceToContext) {
        acc = { kind: 'SliceAccess', range, target: acc, to: term(b, req(sub._to, 'slice end', sub)) };
      } else {
        throw new AstBuildError('sub-selection', sub);
      }
    } else {
      throw new AstBuildError('selector modifier', m);
    }
  }
  return acc;
}

const items = (b: BuildContext, ctx: { unaliasedSelector(): P.UnaliasedSelectorContext[] }): Expression[] =>
  ctx.unaliasedSelector().map((s) => unaliasedSelector(b, s));

/** `selectionGroupWithoutField`: a simple selector, a type hint or a collection/tuple of selectors. */
const SELECTIONS: Alternatives<P.SelectionGroupWithoutFieldContext, Expression> = new Alternatives<
  P.SelectionGroupWithoutFieldContext,
  Expression
>('selector')
  .on(P.SelectionSimpleContext, (b, c) => SIMPLE_SELECTORS.build(b, c.simpleUnaliasedSelector()))
  .on(P.SelectionTypeHintContext, (b, c) => ({
    kind: 'TypeHint',
    range: b.range(c),
    type: cqlType(b, req(c._type_, 'type', c)),
    value: SELECTIONS.build(b, c.selectionGroupWithoutField()),
  }))
  .on(P.SelectionTupleContext, (b, c) => ({ kind: 'TupleLiteral', range: b.range(c), elements: items(b, c) }))
  .on(P.SelectionListContext, (b, c) => ({ kind: 'ListLiteral', range: b.range(c), elements: items(b, c) }))
  .on(P.SelectionSetContext, (b, c) => ({ kind: 'SetLiteral', range: b.range(c), elements: items(b, c) }))
  .on(P.SelectionMapContext, (b, c) => {
    const range = b.range(c);
    const all = items(b, c);
    const entries = [];
    for (let i = 0; i + 1 < all.length; i += 2) {
      const key = all[i] as Expression;
      const value = all[i + 1] as Expression;
      entries.push({ kind: 'MapEntry' as const, range: b.span(key.range, value.range), key, value });
    }
    return { kind: 'MapLiteral', range, entries };
  })
  .on(P.SelectionEmptyBracesContext, (b, c) => ({ kind: 'MapLiteral', range: b.range(c), entries: [] }));

/** `simpleUnaliasedSelector`: column, literal, `COUNT(*)`, WRITETIME/TTL, CAST, function call. */
const SIMPLE_SELECTORS = new Alternatives<P.SimpleUnaliasedSelectorContext, Expression>('selector')
  .on(P.SelectionColumnContext, (b, c) => columnRef(b, c.ident()))
  .on(P.SelectionValueContext, (b, c) => {
    const lit = c.selectionLiteral();
    const value = lit.constant();
    if (value !== null) return constant(b, value);
    const bind = lit.marker();
    if (bind !== null) return marker(b, bind);
    return nullLiteral(b, req(lit.K_NULL(), 'null', lit));
  })
  .on(P.SelectionCountRowsContext, (b, c) => {
    const count = identFromToken(b, c.K_COUNT().symbol);
    return {
      kind: 'FunctionCall',
      range: b.range(c),
      name: { kind: 'QualifiedName', range: count.range, name: count },
      args: [{ kind: 'Wildcard', range: b.terminalRange(c.STAR()) }],
    };
  })
  .on(P.SelectionWritetimeOrTtlContext, (b, c) => {
    const range = b.range(c);
    const kind = req(c._kind, 'function', c).type;
    const fn = kind === P.CqlParser.K_WRITETIME ? 'writetime' : kind === P.CqlParser.K_MAXWRITETIME ? 'maxwritetime' : 'ttl';
    const argument = applyModifiers(b, columnRef(b, req(c._column, 'column', c)), c.selectorModifier());
    return { kind: 'WritetimeTtl', range, function: fn, argument };
  })
  .on(P.SelectionCastContext, (b, c) => ({
    kind: 'Cast',
    range: b.range(c),
    value: unaliasedSelector(b, c.unaliasedSelector()),
    type: nativeType(b, req(c._type_, 'type', c)),
  }))
  .on(P.SelectionFunctionContext, (b, c) => ({
    kind: 'FunctionCall',
    range: b.range(c),
    name: functionName(b, c.functionName()),
    args: c.unaliasedSelector().map((s) => unaliasedSelector(b, s)),
  }));
