/** WHERE clauses from the parse tree (SELECT, UPDATE, DELETE, views): relations, `expr(…)`, IN values. */
import * as P from '../../generated/CqlParser.js';
import type { SourceRange } from '../../source.js';
import type { BindMarker, Expression, InList, Relation, RelationOperator, TupleLiteral, WhereRelation } from '../nodes.js';
import { Alternatives, AstBuildError, req, type BuildContext } from './context.js';
import { bareName, columnRef, identFromToken } from './names.js';
import { marker, term, tupleLiteral } from './terms.js';

export function where(b: BuildContext, ctx: P.WhereClauseContext | null): WhereRelation[] {
  if (ctx === null) return [];
  return ctx.relationOrExpression().map((r) => {
    const custom = r.customIndexExpression();
    if (custom !== null) {
      return {
        kind: 'IndexExpression' as const,
        range: b.range(custom),
        index: bareName(b, req(custom._index, 'index', custom)),
        value: term(b, req(custom._value, 'value', custom)),
      };
    }
    return RELATIONS.build(b, req(r.relation(), 'relation', r));
  });
}

/** A comparison operator (`relationType`): `=`, `!=`, `<`, `<=`, `>`, `>=`. */
export function op(ctx: P.RelationTypeContext): '=' | '!=' | '<' | '<=' | '>' | '>=' {
  return ctx.getText() as '=' | '!=' | '<' | '<=' | '>' | '>=';
}

function relation(range: SourceRange, left: Expression, operator: RelationOperator, right?: Expression | InList): Relation {
  return right === undefined ? { kind: 'Relation', range, left, operator } : { kind: 'Relation', range, left, operator, right };
}

const RELATIONS: Alternatives<P.RelationContext, Relation> = new Alternatives<P.RelationContext, Relation>('relation')
  .on(P.RelationParenthesizedContext, (b, c) => RELATIONS.build(b, c.relation()))
  .on(P.RelationCompareContext, (b, c) =>
    relation(b.range(c), columnRef(b, req(c._column, 'column', c)), op(req(c._op, 'operator', c)), term(b, req(c._value, 'value', c))),
  )
  .on(P.RelationLikeContext, (b, c) =>
    relation(b.range(c), columnRef(b, req(c._column, 'column', c)), 'LIKE', term(b, req(c._value, 'value', c))),
  )
  .on(P.RelationIsNotNullContext, (b, c) => relation(b.range(c), columnRef(b, req(c._column, 'column', c)), 'IS NOT NULL'))
  .on(P.RelationInContext, (b, c) =>
    relation(b.range(c), columnRef(b, req(c._column, 'column', c)), 'IN', inValues(b, req(c._inValues, 'IN values', c))),
  )
  .on(P.RelationContainsContext, (b, c) =>
    relation(
      b.range(c),
      columnRef(b, req(c._column, 'column', c)),
      c._key ? 'CONTAINS KEY' : 'CONTAINS',
      term(b, req(c._value, 'value', c)),
    ),
  )
  .on(P.RelationTokenContext, (b, c) => {
    const range = b.range(c);
    const tokenKw = identFromToken(b, c.K_TOKEN().symbol);
    const columns = req(c._columns, 'columns', c);
    const left: Expression = {
      kind: 'FunctionCall',
      range: b.span(tokenKw.range, b.range(columns)),
      name: { kind: 'QualifiedName', range: tokenKw.range, name: tokenKw },
      args: columns.cident().map((col) => columnRef(b, col)),
    };
    return relation(range, left, op(req(c._op, 'operator', c)), term(b, req(c._value, 'value', c)));
  })
  .on(P.RelationMapElementContext, (b, c) => {
    const range = b.range(c);
    const column = columnRef(b, req(c._column, 'column', c));
    const element = term(b, req(c._element, 'element', c));
    const rbracket = req(c.RBRACKET(), ']', c);
    const left: Expression = {
      kind: 'ElementAccess',
      range: b.span(column.range, b.terminalRange(rbracket)),
      target: column,
      index: element,
    };
    return relation(range, left, op(req(c._op, 'operator', c)), term(b, req(c._value, 'value', c)));
  })
  .on(P.RelationMultiInContext, (b, c) =>
    relation(b.range(c), columnTuple(b, req(c._columns, 'columns', c)), 'IN', multiInValues(b, req(c._inValues, 'IN values', c))),
  )
  .on(P.RelationMultiCompareContext, (b, c) => {
    const range = b.range(c);
    const value = req(c._value, 'value', c);
    const tuple = value.tupleLiteral();
    const right = tuple !== null ? tupleLiteral(b, tuple) : marker(b, req(value.marker(), 'marker', value));
    return relation(range, columnTuple(b, req(c._columns, 'columns', c)), op(req(c._op, 'operator', c)), right);
  });

function columnTuple(b: BuildContext, ctx: P.TupleOfIdentifiersContext): TupleLiteral {
  return { kind: 'TupleLiteral', range: b.range(ctx), elements: ctx.cident().map((c) => columnRef(b, c)) };
}

/** The values of a single-column IN (also in IF conditions): a list of terms or one bind marker. */
export function inValues(b: BuildContext, ctx: P.SingleColumnInValuesContext): InList | BindMarker {
  if (ctx instanceof P.InBindMarkerContext) return marker(b, ctx.inMarker());
  if (ctx instanceof P.InTermListContext) {
    return { kind: 'InList', range: b.range(ctx), values: ctx.term().map((t) => term(b, t)) };
  }
  throw new AstBuildError('IN values', ctx);
}

function multiInValues(b: BuildContext, ctx: P.MultiColumnInValuesContext): InList | BindMarker {
  const range = b.range(ctx);
  if (ctx instanceof P.MultiInBindMarkerContext) return marker(b, ctx.inMarker());
  if (ctx instanceof P.MultiInEmptyContext) return { kind: 'InList', range, values: [] };
  if (ctx instanceof P.MultiInTuplesContext) {
    return { kind: 'InList', range, values: ctx.tupleLiteral().map((t) => tupleLiteral(b, t)) };
  }
  if (ctx instanceof P.MultiInMarkersContext) return { kind: 'InList', range, values: ctx.marker().map((m) => marker(b, m)) };
  throw new AstBuildError('IN values', ctx);
}
