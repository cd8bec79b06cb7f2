/** Terms from the parse tree: literals, bind markers, arithmetic, function calls, collection and UDT literals, and CQL types. */
import type { ParserRuleContext, TerminalNode, Token } from 'antlr4ng';
import * as P from '../../generated/CqlParser.js';
import { stringContent } from '../literal-text.js';
import type { BindMarker, CqlType, Expression, Literal, NativeTypeName, TupleLiteral } from '../nodes.js';
import { Alternatives, AstBuildError, req, type BuildContext } from './context.js';
import { functionName, ident, qualified } from './names.js';

// ───────────────────────────── literals ─────────────────────────────

/** Token types that are a whole constant on their own, and the literal kind each makes. */
const SINGLE_TOKEN_LITERALS: ReadonlyMap<number, Literal['type']> = new Map([
  [P.CqlParser.STRING_LITERAL, 'string'],
  [P.CqlParser.INTEGER, 'integer'],
  [P.CqlParser.FLOAT, 'float'],
  [P.CqlParser.BOOLEAN, 'boolean'],
  [P.CqlParser.DURATION, 'duration'],
  [P.CqlParser.UUID, 'uuid'],
  [P.CqlParser.HEXNUMBER, 'hex'],
  [P.CqlParser.K_NAN, 'nan'],
  [P.CqlParser.K_NEGATIVE_NAN, 'nan'],
  [P.CqlParser.K_INFINITY, 'infinity'],
  [P.CqlParser.K_NEGATIVE_INFINITY, 'infinity'],
  [P.CqlParser.K_NULL, 'null'],
]);

/** The `constant` rule's alternatives, and the literal kind each makes. */
const CONSTANT_TYPES: ReadonlyMap<unknown, Literal['type']> = new Map<unknown, Literal['type']>([
  [P.StringConstantContext, 'string'],
  [P.IntegerConstantContext, 'integer'],
  [P.FloatConstantContext, 'float'],
  [P.BooleanConstantContext, 'boolean'],
  [P.DurationConstantContext, 'duration'],
  [P.UuidConstantContext, 'uuid'],
  [P.HexConstantContext, 'hex'],
  [P.NanConstantContext, 'nan'],
  [P.InfinityConstantContext, 'infinity'],
  [P.NegativeInfinityConstantContext, 'infinity'],
]);

export function literalFromToken(b: BuildContext, token: Token, type: Literal['type']): Literal {
  const text = token.text ?? '';
  const range = b.tokenRange(token);
  if (type === 'string') {
    return text.startsWith('$$')
      ? { kind: 'Literal', range, type: 'dollarString', text, value: stringContent(text) }
      : { kind: 'Literal', range, type: 'string', text, value: stringContent(text) };
  }
  return { kind: 'Literal', range, type, text };
}

export function stringLiteral(b: BuildContext, token: Token): Literal {
  return literalFromToken(b, token, 'string');
}

export function constant(b: BuildContext, ctx: P.ConstantContext): Literal {
  const token = req(ctx.start, 'constant token', ctx);
  const type = CONSTANT_TYPES.get(ctx.constructor);
  if (type === undefined) throw new AstBuildError('constant', ctx);
  return literalFromToken(b, token, type);
}

export function nullLiteral(b: BuildContext, node: TerminalNode): Literal {
  return literalFromToken(b, node.symbol, 'null');
}

export function marker(b: BuildContext, ctx: P.MarkerContext | P.InMarkerContext): BindMarker {
  const range = b.range(ctx);
  const name = ctx instanceof P.NamedMarkerContext || ctx instanceof P.InMarkerContext ? ctx._name : undefined;
  return name === undefined ? { kind: 'BindMarker', range } : { kind: 'BindMarker', range, name: ident(b, name) };
}

/** An integer or a bind marker (LIMIT, TTL, TIMESTAMP). */
export function intValue(b: BuildContext, ctx: P.IntValueContext): Expression {
  const m = ctx.marker();
  if (m !== null) return marker(b, m);
  return literalFromToken(b, req(ctx.INTEGER(), 'integer', ctx).symbol, 'integer');
}

// ───────────────────────────── terms ─────────────────────────────

export function term(b: BuildContext, ctx: P.TermContext): Expression {
  return singleToken(b, ctx) ?? termAddition(b, ctx.termAddition());
}

/**
 * Fast path for the most common term: one constant, `?` or `NULL` token. It yields the same node
 * the full descent through term → … → constant would, without walking six context levels.
 */
export function singleToken(b: BuildContext, ctx: ParserRuleContext): Expression | undefined {
  const token = ctx.start;
  if (token === null || token !== ctx.stop) return undefined;
  const type = SINGLE_TOKEN_LITERALS.get(token.type);
  if (type !== undefined) return literalFromToken(b, token, type);
  if (token.type === P.CqlParser.QMARK) return { kind: 'BindMarker', range: b.tokenRange(token) };
  return undefined;
}

/** Left-associative `a op b op c` from a rule's operand contexts and its `ops` tokens. */
export function fold<C extends ParserRuleContext>(
  b: BuildContext,
  owner: ParserRuleContext,
  operands: C[],
  ops: Token[],
  build: (c: C) => Expression,
): Expression {
  const first = req(operands[0], 'operand', owner);
  let acc = build(first);
  for (let i = 1; i < operands.length; i++) {
    const right = build(operands[i] as C);
    const operator = (ops[i - 1]?.text ?? '+') as '+' | '-' | '*' | '/' | '%';
    acc = { kind: 'Arithmetic', range: b.span(acc.range, right.range), operator, left: acc, right };
  }
  return acc;
}

function termAddition(b: BuildContext, ctx: P.TermAdditionContext): Expression {
  return fold(b, ctx, ctx.termMultiplication(), ctx._ops, (c) => termMultiplication(b, c));
}

function termMultiplication(b: BuildContext, ctx: P.TermMultiplicationContext): Expression {
  return fold(b, ctx, ctx.termGroup(), ctx._ops, (c) => termGroup(b, c));
}

function termGroup(b: BuildContext, ctx: P.TermGroupContext): Expression {
  if (ctx instanceof P.TermSimpleContext) return simpleTerm(b, ctx.simpleTerm());
  if (ctx instanceof P.TermNegationContext) {
    return { kind: 'Negation', range: b.range(ctx), operand: simpleTerm(b, ctx.simpleTerm()) };
  }
  throw new AstBuildError('term group', ctx);
}

function simpleTerm(b: BuildContext, ctx: P.SimpleTermContext): Expression {
  if (ctx instanceof P.TermValueContext) return VALUES.build(b, ctx.valueLiteral());
  const range = b.range(ctx);
  if (ctx instanceof P.TermFunctionCallContext) {
    return { kind: 'FunctionCall', range, name: functionName(b, ctx.functionName()), args: ctx.term().map((t) => term(b, t)) };
  }
  if (ctx instanceof P.TermTypeCastContext) {
    return { kind: 'TypeHint', range, type: cqlType(b, req(ctx._type_, 'type', ctx)), value: simpleTerm(b, ctx.simpleTerm()) };
  }
  if (ctx instanceof P.TermCastContext) {
    return { kind: 'Cast', range, value: simpleTerm(b, ctx.simpleTerm()), type: nativeType(b, req(ctx._type_, 'type', ctx)) };
  }
  throw new AstBuildError('simple term', ctx);
}

const VALUES = new Alternatives<P.ValueLiteralContext, Expression>('value')
  .on(P.ConstantValueContext, (b, c) => constant(b, c.constant()))
  .on(P.CollectionValueContext, (b, c) => collectionLiteral(b, c.collectionLiteral()))
  .on(P.UsertypeValueContext, (b, c) => {
    const u = c.usertypeLiteral();
    return {
      kind: 'UdtLiteral',
      range: b.range(u),
      fields: u.usertypeField().map((f) => ({
        kind: 'UdtField' as const,
        range: b.range(f),
        name: ident(b, req(f._field, 'field', f)),
        value: term(b, req(f._value, 'value', f)),
      })),
    };
  })
  .on(P.TupleValueContext, (b, c) => tupleLiteral(b, c.tupleLiteral()))
  .on(P.NullValueContext, (b, c) => nullLiteral(b, c.K_NULL()))
  .on(P.MarkerValueContext, (b, c) => marker(b, c.marker()));

function collectionLiteral(b: BuildContext, ctx: P.CollectionLiteralContext): Expression {
  const range = b.range(ctx);
  if (ctx instanceof P.ListLiteralContext) return { kind: 'ListLiteral', range, elements: ctx.term().map((t) => term(b, t)) };
  if (ctx instanceof P.SetLiteralContext) return { kind: 'SetLiteral', range, elements: ctx.term().map((t) => term(b, t)) };
  if (ctx instanceof P.MapLiteralContext) {
    const terms = ctx.term();
    const entries = [];
    for (let i = 0; i + 1 < terms.length; i += 2) {
      const key = term(b, terms[i] as P.TermContext);
      const value = term(b, terms[i + 1] as P.TermContext);
      entries.push({ kind: 'MapEntry' as const, range: b.span(key.range, value.range), key, value });
    }
    return { kind: 'MapLiteral', range, entries };
  }
  if (ctx instanceof P.EmptyBracesLiteralContext) return { kind: 'MapLiteral', range, entries: [] };
  throw new AstBuildError('collection literal', ctx);
}

export function tupleLiteral(b: BuildContext, ctx: P.TupleLiteralContext): TupleLiteral {
  return { kind: 'TupleLiteral', range: b.range(ctx), elements: ctx.term().map((t) => term(b, t)) };
}

// ───────────────────────────── types ─────────────────────────────

export function nativeType(b: BuildContext, ctx: P.NativeTypeContext): CqlType {
  return { kind: 'NativeType', range: b.range(ctx), name: ctx.getText().toLowerCase() as NativeTypeName };
}

const TYPES = new Alternatives<P.ComparatorTypeContext, CqlType>('type')
  .on(P.NativeTypeRefContext, (b, c) => nativeType(b, c.nativeType()))
  .on(P.MapTypeContext, (b, c) => ({
    kind: 'MapType',
    range: b.range(c),
    key: cqlType(b, req(c._key, 'key type', c)),
    value: cqlType(b, req(c._value, 'value type', c)),
  }))
  .on(P.ListTypeContext, (b, c) => ({ kind: 'ListType', range: b.range(c), element: cqlType(b, req(c._element, 'element type', c)) }))
  .on(P.SetTypeContext, (b, c) => ({ kind: 'SetType', range: b.range(c), element: cqlType(b, req(c._element, 'element type', c)) }))
  .on(P.TupleTypeContext, (b, c) => ({ kind: 'TupleType', range: b.range(c), elements: c.comparatorType().map((t) => cqlType(b, t)) }))
  .on(P.VectorTypeContext, (b, c) => ({
    kind: 'VectorType',
    range: b.range(c),
    element: cqlType(b, req(c._element, 'element type', c)),
    dimension: Number(req(c._dimension, 'dimension', c).text),
  }))
  .on(P.FrozenTypeContext, (b, c) => ({ kind: 'FrozenType', range: b.range(c), inner: cqlType(b, req(c._inner, 'inner type', c)) }))
  .on(P.UserTypeRefContext, (b, c) => ({ kind: 'UserType', range: b.range(c), name: qualified(b, c.userTypeName()) }))
  .on(P.CustomTypeContext, (b, c) => ({ kind: 'CustomType', range: b.range(c), className: stringContent(c.STRING_LITERAL().getText()) }));

/** A CQL type (`comparatorType`): native, collection, tuple, vector, frozen, user-defined or custom. */
export function cqlType(b: BuildContext, ctx: P.ComparatorTypeContext): CqlType {
  return TYPES.build(b, ctx);
}

/** The argument types of a function signature, or `undefined` when none was written. */
export function signature(b: BuildContext, ctx: P.FunctionSignatureContext | undefined): CqlType[] | undefined {
  return ctx === undefined ? undefined : ctx.comparatorType().map((t) => cqlType(b, t));
}
