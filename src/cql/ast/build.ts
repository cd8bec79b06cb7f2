/**
 * Parse tree → typed AST. This is the only module that reads parse-tree contexts; everything it
 * returns is plain data (see `nodes.ts`), so no context ever leaves `src/cql`.
 *
 * Entry point: `buildStatement(ctx, positions)`, called by the parse layer once per statement
 * that parsed without syntax errors.
 */
import { ParserRuleContext, TerminalNode, type Token } from 'antlr4ng';
import * as P from '../generated/CqlParser.js';
import type { SourceRange } from '../source.js';
import type {
  AlterTableAction,
  AlterTypeAction,
  Assignment,
  BatchChild,
  BindMarker,
  ClusteringOrder,
  ColumnDefinition,
  ColumnMask,
  ColumnRef,
  Condition,
  ConditionOperator,
  ConsistencyLevel,
  CqlType,
  DescribeTarget,
  Expression,
  Identifier,
  InList,
  Literal,
  ListLiteral,
  MapLiteral,
  NativeTypeName,
  Ordering,
  Permission,
  PrimaryKey,
  Property,
  PropertyMap,
  QualifiedName,
  Relation,
  RelationOperator,
  Rename,
  Resource,
  RoleOption,
  Selector,
  Statement,
  TagsChange,
  TupleLiteral,
  UsingClause,
  WhereRelation,
} from './nodes.js';
import type { PositionMapper } from './positions.js';

export { createPositionMapper, SCRIPT_ORIGIN, type PositionMapper, type TextOrigin } from './positions.js';

/**
 * Build the AST of one statement.
 *
 * @param ctx the `singleStatement` or `statement` context of a parse without syntax errors.
 * @param positions maps the character indices of the parsed text (ANTLR's code-point indices)
 *   to script positions: `createPositionMapper(parsedText, originOfParsedTextInScript)`.
 */
export function buildStatement(ctx: P.SingleStatementContext | P.StatementContext, positions: PositionMapper): Statement {
  const statement = ctx instanceof P.SingleStatementContext ? ctx.statement() : ctx;
  return new Builder(positions).statement(statement);
}

/** A grammar shape the builder does not know: a parser/builder mismatch, never user error. */
export class AstBuildError extends Error {
  constructor(what: string, ctx: ParserRuleContext) {
    super(`AST builder: unexpected ${what} (${ctx.constructor.name}) for "${ctx.getText()}"`);
    this.name = 'AstBuildError';
  }
}

function req<T>(value: T | null | undefined, what: string, ctx: ParserRuleContext): T {
  if (value === null || value === undefined) throw new AstBuildError(`missing ${what}`, ctx);
  return value;
}

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

/** Content of a `'…'` literal or the body of a `$$…$$` literal. */
function stringContent(text: string): string {
  if (text.startsWith('$$')) return text.slice(2, -2);
  return text.slice(1, -1).replaceAll("''", "'");
}

class Builder {
  constructor(private readonly pos: PositionMapper) {}

  // ───────────────────────────── ranges ─────────────────────────────

  private range(ctx: ParserRuleContext): SourceRange {
    const start = req(ctx.start, 'start token', ctx);
    const stop = ctx.stop ?? start;
    return { start: this.pos(start.start), end: this.pos(Math.max(stop.stop + 1, start.start)) };
  }

  private tokenRange(token: Token): SourceRange {
    return { start: this.pos(token.start), end: this.pos(token.stop + 1) };
  }

  private span(first: SourceRange, last: SourceRange): SourceRange {
    return { start: first.start, end: last.end };
  }

  /** A zero-width range at the end of `ctx` (for clauses that were not written). */
  private endOf(ctx: ParserRuleContext): SourceRange {
    const r = this.range(ctx);
    return { start: r.end, end: r.end };
  }

  private terminalRange(node: TerminalNode): SourceRange {
    return this.tokenRange(node.symbol);
  }

  // ───────────────────────────── names ─────────────────────────────

  private identFromToken(token: Token): Identifier {
    const text = token.text ?? '';
    const range = this.tokenRange(token);
    if (token.type === P.CqlParser.QUOTED_NAME) {
      return { kind: 'Identifier', range, text: text.slice(1, -1).replaceAll('""', '"'), quoted: true };
    }
    if (token.type === P.CqlParser.EMPTY_QUOTED_NAME) return { kind: 'Identifier', range, text: '', quoted: true };
    if (token.type === P.CqlParser.STRING_LITERAL) return { kind: 'Identifier', range, text: stringContent(text), quoted: true };
    return { kind: 'Identifier', range, text: text.toLowerCase(), quoted: false };
  }

  /** Any single-token name context (ident, cident, plainIdent, roleName, userName, …). */
  private ident(ctx: ParserRuleContext): Identifier {
    return this.identFromToken(req(ctx.start, 'name token', ctx));
  }

  private qualified(ctx: { _keyspace?: P.IdentContext; _name?: ParserRuleContext } & ParserRuleContext): QualifiedName {
    const name = this.ident(req(ctx._name, 'name', ctx));
    const range = this.range(ctx);
    return ctx._keyspace === undefined
      ? { kind: 'QualifiedName', range, name }
      : { kind: 'QualifiedName', range, keyspace: this.ident(ctx._keyspace), name };
  }

  private bareName(ctx: ParserRuleContext): QualifiedName {
    return { kind: 'QualifiedName', range: this.range(ctx), name: this.ident(ctx) };
  }

  private columnRef(ctx: ParserRuleContext): ColumnRef {
    const name = this.ident(ctx);
    return { kind: 'ColumnRef', range: name.range, name };
  }

  // ───────────────────────────── literals ─────────────────────────────

  private literalFromToken(token: Token, type: Literal['type']): Literal {
    const text = token.text ?? '';
    const range = this.tokenRange(token);
    if (type === 'string') {
      return text.startsWith('$$')
        ? { kind: 'Literal', range, type: 'dollarString', text, value: stringContent(text) }
        : { kind: 'Literal', range, type: 'string', text, value: stringContent(text) };
    }
    return { kind: 'Literal', range, type, text };
  }

  private stringLiteral(token: Token): Literal {
    return this.literalFromToken(token, 'string');
  }

  private constant(ctx: P.ConstantContext): Literal {
    const token = req(ctx.start, 'constant token', ctx);
    if (ctx instanceof P.StringConstantContext) return this.literalFromToken(token, 'string');
    if (ctx instanceof P.IntegerConstantContext) return this.literalFromToken(token, 'integer');
    if (ctx instanceof P.FloatConstantContext) return this.literalFromToken(token, 'float');
    if (ctx instanceof P.BooleanConstantContext) return this.literalFromToken(token, 'boolean');
    if (ctx instanceof P.DurationConstantContext) return this.literalFromToken(token, 'duration');
    if (ctx instanceof P.UuidConstantContext) return this.literalFromToken(token, 'uuid');
    if (ctx instanceof P.HexConstantContext) return this.literalFromToken(token, 'hex');
    if (ctx instanceof P.NanConstantContext) return this.literalFromToken(token, 'nan');
    if (ctx instanceof P.InfinityConstantContext || ctx instanceof P.NegativeInfinityConstantContext) {
      return this.literalFromToken(token, 'infinity');
    }
    throw new AstBuildError('constant', ctx);
  }

  private nullLiteral(node: TerminalNode): Literal {
    return this.literalFromToken(node.symbol, 'null');
  }

  private marker(ctx: P.MarkerContext | P.InMarkerContext): BindMarker {
    const range = this.range(ctx);
    const name = ctx instanceof P.NamedMarkerContext || ctx instanceof P.InMarkerContext ? ctx._name : undefined;
    return name === undefined ? { kind: 'BindMarker', range } : { kind: 'BindMarker', range, name: this.ident(name) };
  }

  private intValue(ctx: P.IntValueContext): Expression {
    const marker = ctx.marker();
    if (marker !== null) return this.marker(marker);
    return this.literalFromToken(req(ctx.INTEGER(), 'integer', ctx).symbol, 'integer');
  }

  // ───────────────────────────── terms ─────────────────────────────

  private term(ctx: P.TermContext): Expression {
    return this.singleToken(ctx) ?? this.termAddition(ctx.termAddition());
  }

  /**
   * Fast path for the most common term: one constant, `?` or `NULL` token. It yields the same node
   * the full descent through term → … → constant would, without walking six context levels.
   */
  private singleToken(ctx: ParserRuleContext): Expression | undefined {
    const token = ctx.start;
    if (token === null || token !== ctx.stop) return undefined;
    const type = SINGLE_TOKEN_LITERALS.get(token.type);
    if (type !== undefined) return this.literalFromToken(token, type);
    if (token.type === P.CqlParser.QMARK) return { kind: 'BindMarker', range: this.tokenRange(token) };
    return undefined;
  }

  /** Left-associative `a op b op c` from a rule's operand contexts and its `ops` tokens. */
  private fold<C extends ParserRuleContext>(owner: ParserRuleContext, operands: C[], ops: Token[], build: (c: C) => Expression): Expression {
    const first = req(operands[0], 'operand', owner);
    let acc = build(first);
    for (let i = 1; i < operands.length; i++) {
      const right = build(operands[i] as C);
      const operator = (ops[i - 1]?.text ?? '+') as '+' | '-' | '*' | '/' | '%';
      acc = { kind: 'Arithmetic', range: this.span(acc.range, right.range), operator, left: acc, right };
    }
    return acc;
  }

  private termAddition(ctx: P.TermAdditionContext): Expression {
    return this.fold(ctx, ctx.termMultiplication(), ctx._ops, (c) => this.termMultiplication(c));
  }

  private termMultiplication(ctx: P.TermMultiplicationContext): Expression {
    return this.fold(ctx, ctx.termGroup(), ctx._ops, (c) => this.termGroup(c));
  }

  private termGroup(ctx: P.TermGroupContext): Expression {
    if (ctx instanceof P.TermSimpleContext) return this.simpleTerm(ctx.simpleTerm());
    if (ctx instanceof P.TermNegationContext) {
      return { kind: 'Negation', range: this.range(ctx), operand: this.simpleTerm(ctx.simpleTerm()) };
    }
    throw new AstBuildError('term group', ctx);
  }

  private simpleTerm(ctx: P.SimpleTermContext): Expression {
    const range = this.range(ctx);
    if (ctx instanceof P.TermValueContext) return this.valueLiteral(ctx.valueLiteral());
    if (ctx instanceof P.TermFunctionCallContext) {
      return { kind: 'FunctionCall', range, name: this.functionName(ctx.functionName()), args: ctx.term().map((t) => this.term(t)) };
    }
    if (ctx instanceof P.TermTypeCastContext) {
      return { kind: 'TypeHint', range, type: this.type(req(ctx._type_, 'type', ctx)), value: this.simpleTerm(ctx.simpleTerm()) };
    }
    if (ctx instanceof P.TermCastContext) {
      return { kind: 'Cast', range, value: this.simpleTerm(ctx.simpleTerm()), type: this.nativeType(req(ctx._type_, 'type', ctx)) };
    }
    throw new AstBuildError('simple term', ctx);
  }

  private valueLiteral(ctx: P.ValueLiteralContext): Expression {
    if (ctx instanceof P.ConstantValueContext) return this.constant(ctx.constant());
    if (ctx instanceof P.CollectionValueContext) return this.collectionLiteral(ctx.collectionLiteral());
    if (ctx instanceof P.UsertypeValueContext) {
      const u = ctx.usertypeLiteral();
      return {
        kind: 'UdtLiteral',
        range: this.range(u),
        fields: u.usertypeField().map((f) => ({
          kind: 'UdtField' as const,
          range: this.range(f),
          name: this.ident(req(f._field, 'field', f)),
          value: this.term(req(f._value, 'value', f)),
        })),
      };
    }
    if (ctx instanceof P.TupleValueContext) return this.tupleLiteral(ctx.tupleLiteral());
    if (ctx instanceof P.NullValueContext) return this.nullLiteral(ctx.K_NULL());
    if (ctx instanceof P.MarkerValueContext) return this.marker(ctx.marker());
    throw new AstBuildError('value', ctx);
  }

  private collectionLiteral(ctx: P.CollectionLiteralContext): Expression {
    const range = this.range(ctx);
    if (ctx instanceof P.ListLiteralContext) return { kind: 'ListLiteral', range, elements: ctx.term().map((t) => this.term(t)) };
    if (ctx instanceof P.SetLiteralContext) return { kind: 'SetLiteral', range, elements: ctx.term().map((t) => this.term(t)) };
    if (ctx instanceof P.MapLiteralContext) {
      const terms = ctx.term();
      const entries = [];
      for (let i = 0; i + 1 < terms.length; i += 2) {
        const key = this.term(terms[i] as P.TermContext);
        const value = this.term(terms[i + 1] as P.TermContext);
        entries.push({ kind: 'MapEntry' as const, range: this.span(key.range, value.range), key, value });
      }
      return { kind: 'MapLiteral', range, entries };
    }
    if (ctx instanceof P.EmptyBracesLiteralContext) return { kind: 'MapLiteral', range, entries: [] };
    throw new AstBuildError('collection literal', ctx);
  }

  private tupleLiteral(ctx: P.TupleLiteralContext): TupleLiteral {
    return { kind: 'TupleLiteral', range: this.range(ctx), elements: ctx.term().map((t) => this.term(t)) };
  }

  private functionName(ctx: P.FunctionNameContext): QualifiedName {
    return this.qualified(ctx);
  }

  // ───────────────────────────── selectors ─────────────────────────────

  private selectors(ctx: P.SelectorsContext): { selectors: Selector[]; wildcard: boolean } {
    if (ctx instanceof P.SelectAllContext) return { selectors: [], wildcard: true };
    if (ctx instanceof P.SelectorListContext) {
      return {
        wildcard: false,
        selectors: ctx.selector().map((s) => {
          const expression = this.unaliasedSelector(s.unaliasedSelector());
          const range = this.range(s);
          return s._alias === undefined
            ? { kind: 'Selector' as const, range, expression }
            : { kind: 'Selector' as const, range, expression, alias: this.ident(s._alias) };
        }),
      };
    }
    throw new AstBuildError('selectors', ctx);
  }

  private unaliasedSelector(ctx: P.UnaliasedSelectorContext): Expression {
    const single = this.singleToken(ctx);
    if (single !== undefined) return single;
    // Any other one-token selector is a column name.
    if (ctx.start !== null && ctx.start === ctx.stop) {
      const name = this.identFromToken(ctx.start);
      return { kind: 'ColumnRef', range: name.range, name };
    }
    const add = ctx.selectionAddition();
    return this.fold(add, add.selectionMultiplication(), add._ops, (m) =>
      this.fold(m, m.selectionGroup(), m._ops, (g) => this.selectionGroup(g)),
    );
  }

  private selectionGroup(ctx: P.SelectionGroupContext): Expression {
    if (ctx instanceof P.SelectionGroupNegationContext) {
      return { kind: 'Negation', range: this.range(ctx), operand: this.selectionGroup(ctx.selectionGroup()) };
    }
    if (ctx instanceof P.SelectionGroupPlainContext) {
      return this.applyModifiers(this.selectionWithoutField(ctx.selectionGroupWithoutField()), ctx.selectorModifier());
    }
    throw new AstBuildError('selection group', ctx);
  }

  private applyModifiers(base: Expression, modifiers: P.SelectorModifierContext[]): Expression {
    let acc = base;
    for (const m of modifiers) {
      const range = this.span(acc.range, this.range(m));
      if (m instanceof P.FieldSelectorModifierContext) {
        acc = { kind: 'FieldAccess', range, target: acc, field: this.ident(req(m._field, 'field', m)) };
      } else if (m instanceof P.ElementSelectorModifierContext) {
        const sub = m.collectionSubSelection();
        if (sub instanceof P.SubSelectionElementContext) {
          acc = { kind: 'ElementAccess', range, target: acc, index: this.term(req(sub._element, 'element', sub)) };
        } else if (sub instanceof P.SubSelectionSliceContext) {
          const from = this.term(req(sub._from_, 'slice start', sub));
          acc =
            sub._to === undefined
              ? { kind: 'SliceAccess', range, target: acc, from }
              : { kind: 'SliceAccess', range, target: acc, from, to: this.term(sub._to) };
        } else if (sub instanceof P.SubSelectionSliceToContext) {
          acc = { kind: 'SliceAccess', range, target: acc, to: this.term(req(sub._to, 'slice end', sub)) };
        } else {
          throw new AstBuildError('sub-selection', sub);
        }
      } else {
        throw new AstBuildError('selector modifier', m);
      }
    }
    return acc;
  }

  private selectionWithoutField(ctx: P.SelectionGroupWithoutFieldContext): Expression {
    const range = this.range(ctx);
    if (ctx instanceof P.SelectionSimpleContext) return this.simpleSelector(ctx.simpleUnaliasedSelector());
    if (ctx instanceof P.SelectionTypeHintContext) {
      return {
        kind: 'TypeHint',
        range,
        type: this.type(req(ctx._type_, 'type', ctx)),
        value: this.selectionWithoutField(ctx.selectionGroupWithoutField()),
      };
    }
    const items = (): Expression[] =>
      (ctx as P.SelectionTupleContext).unaliasedSelector().map((s) => this.unaliasedSelector(s));
    if (ctx instanceof P.SelectionTupleContext) return { kind: 'TupleLiteral', range, elements: items() };
    if (ctx instanceof P.SelectionListContext) return { kind: 'ListLiteral', range, elements: items() };
    if (ctx instanceof P.SelectionSetContext) return { kind: 'SetLiteral', range, elements: items() };
    if (ctx instanceof P.SelectionMapContext) {
      const all = items();
      const entries = [];
      for (let i = 0; i + 1 < all.length; i += 2) {
        const key = all[i] as Expression;
        const value = all[i + 1] as Expression;
        entries.push({ kind: 'MapEntry' as const, range: this.span(key.range, value.range), key, value });
      }
      return { kind: 'MapLiteral', range, entries };
    }
    if (ctx instanceof P.SelectionEmptyBracesContext) return { kind: 'MapLiteral', range, entries: [] };
    throw new AstBuildError('selector', ctx);
  }

  private simpleSelector(ctx: P.SimpleUnaliasedSelectorContext): Expression {
    const range = this.range(ctx);
    if (ctx instanceof P.SelectionColumnContext) return this.columnRef(ctx.ident());
    if (ctx instanceof P.SelectionValueContext) {
      const lit = ctx.selectionLiteral();
      const constant = lit.constant();
      if (constant !== null) return this.constant(constant);
      const marker = lit.marker();
      if (marker !== null) return this.marker(marker);
      return this.nullLiteral(req(lit.K_NULL(), 'null', lit));
    }
    if (ctx instanceof P.SelectionCountRowsContext) {
      const count = this.identFromToken(ctx.K_COUNT().symbol);
      return {
        kind: 'FunctionCall',
        range,
        name: { kind: 'QualifiedName', range: count.range, name: count },
        args: [{ kind: 'Wildcard', range: this.terminalRange(ctx.STAR()) }],
      };
    }
    if (ctx instanceof P.SelectionWritetimeOrTtlContext) {
      const kind = req(ctx._kind, 'function', ctx).type;
      const fn = kind === P.CqlParser.K_WRITETIME ? 'writetime' : kind === P.CqlParser.K_MAXWRITETIME ? 'maxwritetime' : 'ttl';
      const argument = this.applyModifiers(this.columnRef(req(ctx._column, 'column', ctx)), ctx.selectorModifier());
      return { kind: 'WritetimeTtl', range, function: fn, argument };
    }
    if (ctx instanceof P.SelectionCastContext) {
      return { kind: 'Cast', range, value: this.unaliasedSelector(ctx.unaliasedSelector()), type: this.nativeType(req(ctx._type_, 'type', ctx)) };
    }
    if (ctx instanceof P.SelectionFunctionContext) {
      return {
        kind: 'FunctionCall',
        range,
        name: this.functionName(ctx.functionName()),
        args: ctx.unaliasedSelector().map((s) => this.unaliasedSelector(s)),
      };
    }
    throw new AstBuildError('selector', ctx);
  }

  // ───────────────────────────── WHERE, IF, SET ─────────────────────────────

  private where(ctx: P.WhereClauseContext | null): WhereRelation[] {
    if (ctx === null) return [];
    return ctx.relationOrExpression().map((r) => {
      const custom = r.customIndexExpression();
      if (custom !== null) {
        return {
          kind: 'IndexExpression' as const,
          range: this.range(custom),
          index: this.bareName(req(custom._index, 'index', custom)),
          value: this.term(req(custom._value, 'value', custom)),
        };
      }
      return this.relation(req(r.relation(), 'relation', r));
    });
  }

  private relation(ctx: P.RelationContext): Relation {
    const range = this.range(ctx);
    const rel = (left: Expression, operator: RelationOperator, right?: Expression | InList): Relation =>
      right === undefined ? { kind: 'Relation', range, left, operator } : { kind: 'Relation', range, left, operator, right };
    if (ctx instanceof P.RelationParenthesizedContext) return this.relation(ctx.relation());
    if (ctx instanceof P.RelationCompareContext) {
      return rel(this.columnRef(req(ctx._column, 'column', ctx)), this.op(req(ctx._op, 'operator', ctx)), this.term(req(ctx._value, 'value', ctx)));
    }
    if (ctx instanceof P.RelationLikeContext) {
      return rel(this.columnRef(req(ctx._column, 'column', ctx)), 'LIKE', this.term(req(ctx._value, 'value', ctx)));
    }
    if (ctx instanceof P.RelationIsNotNullContext) return rel(this.columnRef(req(ctx._column, 'column', ctx)), 'IS NOT NULL');
    if (ctx instanceof P.RelationInContext) {
      return rel(this.columnRef(req(ctx._column, 'column', ctx)), 'IN', this.inValues(req(ctx._inValues, 'IN values', ctx)));
    }
    if (ctx instanceof P.RelationContainsContext) {
      return rel(
        this.columnRef(req(ctx._column, 'column', ctx)),
        ctx._key ? 'CONTAINS KEY' : 'CONTAINS',
        this.term(req(ctx._value, 'value', ctx)),
      );
    }
    if (ctx instanceof P.RelationTokenContext) {
      const tokenKw = this.identFromToken(ctx.K_TOKEN().symbol);
      const columns = req(ctx._columns, 'columns', ctx);
      const left: Expression = {
        kind: 'FunctionCall',
        range: this.span(tokenKw.range, this.range(columns)),
        name: { kind: 'QualifiedName', range: tokenKw.range, name: tokenKw },
        args: columns.cident().map((c) => this.columnRef(c)),
      };
      return rel(left, this.op(req(ctx._op, 'operator', ctx)), this.term(req(ctx._value, 'value', ctx)));
    }
    if (ctx instanceof P.RelationMapElementContext) {
      const column = this.columnRef(req(ctx._column, 'column', ctx));
      const element = this.term(req(ctx._element, 'element', ctx));
      const rbracket = req(ctx.RBRACKET(), ']', ctx);
      const left: Expression = {
        kind: 'ElementAccess',
        range: this.span(column.range, this.terminalRange(rbracket)),
        target: column,
        index: element,
      };
      return rel(left, this.op(req(ctx._op, 'operator', ctx)), this.term(req(ctx._value, 'value', ctx)));
    }
    if (ctx instanceof P.RelationMultiInContext) {
      return rel(this.columnTuple(req(ctx._columns, 'columns', ctx)), 'IN', this.multiInValues(req(ctx._inValues, 'IN values', ctx)));
    }
    if (ctx instanceof P.RelationMultiCompareContext) {
      const value = req(ctx._value, 'value', ctx);
      const tuple = value.tupleLiteral();
      const right = tuple !== null ? this.tupleLiteral(tuple) : this.marker(req(value.marker(), 'marker', value));
      return rel(this.columnTuple(req(ctx._columns, 'columns', ctx)), this.op(req(ctx._op, 'operator', ctx)), right);
    }
    throw new AstBuildError('relation', ctx);
  }

  private columnTuple(ctx: P.TupleOfIdentifiersContext): TupleLiteral {
    return { kind: 'TupleLiteral', range: this.range(ctx), elements: ctx.cident().map((c) => this.columnRef(c)) };
  }

  private op(ctx: P.RelationTypeContext): '=' | '!=' | '<' | '<=' | '>' | '>=' {
    return ctx.getText() as '=' | '!=' | '<' | '<=' | '>' | '>=';
  }

  private inValues(ctx: P.SingleColumnInValuesContext): InList | BindMarker {
    if (ctx instanceof P.InBindMarkerContext) return this.marker(ctx.inMarker());
    if (ctx instanceof P.InTermListContext) {
      return { kind: 'InList', range: this.range(ctx), values: ctx.term().map((t) => this.term(t)) };
    }
    throw new AstBuildError('IN values', ctx);
  }

  private multiInValues(ctx: P.MultiColumnInValuesContext): InList | BindMarker {
    const range = this.range(ctx);
    if (ctx instanceof P.MultiInBindMarkerContext) return this.marker(ctx.inMarker());
    if (ctx instanceof P.MultiInEmptyContext) return { kind: 'InList', range, values: [] };
    if (ctx instanceof P.MultiInTuplesContext) {
      return { kind: 'InList', range, values: ctx.tupleLiteral().map((t) => this.tupleLiteral(t)) };
    }
    if (ctx instanceof P.MultiInMarkersContext) return { kind: 'InList', range, values: ctx.marker().map((m) => this.marker(m)) };
    throw new AstBuildError('IN values', ctx);
  }

  private conditions(ctx: P.UpdateConditionsContext | null): Condition[] {
    if (ctx === null) return [];
    return ctx.columnCondition().map((c) => this.condition(c));
  }

  private condition(ctx: P.ColumnConditionContext): Condition {
    const range = this.range(ctx);
    const cond = (left: Expression, operator: ConditionOperator, right: Expression | InList): Condition => ({
      kind: 'Condition',
      range,
      left,
      operator,
      right,
    });
    const column = (c: { _column?: P.CidentContext }): ColumnRef => this.columnRef(req(c._column, 'column', ctx));
    const element = (c: { _element?: P.TermContext; RBRACKET(): TerminalNode }): Expression => {
      const target = column(c as { _column?: P.CidentContext });
      return {
        kind: 'ElementAccess',
        range: this.span(target.range, this.terminalRange(c.RBRACKET())),
        target,
        index: this.term(req(c._element, 'element', ctx)),
      };
    };
    const field = (c: { _column?: P.CidentContext; _field?: P.IdentContext }): Expression => {
      const target = column(c);
      const name = this.ident(req(c._field, 'field', ctx));
      return { kind: 'FieldAccess', range: this.span(target.range, name.range), target, field: name };
    };
    if (ctx instanceof P.ConditionCompareContext) {
      return cond(column(ctx), this.op(req(ctx._op, 'operator', ctx)), this.term(req(ctx._value, 'value', ctx)));
    }
    if (ctx instanceof P.ConditionContainsContext) {
      return cond(column(ctx), ctx._key ? 'CONTAINS KEY' : 'CONTAINS', this.term(req(ctx._value, 'value', ctx)));
    }
    if (ctx instanceof P.ConditionInContext) return cond(column(ctx), 'IN', this.inValues(req(ctx._inValues, 'IN values', ctx)));
    if (ctx instanceof P.ConditionElementCompareContext) {
      return cond(element(ctx), this.op(req(ctx._op, 'operator', ctx)), this.term(req(ctx._value, 'value', ctx)));
    }
    if (ctx instanceof P.ConditionElementInContext) {
      return cond(element(ctx), 'IN', this.inValues(req(ctx._inValues, 'IN values', ctx)));
    }
    if (ctx instanceof P.ConditionFieldCompareContext) {
      return cond(field(ctx), this.op(req(ctx._op, 'operator', ctx)), this.term(req(ctx._value, 'value', ctx)));
    }
    if (ctx instanceof P.ConditionFieldInContext) {
      return cond(field(ctx), 'IN', this.inValues(req(ctx._inValues, 'IN values', ctx)));
    }
    throw new AstBuildError('condition', ctx);
  }

  private assignment(ctx: P.ColumnOperationContext): Assignment {
    const range = this.range(ctx);
    const make = (target: Expression, operation: Assignment['operation'], compound: boolean, value: Expression): Assignment => ({
      kind: 'Assignment',
      range,
      target,
      operation,
      compound,
      value,
    });
    if (ctx instanceof P.AssignOrPrependContext) {
      const target = this.columnRef(req(ctx._column, 'column', ctx));
      const value = this.term(req(ctx._value, 'value', ctx));
      return make(target, ctx._other === undefined ? 'set' : 'prepend', false, value);
    }
    if (ctx instanceof P.AddOrSubtractContext) {
      const op = req(ctx._op, 'operator', ctx);
      return make(
        this.columnRef(req(ctx._column, 'column', ctx)),
        op.type === P.CqlParser.MINUS ? 'subtract' : 'add',
        false,
        this.term(req(ctx._value, 'value', ctx)),
      );
    }
    if (ctx instanceof P.AddSignedIntegerContext) {
      // `c = c -1`: the lexer reads `-1` as one integer; Cassandra treats it as `c = c - 1`.
      const token = req(req(ctx._value, 'value', ctx).start, 'integer', ctx);
      const text = token.text ?? '';
      const negative = text.startsWith('-');
      const literal: Literal = negative
        ? {
            kind: 'Literal',
            range: { start: this.pos(token.start + 1), end: this.pos(token.stop + 1) },
            type: 'integer',
            text: text.slice(1),
          }
        : this.literalFromToken(token, 'integer');
      return make(this.columnRef(req(ctx._column, 'column', ctx)), negative ? 'subtract' : 'add', false, literal);
    }
    if (ctx instanceof P.ShorthandAddOrSubtractContext) {
      const op = req(ctx._op, 'operator', ctx);
      return make(
        this.columnRef(req(ctx._column, 'column', ctx)),
        op.type === P.CqlParser.MINUS_EQ ? 'subtract' : 'add',
        true,
        this.term(req(ctx._value, 'value', ctx)),
      );
    }
    if (ctx instanceof P.SetElementContext) {
      const column = this.columnRef(req(ctx._column, 'column', ctx));
      const target: Expression = {
        kind: 'ElementAccess',
        range: this.span(column.range, this.terminalRange(ctx.RBRACKET())),
        target: column,
        index: this.term(req(ctx._key, 'key', ctx)),
      };
      return make(target, 'set', false, this.term(req(ctx._value, 'value', ctx)));
    }
    if (ctx instanceof P.SetFieldContext) {
      const column = this.columnRef(req(ctx._column, 'column', ctx));
      const field = this.ident(req(ctx._field, 'field', ctx));
      const target: Expression = { kind: 'FieldAccess', range: this.span(column.range, field.range), target: column, field };
      return make(target, 'set', false, this.term(req(ctx._value, 'value', ctx)));
    }
    throw new AstBuildError('assignment', ctx);
  }

  private using(ctx: P.UsingClauseContext | null): UsingClause | undefined {
    if (ctx === null) return undefined;
    const using: UsingClause = { kind: 'Using', range: this.range(ctx) };
    for (const o of ctx.usingClauseObjective()) {
      if (o instanceof P.UsingTtlContext) using.ttl = this.intValue(req(o._value, 'TTL', o));
      else if (o instanceof P.UsingTimestampContext) using.timestamp = this.intValue(req(o._value, 'timestamp', o));
    }
    return using;
  }

  // ───────────────────────────── types ─────────────────────────────

  private nativeType(ctx: P.NativeTypeContext): CqlType {
    return { kind: 'NativeType', range: this.range(ctx), name: ctx.getText().toLowerCase() as NativeTypeName };
  }

  private type(ctx: P.ComparatorTypeContext): CqlType {
    const range = this.range(ctx);
    if (ctx instanceof P.NativeTypeRefContext) return this.nativeType(ctx.nativeType());
    if (ctx instanceof P.MapTypeContext) {
      return { kind: 'MapType', range, key: this.type(req(ctx._key, 'key type', ctx)), value: this.type(req(ctx._value, 'value type', ctx)) };
    }
    if (ctx instanceof P.ListTypeContext) return { kind: 'ListType', range, element: this.type(req(ctx._element, 'element type', ctx)) };
    if (ctx instanceof P.SetTypeContext) return { kind: 'SetType', range, element: this.type(req(ctx._element, 'element type', ctx)) };
    if (ctx instanceof P.TupleTypeContext) return { kind: 'TupleType', range, elements: ctx.comparatorType().map((t) => this.type(t)) };
    if (ctx instanceof P.VectorTypeContext) {
      return {
        kind: 'VectorType',
        range,
        element: this.type(req(ctx._element, 'element type', ctx)),
        dimension: Number(req(ctx._dimension, 'dimension', ctx).text),
      };
    }
    if (ctx instanceof P.FrozenTypeContext) return { kind: 'FrozenType', range, inner: this.type(req(ctx._inner, 'inner type', ctx)) };
    if (ctx instanceof P.UserTypeRefContext) return { kind: 'UserType', range, name: this.qualified(ctx.userTypeName()) };
    if (ctx instanceof P.CustomTypeContext) {
      return { kind: 'CustomType', range, className: stringContent(ctx.STRING_LITERAL().getText()) };
    }
    throw new AstBuildError('type', ctx);
  }

  // ───────────────────────────── properties ─────────────────────────────

  private propertyMapLiteral(ctx: P.PropertyMapContext): MapLiteral {
    return {
      kind: 'MapLiteral',
      range: this.range(ctx),
      entries: ctx.propertyMapEntry().map((e) => {
        const key = this.constant(req(e._key, 'key', e));
        const value = this.propertyMapValue(req(e._value, 'value', e));
        return { kind: 'MapEntry' as const, range: this.range(e), key, value };
      }),
    };
  }

  private propertyMapValue(ctx: P.PropertyMapValueContext): Expression {
    if (ctx instanceof P.PropertyMapConstantContext) return this.constant(ctx.constant());
    if (ctx instanceof P.PropertyMapNestedContext) return this.propertyMapLiteral(ctx.propertyMap());
    if (ctx instanceof P.PropertyMapListContext) {
      const list: ListLiteral = {
        kind: 'ListLiteral',
        range: this.range(ctx),
        elements: ctx.propertyMapValue().map((v) => this.propertyMapValue(v)),
      };
      return list;
    }
    throw new AstBuildError('property value', ctx);
  }

  private property(ctx: P.PropertyContext): Property {
    const range = this.range(ctx);
    if (ctx instanceof P.SimplePropertyContext) {
      const value = req(ctx._value, 'value', ctx);
      const constant = value.constant();
      return {
        kind: 'Property',
        range,
        name: this.ident(req(ctx._name, 'name', ctx)),
        value: constant !== null ? this.constant(constant) : this.ident(value),
      };
    }
    if (ctx instanceof P.MapPropertyContext) {
      return {
        kind: 'Property',
        range,
        name: this.ident(req(ctx._name, 'name', ctx)),
        value: this.propertyMapLiteral(req(ctx._map, 'map', ctx)),
      };
    }
    throw new AstBuildError('property', ctx);
  }

  private propertyMap(list: Property[], range: SourceRange): PropertyMap {
    const properties: Record<string, Property> = {};
    for (const p of list) properties[p.name.text] = p;
    return { kind: 'PropertyMap', range, properties };
  }

  private properties(ctx: P.PropertiesContext): PropertyMap {
    return this.propertyMap(
      ctx.property().map((p) => this.property(p)),
      this.range(ctx),
    );
  }

  /** Table/view `WITH` items: split into clustering order, compact storage and plain properties. */
  private tableProperties(items: P.TablePropertyContext[], statement: ParserRuleContext) {
    const clusteringOrder: ClusteringOrder[] = [];
    const plain: Property[] = [];
    let compactStorage = false;
    for (const item of items) {
      if (item instanceof P.TableOptionContext) plain.push(this.property(item.property()));
      else if (item instanceof P.CompactStorageContext) compactStorage = true;
      else if (item instanceof P.ClusteringOrderByContext) {
        for (const o of item.clusteringOrder()) {
          clusteringOrder.push({
            kind: 'ClusteringOrder',
            range: this.range(o),
            column: this.ident(req(o._column, 'column', o)),
            direction: req(o._direction, 'direction', o).type === P.CqlParser.K_DESC ? 'DESC' : 'ASC',
          });
        }
      } else throw new AstBuildError('table property', item);
    }
    const first = plain[0];
    const last = plain[plain.length - 1];
    const range = first !== undefined && last !== undefined ? this.span(first.range, last.range) : this.endOf(statement);
    return { clusteringOrder, compactStorage, properties: this.propertyMap(plain, range) };
  }

  private tags(operation: 'add' | 'drop', ctx: ParserRuleContext, map: P.PropertyMapContext | undefined): TagsChange {
    return { kind: 'TagsChange', range: this.range(ctx), operation, tags: this.propertyMapLiteral(req(map, 'tags', ctx)) };
  }

  // ───────────────────────────── tables ─────────────────────────────

  private mask(ctx: P.ColumnMaskContext): ColumnMask {
    const range = this.range(ctx);
    if (ctx instanceof P.DefaultMaskContext) return { kind: 'ColumnMask', range, args: [] };
    if (ctx instanceof P.FunctionMaskContext) {
      return {
        kind: 'ColumnMask',
        range,
        function: this.functionName(req(ctx._function_, 'mask function', ctx)),
        args: ctx.term().map((t) => this.term(t)),
      };
    }
    throw new AstBuildError('column mask', ctx);
  }

  private columnDefinition(ctx: P.ColumnDefinitionContext | P.AddColumnDefinitionContext): ColumnDefinition {
    const def: ColumnDefinition = {
      kind: 'ColumnDefinition',
      range: this.range(ctx),
      name: this.ident(req(ctx._column, 'column', ctx)),
      type: this.type(req(ctx._type_, 'type', ctx)),
      static: ctx._isStatic !== undefined && ctx._isStatic !== null,
      primaryKey: ctx instanceof P.ColumnDefinitionContext && ctx._primaryKey !== undefined && ctx._primaryKey !== null,
    };
    const mask = ctx.columnMask();
    if (mask !== null) def.mask = this.mask(mask);
    return def;
  }

  private partitionKey(ctx: P.PartitionKeyContext): Identifier[] {
    if (ctx instanceof P.SinglePartitionKeyContext) return [this.ident(ctx.ident())];
    if (ctx instanceof P.CompositePartitionKeyContext) return ctx.ident().map((i) => this.ident(i));
    throw new AstBuildError('partition key', ctx);
  }

  private renames(items: (P.RenameColumnContext | P.RenameFieldContext)[]): Rename[] {
    return items.map((r) => ({
      kind: 'Rename' as const,
      range: this.range(r),
      from: this.ident(req(r._from_, 'name', r)),
      to: this.ident(req(r._to, 'new name', r)),
    }));
  }

  private alterTableAction(ctx: P.AlterTableInstructionContext): AlterTableAction {
    const range = this.range(ctx);
    if (ctx instanceof P.AddColumnsContext) {
      return {
        kind: 'AlterTableAdd',
        range,
        ifNotExists: ctx.ifNotExists() !== null,
        columns: ctx.addColumnDefinition().map((c) => this.columnDefinition(c)),
      };
    }
    if (ctx instanceof P.DropColumnsContext) {
      const action: AlterTableAction = {
        kind: 'AlterTableDrop',
        range,
        ifExists: ctx.ifExists() !== null,
        columns: ctx._columns.map((c) => this.ident(c)),
      };
      if (ctx._timestamp) action.timestamp = this.literalFromToken(ctx._timestamp, 'integer');
      return action;
    }
    if (ctx instanceof P.RenameColumnsContext) {
      return { kind: 'AlterTableRename', range, ifExists: ctx.ifExists() !== null, renames: this.renames(ctx.renameColumn()) };
    }
    if (ctx instanceof P.AlterTableWithContext) return { kind: 'AlterTableWith', range, properties: this.properties(ctx.properties()) };
    if (ctx instanceof P.AlterColumnTypeContext) {
      return {
        kind: 'AlterTableAlterType',
        range,
        ifExists: false,
        column: this.ident(req(ctx._column, 'column', ctx)),
        type: this.type(req(ctx._type_, 'type', ctx)),
      };
    }
    if (ctx instanceof P.AlterColumnMaskContext) {
      return {
        kind: 'AlterTableMask',
        range,
        ifExists: ctx.ifExists() !== null,
        column: this.ident(req(ctx._column, 'column', ctx)),
        mask: this.mask(ctx.columnMask()),
      };
    }
    if (ctx instanceof P.AlterColumnDropMaskContext) {
      return { kind: 'AlterTableDropMask', range, ifExists: ctx.ifExists() !== null, column: this.ident(req(ctx._column, 'column', ctx)) };
    }
    if (ctx instanceof P.DropCompactStorageContext) return { kind: 'AlterTableDropCompactStorage', range };
    if (ctx instanceof P.AlterTableAddTagsContext) return { kind: 'AlterTableTags', range, change: this.tags('add', ctx, ctx._tags) };
    if (ctx instanceof P.AlterTableDropTagsContext) return { kind: 'AlterTableTags', range, change: this.tags('drop', ctx, ctx._tags) };
    throw new AstBuildError('ALTER TABLE instruction', ctx);
  }

  private alterTypeAction(ctx: P.AlterTypeInstructionContext): AlterTypeAction {
    const range = this.range(ctx);
    if (ctx instanceof P.AlterTypeAddFieldContext) {
      const name = this.ident(req(ctx._field, 'field', ctx));
      const type = this.type(req(ctx._type_, 'type', ctx));
      return {
        kind: 'AlterTypeAdd',
        range,
        ifNotExists: ctx.ifNotExists() !== null,
        field: { kind: 'FieldDefinition', range: this.span(name.range, type.range), name, type },
      };
    }
    if (ctx instanceof P.AlterTypeRenameFieldsContext) {
      return { kind: 'AlterTypeRename', range, ifExists: ctx.ifExists() !== null, renames: this.renames(ctx.renameField()) };
    }
    if (ctx instanceof P.AlterTypeFieldTypeContext) {
      return { kind: 'AlterTypeAlterField', range, field: this.ident(req(ctx._field, 'field', ctx)), type: this.type(req(ctx._type_, 'type', ctx)) };
    }
    throw new AstBuildError('ALTER TYPE instruction', ctx);
  }

  private signature(ctx: P.FunctionSignatureContext | undefined): CqlType[] | undefined {
    return ctx === undefined ? undefined : ctx.comparatorType().map((t) => this.type(t));
  }

  // ───────────────────────────── security ─────────────────────────────

  private roleOption(ctx: P.RoleOptionContext): RoleOption {
    const range = this.range(ctx);
    const opt = (name: RoleOption['name'], value?: Expression): RoleOption =>
      value === undefined ? { kind: 'RoleOption', range, name } : { kind: 'RoleOption', range, name, value };
    const set = (c: P.RoleAccessDatacentersContext | P.RoleAccessCidrsContext): Expression => ({
      kind: 'SetLiteral',
      range: this.span(this.terminalRange(c.LBRACE()), this.terminalRange(c.RBRACE())),
      elements: c.STRING_LITERAL().map((s) => this.stringLiteral(s.symbol)),
    });
    if (ctx instanceof P.RolePasswordContext) return opt('password', this.stringLiteral(req(ctx._value, 'password', ctx)));
    if (ctx instanceof P.RoleHashedPasswordContext) return opt('hashedPassword', this.stringLiteral(req(ctx._value, 'password', ctx)));
    if (ctx instanceof P.RoleCustomOptionsContext) return opt('options', this.propertyMapLiteral(req(ctx._map, 'options', ctx)));
    if (ctx instanceof P.RoleSuperuserContext) return opt('superuser', this.literalFromToken(req(ctx._value, 'value', ctx), 'boolean'));
    if (ctx instanceof P.RoleLoginContext) return opt('login', this.literalFromToken(req(ctx._value, 'value', ctx), 'boolean'));
    if (ctx instanceof P.RoleAccessAllDatacentersContext) return opt('accessToAllDatacenters');
    if (ctx instanceof P.RoleAccessDatacentersContext) return opt('accessToDatacenters', set(ctx));
    if (ctx instanceof P.RoleAccessAllCidrsContext) return opt('accessFromAllCidrs');
    if (ctx instanceof P.RoleAccessCidrsContext) return opt('accessFromCidrs', set(ctx));
    throw new AstBuildError('role option', ctx);
  }

  private userOptions(ctx: P.UserPasswordContext | null): RoleOption[] {
    if (ctx === null) return [];
    const range = this.range(ctx);
    if (ctx instanceof P.PlainPasswordContext) {
      return [{ kind: 'RoleOption', range, name: 'password', value: this.stringLiteral(req(ctx._password, 'password', ctx)) }];
    }
    if (ctx instanceof P.HashedPasswordContext) {
      return [{ kind: 'RoleOption', range, name: 'hashedPassword', value: this.stringLiteral(req(ctx._password, 'password', ctx)) }];
    }
    throw new AstBuildError('user password', ctx);
  }

  private superuser(token: Token | null | undefined): boolean | undefined {
    if (token === null || token === undefined) return undefined;
    return token.type === P.CqlParser.K_SUPERUSER;
  }

  private permissions(ctx: P.PermissionOrAllContext): { all: boolean; permissions: Permission[] } {
    if (ctx instanceof P.AllPermissionsContext) return { all: true, permissions: [] };
    if (ctx instanceof P.PermissionListContext) {
      return { all: false, permissions: ctx.permission().map((p) => p.getText().toUpperCase() as Permission) };
    }
    throw new AstBuildError('permissions', ctx);
  }

  private resource(ctx: P.ResourceContext): Resource {
    const range = this.range(ctx);
    if (ctx instanceof P.AllKeyspacesResourceContext) return { kind: 'Resource', range, type: 'allKeyspaces' };
    if (ctx instanceof P.KeyspaceResourceContext) {
      return { kind: 'Resource', range, type: 'keyspace', keyspace: this.ident(req(ctx._keyspace, 'keyspace', ctx)) };
    }
    if (ctx instanceof P.TableResourceContext) {
      return { kind: 'Resource', range, type: 'table', table: this.qualified(req(ctx._table, 'table', ctx)) };
    }
    if (ctx instanceof P.AllTablesResourceContext) {
      return { kind: 'Resource', range, type: 'allTables', keyspace: this.ident(req(ctx._keyspace, 'keyspace', ctx)) };
    }
    if (ctx instanceof P.AllRolesResourceContext) return { kind: 'Resource', range, type: 'allRoles' };
    if (ctx instanceof P.RoleResourceContext) return { kind: 'Resource', range, type: 'role', role: this.ident(req(ctx._role, 'role', ctx)) };
    if (ctx instanceof P.AllFunctionsResourceContext) {
      return ctx._keyspace === undefined
        ? { kind: 'Resource', range, type: 'allFunctions' }
        : { kind: 'Resource', range, type: 'allFunctions', keyspace: this.ident(ctx._keyspace) };
    }
    if (ctx instanceof P.FunctionResourceContext) {
      return {
        kind: 'Resource',
        range,
        type: 'function',
        function: this.functionName(req(ctx._function_, 'function', ctx)),
        argTypes: this.signature(ctx._signature) ?? [],
      };
    }
    if (ctx instanceof P.AllMbeansResourceContext) return { kind: 'Resource', range, type: 'allMbeans' };
    if (ctx instanceof P.MbeanResourceContext) {
      const mbean = this.stringLiteral(req(ctx._mbean, 'mbean', ctx));
      return req(ctx._kind, 'kind', ctx).type === P.CqlParser.K_MBEANS
        ? { kind: 'Resource', range, type: 'mbeans', mbean }
        : { kind: 'Resource', range, type: 'mbean', mbean };
    }
    throw new AstBuildError('resource', ctx);
  }

  // ───────────────────────────── DML ─────────────────────────────

  private insert(ctx: P.InsertStatementContext): Statement {
    const body = ctx.insertBody();
    const stmt: Extract<Statement, { kind: 'Insert' }> = {
      kind: 'Insert',
      range: this.range(ctx),
      table: this.qualified(req(ctx._table, 'table', ctx)),
      columns: [],
      values: [],
      ifNotExists: ctx.ifNotExists() !== null,
    };
    if (body instanceof P.InsertValuesContext) {
      stmt.columns = body._columns.map((c) => this.ident(c));
      stmt.values = body._values.map((v) => this.term(v));
    } else if (body instanceof P.InsertJsonContext) {
      const json = req(body._json, 'JSON value', body);
      const marker = json.marker();
      const value = marker !== null ? this.marker(marker) : this.stringLiteral(req(json.STRING_LITERAL(), 'JSON', json).symbol);
      const defaultKind = body._defaultKind;
      stmt.json =
        defaultKind === undefined || defaultKind === null
          ? { kind: 'InsertJson', range: this.range(body), value }
          : {
              kind: 'InsertJson',
              range: this.range(body),
              value,
              defaultBehavior: defaultKind.type === P.CqlParser.K_UNSET ? 'unset' : 'null',
            };
    } else {
      throw new AstBuildError('INSERT body', body);
    }
    const using = this.using(ctx.usingClause());
    if (using !== undefined) stmt.using = using;
    return stmt;
  }

  private update(ctx: P.UpdateStatementContext): Statement {
    const using = this.using(ctx.usingClause());
    return {
      kind: 'Update',
      range: this.range(ctx),
      table: this.qualified(req(ctx._table, 'table', ctx)),
      ...(using === undefined ? {} : { using }),
      assignments: ctx.columnOperation().map((o) => this.assignment(o)),
      where: this.where(ctx.whereClause()),
      ifExists: ctx._exists !== undefined && ctx._exists !== null,
      conditions: this.conditions(ctx.updateConditions()),
    };
  }

  private delete(ctx: P.DeleteStatementContext): Statement {
    const selections: Expression[] = [];
    for (const op of ctx.deleteSelection()?.deleteOp() ?? []) {
      const column = this.columnRef(req((op as P.DeleteColumnContext)._column, 'column', op));
      if (op instanceof P.DeleteColumnContext) selections.push(column);
      else if (op instanceof P.DeleteElementContext) {
        selections.push({ kind: 'ElementAccess', range: this.range(op), target: column, index: this.term(req(op._element, 'element', op)) });
      } else if (op instanceof P.DeleteFieldContext) {
        selections.push({ kind: 'FieldAccess', range: this.range(op), target: column, field: this.ident(req(op._field, 'field', op)) });
      } else throw new AstBuildError('delete selection', op);
    }
    let using: UsingClause | undefined;
    if (ctx._timestamp !== undefined) {
      const usingKw = req(ctx.K_USING(), 'USING', ctx);
      const timestamp = this.intValue(ctx._timestamp);
      using = { kind: 'Using', range: this.span(this.terminalRange(usingKw), timestamp.range), timestamp };
    }
    return {
      kind: 'Delete',
      range: this.range(ctx),
      selections,
      table: this.qualified(req(ctx._table, 'table', ctx)),
      ...(using === undefined ? {} : { using }),
      where: this.where(ctx.whereClause()),
      ifExists: ctx._exists !== undefined && ctx._exists !== null,
      conditions: this.conditions(ctx.updateConditions()),
    };
  }

  private batchChild(ctx: P.BatchChildContext): BatchChild {
    const insert = ctx.insertStatement();
    if (insert !== null) return this.insert(insert) as BatchChild;
    const update = ctx.updateStatement();
    if (update !== null) return this.update(update) as BatchChild;
    return this.delete(req(ctx.deleteStatement(), 'batch statement', ctx)) as BatchChild;
  }

  private select(ctx: P.SelectStatementContext): Statement {
    const { selectors, wildcard } = this.selectors(ctx.selectors());
    const stmt: Extract<Statement, { kind: 'Select' }> = {
      kind: 'Select',
      range: this.range(ctx),
      json: ctx._json !== undefined && ctx._json !== null,
      distinct: ctx._distinct !== undefined && ctx._distinct !== null,
      selectors,
      wildcard,
      table: this.qualified(req(ctx._table, 'table', ctx)),
      where: this.where(ctx.whereClause()),
      groupBy: ctx.groupByClause().map((g) => this.unaliasedSelector(g.unaliasedSelector())),
      orderBy: ctx.orderByClause().map((o) => this.ordering(o)),
      allowFiltering: ctx._allowFiltering !== undefined && ctx._allowFiltering !== null,
    };
    if (ctx._perPartitionLimit !== undefined) stmt.perPartitionLimit = this.intValue(ctx._perPartitionLimit);
    if (ctx._limit !== undefined) stmt.limit = this.intValue(ctx._limit);
    return stmt;
  }

  private ordering(ctx: P.OrderByClauseContext): Ordering {
    const o: Ordering = { kind: 'Ordering', range: this.range(ctx), column: this.ident(req(ctx._column, 'column', ctx)) };
    if (ctx._ann !== undefined) o.annOf = this.term(ctx._ann);
    if (ctx._direction !== undefined && ctx._direction !== null) {
      o.direction = ctx._direction.type === P.CqlParser.K_DESC ? 'DESC' : 'ASC';
    }
    return o;
  }

  // ───────────────────────────── statements ─────────────────────────────

  statement(ctx: P.StatementContext): Statement {
    const inner = ctx.getChild(0);
    if (!(inner instanceof ParserRuleContext)) throw new AstBuildError('statement', ctx);
    const range = this.range(inner);
    const c = inner;

    if (c instanceof P.SelectStatementContext) return this.select(c);
    if (c instanceof P.InsertStatementContext) return this.insert(c);
    if (c instanceof P.UpdateStatementContext) return this.update(c);
    if (c instanceof P.DeleteStatementContext) return this.delete(c);
    if (c instanceof P.BatchStatementContext) {
      const kind = c._kind?.type;
      const using = this.using(c.usingClause());
      return {
        kind: 'Batch',
        range,
        batchType: kind === P.CqlParser.K_UNLOGGED ? 'unlogged' : kind === P.CqlParser.K_COUNTER ? 'counter' : 'logged',
        ...(using === undefined ? {} : { using }),
        statements: c.batchChild().map((b) => this.batchChild(b)),
      };
    }
    if (c instanceof P.UseStatementContext) return { kind: 'Use', range, keyspace: this.ident(req(c._keyspace, 'keyspace', c)) };
    if (c instanceof P.TruncateStatementContext) return { kind: 'Truncate', range, table: this.qualified(req(c._table, 'table', c)) };

    if (c instanceof P.CreateKeyspaceStatementContext) {
      return {
        kind: 'CreateKeyspace',
        range,
        name: this.ident(req(c._keyspace, 'keyspace', c)),
        ifNotExists: c.ifNotExists() !== null,
        properties: this.properties(c.properties()),
      };
    }
    if (c instanceof P.AlterKeyspaceStatementContext) {
      const stmt: Extract<Statement, { kind: 'AlterKeyspace' }> = {
        kind: 'AlterKeyspace',
        range,
        name: this.ident(req(c._keyspace, 'keyspace', c)),
        ifExists: c.ifExists() !== null,
      };
      const instruction = c.alterKeyspaceInstruction();
      if (instruction instanceof P.AlterKeyspaceWithContext) stmt.properties = this.properties(instruction.properties());
      else if (instruction instanceof P.AlterKeyspaceAddTagsContext) stmt.tags = this.tags('add', instruction, instruction._tags);
      else if (instruction instanceof P.AlterKeyspaceDropTagsContext) stmt.tags = this.tags('drop', instruction, instruction._tags);
      else throw new AstBuildError('ALTER KEYSPACE instruction', instruction);
      return stmt;
    }
    if (c instanceof P.DropKeyspaceStatementContext) {
      return { kind: 'DropKeyspace', range, name: this.ident(req(c._keyspace, 'keyspace', c)), ifExists: c.ifExists() !== null };
    }

    if (c instanceof P.CreateTableStatementContext) {
      const columns: ColumnDefinition[] = [];
      let primaryKey: PrimaryKey | undefined;
      let inlineKey: PrimaryKey | undefined;
      for (const element of c.tableElement()) {
        const column = element.columnDefinition();
        if (column !== null) {
          const def = this.columnDefinition(column);
          columns.push(def);
          const kw = column.K_PRIMARY();
          if (def.primaryKey && kw !== null && inlineKey === undefined) {
            // The inline key spans its column definition (the name it repeats is inside it).
            inlineKey = {
              kind: 'PrimaryKey',
              range: def.range,
              partitionKey: [{ ...def.name }],
              clusteringColumns: [],
              inline: true,
            };
          }
          continue;
        }
        const pk = req(element.primaryKeyDefinition(), 'table element', element);
        primaryKey = {
          kind: 'PrimaryKey',
          range: this.range(pk),
          partitionKey: this.partitionKey(pk.partitionKey()),
          clusteringColumns: pk._clustering.map((i) => this.ident(i)),
          inline: false,
        };
      }
      const options = this.tableProperties(c.tableProperty(), c);
      const key = primaryKey ?? inlineKey;
      return {
        kind: 'CreateTable',
        range,
        name: this.qualified(req(c._table, 'table', c)),
        ifNotExists: c.ifNotExists() !== null,
        columns,
        ...(key === undefined ? {} : { primaryKey: key }),
        clusteringOrder: options.clusteringOrder,
        compactStorage: options.compactStorage,
        properties: options.properties,
      };
    }
    if (c instanceof P.AlterTableStatementContext) {
      return {
        kind: 'AlterTable',
        range,
        name: this.qualified(req(c._table, 'table', c)),
        ifExists: c.ifExists() !== null,
        action: this.alterTableAction(c.alterTableInstruction()),
      };
    }
    if (c instanceof P.DropTableStatementContext) {
      return { kind: 'DropTable', range, name: this.qualified(req(c._table, 'table', c)), ifExists: c.ifExists() !== null };
    }

    if (c instanceof P.CreateTypeStatementContext) {
      return {
        kind: 'CreateType',
        range,
        name: this.qualified(req(c._typeName, 'type name', c)),
        ifNotExists: c.ifNotExists() !== null,
        fields: c.typeField().map((f) => ({
          kind: 'FieldDefinition' as const,
          range: this.range(f),
          name: this.ident(req(f._field, 'field', f)),
          type: this.type(req(f._type_, 'type', f)),
        })),
      };
    }
    if (c instanceof P.AlterTypeStatementContext) {
      return {
        kind: 'AlterType',
        range,
        name: this.qualified(req(c._typeName, 'type name', c)),
        ifExists: c.ifExists() !== null,
        action: this.alterTypeAction(c.alterTypeInstruction()),
      };
    }
    if (c instanceof P.DropTypeStatementContext) {
      return { kind: 'DropType', range, name: this.qualified(req(c._typeName, 'type name', c)), ifExists: c.ifExists() !== null };
    }

    if (c instanceof P.CreateIndexStatementContext) {
      const stmt: Extract<Statement, { kind: 'CreateIndex' }> = {
        kind: 'CreateIndex',
        range,
        custom: c._custom !== undefined && c._custom !== null,
        ifNotExists: c.ifNotExists() !== null,
        ...(c._index === undefined ? {} : { name: this.ident(c._index) }),
        table: this.qualified(req(c._table, 'table', c)),
        targets: c.indexTarget().map((t) => {
          const column = this.ident(req((t as P.IndexTargetColumnContext)._column, 'column', t));
          if (t instanceof P.IndexTargetColumnContext) return { kind: 'IndexTarget' as const, range: this.range(t), column, type: 'simple' as const };
          const kind = (t as P.IndexTargetCollectionContext)._kind?.text?.toLowerCase() as 'keys' | 'values' | 'entries' | 'full';
          return { kind: 'IndexTarget' as const, range: this.range(t), column, type: kind };
        }),
      };
      if (c._indexClass !== undefined && c._indexClass !== null) stmt.using = this.stringLiteral(c._indexClass);
      const props = c.properties();
      if (props !== null) stmt.properties = this.properties(props);
      return stmt;
    }
    if (c instanceof P.DropIndexStatementContext) {
      return { kind: 'DropIndex', range, name: this.qualified(req(c._index, 'index', c)), ifExists: c.ifExists() !== null };
    }

    if (c instanceof P.CreateMaterializedViewStatementContext) {
      const { selectors, wildcard } = this.selectors(c.selectors());
      const options = this.tableProperties(c.tableProperty(), c);
      const primaryKw = c.K_PRIMARY();
      // The key clause has no context of its own: it runs from PRIMARY to the next `)` child.
      const children = c.children;
      const kwIndex = children.indexOf(primaryKw);
      const closing = children
        .slice(kwIndex)
        .find((n): n is TerminalNode => n instanceof TerminalNode && n.symbol.type === P.CqlParser.RPAREN);
      return {
        kind: 'CreateMaterializedView',
        range,
        name: this.qualified(req(c._view, 'view', c)),
        ifNotExists: c.ifNotExists() !== null,
        selectors,
        wildcard,
        baseTable: this.qualified(req(c._base, 'base table', c)),
        where: this.where(c.whereClause()),
        primaryKey: {
          kind: 'PrimaryKey',
          range: this.span(this.terminalRange(primaryKw), this.terminalRange(req(closing, ')', c))),
          partitionKey: this.partitionKey(c.partitionKey()),
          clusteringColumns: c._clustering.map((i) => this.ident(i)),
          inline: false,
        },
        clusteringOrder: options.clusteringOrder,
        compactStorage: options.compactStorage,
        properties: options.properties,
      };
    }
    if (c instanceof P.AlterMaterializedViewStatementContext) {
      return {
        kind: 'AlterMaterializedView',
        range,
        name: this.qualified(req(c._view, 'view', c)),
        ifExists: c.ifExists() !== null,
        properties: this.properties(c.properties()),
      };
    }
    if (c instanceof P.DropMaterializedViewStatementContext) {
      return { kind: 'DropMaterializedView', range, name: this.qualified(req(c._view, 'view', c)), ifExists: c.ifExists() !== null };
    }

    if (c instanceof P.CreateFunctionStatementContext) {
      return {
        kind: 'CreateFunction',
        range,
        orReplace: c._orReplace !== undefined && c._orReplace !== null,
        ifNotExists: c.ifNotExists() !== null,
        name: this.functionName(req(c._function_, 'function', c)),
        parameters: c.functionParameter().map((p) => ({
          kind: 'FunctionParameter' as const,
          range: this.range(p),
          name: this.ident(req(p._name, 'parameter', p)),
          type: this.type(req(p._type_, 'type', p)),
        })),
        calledOnNullInput: c._calledOnNull !== undefined && c._calledOnNull !== null,
        returns: this.type(req(c._returnType, 'return type', c)),
        language: this.ident(req(c._language, 'language', c)),
        body: this.stringLiteral(req(c._body, 'body', c)),
      };
    }
    if (c instanceof P.DropFunctionStatementContext) {
      const stmt: Extract<Statement, { kind: 'DropFunction' }> = {
        kind: 'DropFunction',
        range,
        name: this.functionName(req(c._function_, 'function', c)),
        ifExists: c.ifExists() !== null,
      };
      const argTypes = this.signature(c._signature);
      if (argTypes !== undefined) stmt.argTypes = argTypes;
      return stmt;
    }
    if (c instanceof P.CreateAggregateStatementContext) {
      const stmt: Extract<Statement, { kind: 'CreateAggregate' }> = {
        kind: 'CreateAggregate',
        range,
        orReplace: c._orReplace !== undefined && c._orReplace !== null,
        ifNotExists: c.ifNotExists() !== null,
        name: this.functionName(req(c._aggregate, 'aggregate', c)),
        argTypes: this.signature(c._signature) ?? [],
        stateFunction: this.ident(req(c._stateFunction, 'SFUNC', c)),
        stateType: this.type(req(c._stateType, 'STYPE', c)),
      };
      if (c._finalFunction !== undefined) stmt.finalFunction = this.ident(c._finalFunction);
      if (c._initialCondition !== undefined) stmt.initCondition = this.term(c._initialCondition);
      return stmt;
    }
    if (c instanceof P.DropAggregateStatementContext) {
      const stmt: Extract<Statement, { kind: 'DropAggregate' }> = {
        kind: 'DropAggregate',
        range,
        name: this.functionName(req(c._aggregate, 'aggregate', c)),
        ifExists: c.ifExists() !== null,
      };
      const argTypes = this.signature(c._signature);
      if (argTypes !== undefined) stmt.argTypes = argTypes;
      return stmt;
    }
    if (c instanceof P.CreateTriggerStatementContext) {
      return {
        kind: 'CreateTrigger',
        range,
        ifNotExists: c.ifNotExists() !== null,
        name: this.ident(req(c._trigger, 'trigger', c)),
        table: this.qualified(req(c._table, 'table', c)),
        using: this.stringLiteral(req(c._triggerClass, 'trigger class', c)),
      };
    }
    if (c instanceof P.DropTriggerStatementContext) {
      return {
        kind: 'DropTrigger',
        range,
        ifExists: c.ifExists() !== null,
        name: this.ident(req(c._trigger, 'trigger', c)),
        table: this.qualified(req(c._table, 'table', c)),
      };
    }
    if (c instanceof P.RestoreTableStatementContext) {
      const stmt: Extract<Statement, { kind: 'RestoreTable' }> = {
        kind: 'RestoreTable',
        range,
        target: this.qualified(req(c._target, 'target table', c)),
        source: this.qualified(req(c._source, 'source table', c)),
      };
      const props = c.properties();
      if (props !== null) stmt.properties = this.properties(props);
      return stmt;
    }

    if (c instanceof P.CreateRoleStatementContext || c instanceof P.AlterRoleStatementContext) {
      const name = this.ident(req(c._role, 'role', c));
      const options = c.roleOptions()?.roleOption().map((o) => this.roleOption(o)) ?? [];
      return c instanceof P.CreateRoleStatementContext
        ? { kind: 'CreateRole', range, ifNotExists: c.ifNotExists() !== null, name, options }
        : { kind: 'AlterRole', range, ifExists: c.ifExists() !== null, name, options };
    }
    if (c instanceof P.DropRoleStatementContext) {
      return { kind: 'DropRole', range, ifExists: c.ifExists() !== null, name: this.ident(req(c._role, 'role', c)) };
    }
    if (c instanceof P.CreateUserStatementContext || c instanceof P.AlterUserStatementContext) {
      const name = this.ident(req(c._user, 'user', c));
      const options = this.userOptions(c.userPassword());
      const superuser = this.superuser(c._superuser);
      const stmt: Extract<Statement, { kind: 'CreateUser' | 'AlterUser' }> =
        c instanceof P.CreateUserStatementContext
          ? { kind: 'CreateUser', range, ifNotExists: c.ifNotExists() !== null, name, options }
          : { kind: 'AlterUser', range, ifExists: c.ifExists() !== null, name, options };
      if (superuser !== undefined) stmt.superuser = superuser;
      return stmt;
    }
    if (c instanceof P.DropUserStatementContext) {
      return { kind: 'DropUser', range, ifExists: c.ifExists() !== null, name: this.ident(req(c._user, 'user', c)) };
    }
    if (c instanceof P.ListUsersStatementContext) return { kind: 'ListUsers', range };
    if (c instanceof P.AddIdentityStatementContext) {
      return {
        kind: 'AddIdentity',
        range,
        ifNotExists: c.ifNotExists() !== null,
        identity: this.identityValue(req(c._identity, 'identity', c)),
        role: this.ident(req(c._role, 'role', c)),
      };
    }
    if (c instanceof P.DropIdentityStatementContext) {
      return { kind: 'DropIdentity', range, ifExists: c.ifExists() !== null, identity: this.identityValue(req(c._identity, 'identity', c)) };
    }
    if (c instanceof P.GrantRoleStatementContext) {
      return { kind: 'GrantRole', range, role: this.ident(req(c._role, 'role', c)), grantee: this.ident(req(c._grantee, 'grantee', c)) };
    }
    if (c instanceof P.RevokeRoleStatementContext) {
      return { kind: 'RevokeRole', range, role: this.ident(req(c._role, 'role', c)), revokee: this.ident(req(c._revokee, 'revokee', c)) };
    }
    if (c instanceof P.ListRolesStatementContext) {
      const stmt: Extract<Statement, { kind: 'ListRoles' }> = {
        kind: 'ListRoles',
        range,
        noRecursive: c._norecursive !== undefined && c._norecursive !== null,
      };
      if (c._role !== undefined) stmt.of = this.ident(c._role);
      return stmt;
    }
    if (c instanceof P.GrantPermissionsStatementContext) {
      return {
        kind: 'Grant',
        range,
        ...this.permissions(c.permissionOrAll()),
        resource: this.resource(c.resource()),
        role: this.ident(req(c._grantee, 'grantee', c)),
      };
    }
    if (c instanceof P.RevokePermissionsStatementContext) {
      return {
        kind: 'Revoke',
        range,
        ...this.permissions(c.permissionOrAll()),
        resource: this.resource(c.resource()),
        role: this.ident(req(c._revokee, 'revokee', c)),
      };
    }
    if (c instanceof P.ListPermissionsStatementContext) {
      const stmt: Extract<Statement, { kind: 'ListPermissions' }> = {
        kind: 'ListPermissions',
        range,
        ...this.permissions(c.permissionOrAll()),
        noRecursive: c._norecursive !== undefined && c._norecursive !== null,
      };
      const resource = c.resource();
      if (resource !== null) stmt.resource = this.resource(resource);
      if (c._role !== undefined) stmt.of = this.ident(c._role);
      return stmt;
    }

    if (c instanceof P.DescribeStatementContext) return this.describe(c);

    if (c instanceof P.ConsistencyStatementContext || c instanceof P.SerialConsistencyStatementContext) {
      const level = c._level === undefined ? undefined : (c._level.getText().toUpperCase() as ConsistencyLevel);
      const kind = c instanceof P.ConsistencyStatementContext ? 'Consistency' : 'SerialConsistency';
      return level === undefined ? { kind, range } : { kind, range, level };
    }
    if (c instanceof P.CopyStatementContext) {
      const stmt: Extract<Statement, { kind: 'Copy' }> = {
        kind: 'Copy',
        range,
        table: this.qualified(req(c._table, 'table', c)),
        columns: c.ident().map((i) => this.ident(i)),
        direction: req(c._direction, 'direction', c).type === P.CqlParser.K_TO ? 'to' : 'from',
      };
      if (c._file !== undefined && c._file !== null) stmt.file = this.stringLiteral(c._file);
      if (c._std !== undefined && c._std !== null) stmt.stdio = c._std.type === P.CqlParser.K_STDIN ? 'stdin' : 'stdout';
      const options = c.copyOption();
      const first = options[0];
      const last = options[options.length - 1];
      if (first !== undefined && last !== undefined) {
        stmt.options = this.propertyMap(
          options.map((o) => {
            const value = req(o._value, 'value', o);
            const constant = value.constant();
            return {
              kind: 'Property' as const,
              range: this.range(o),
              name: this.ident(req(o._name, 'option', o)),
              value: constant !== null ? this.constant(constant) : this.ident(value),
            };
          }),
          this.span(this.range(first), this.range(last)),
        );
      }
      return stmt;
    }
    if (c instanceof P.SourceStatementContext) return { kind: 'Source', range, file: this.stringLiteral(req(c._file, 'file', c)) };
    if (c instanceof P.PagingStatementContext) {
      const size = c.INTEGER();
      if (size !== null) return { kind: 'Paging', range, pageSize: this.literalFromToken(size.symbol, 'integer') };
      const mode = this.onOff(c);
      return mode === undefined ? { kind: 'Paging', range } : { kind: 'Paging', range, mode };
    }
    if (c instanceof P.TracingStatementContext || c instanceof P.ExpandStatementContext) {
      const kind = c instanceof P.TracingStatementContext ? 'Tracing' : 'Expand';
      const mode = this.onOff(c);
      return mode === undefined ? { kind, range } : { kind, range, mode };
    }
    if (c instanceof P.CaptureStatementContext) {
      if (c._file !== undefined && c._file !== null) return { kind: 'Capture', range, file: this.stringLiteral(c._file), off: false };
      return { kind: 'Capture', range, off: c.K_OFF() !== null };
    }
    if (c instanceof P.LoginStatementContext) {
      const user = this.ident(req(c._user, 'user', c));
      return c._password !== undefined && c._password !== null
        ? { kind: 'Login', range, user, password: this.stringLiteral(c._password) }
        : { kind: 'Login', range, user };
    }
    if (c instanceof P.ClearStatementContext) return { kind: 'Clear', range };
    throw new AstBuildError('statement', c);
  }

  private identityValue(ctx: P.IdentityNameContext): Literal | Identifier {
    const literal = ctx.STRING_LITERAL();
    return literal !== null ? this.stringLiteral(literal.symbol) : this.ident(ctx);
  }

  private onOff(ctx: P.PagingStatementContext | P.TracingStatementContext | P.ExpandStatementContext): 'on' | 'off' | undefined {
    if (ctx.K_ON() !== null) return 'on';
    if (ctx.K_OFF() !== null) return 'off';
    return undefined;
  }

  private describe(ctx: P.DescribeStatementContext): Statement {
    const t = ctx.describeTarget();
    const stmt: Extract<Statement, { kind: 'Describe' }> = {
      kind: 'Describe',
      range: this.range(ctx),
      target: 'cluster',
      full: false,
      only: false,
      withInternals: ctx.K_INTERNALS() !== null,
    };
    const set = (target: DescribeTarget, name?: QualifiedName): Statement => {
      stmt.target = target;
      if (name !== undefined) stmt.name = name;
      return stmt;
    };
    if (t instanceof P.DescribeClusterContext) return set('cluster');
    if (t instanceof P.DescribeSchemaContext) {
      stmt.full = t._full !== undefined && t._full !== null;
      return set('schema');
    }
    if (t instanceof P.DescribeKeyspacesContext) return set('keyspaces');
    if (t instanceof P.DescribeKeyspaceContext) {
      stmt.only = t._only !== undefined && t._only !== null;
      if (t._keyspace !== undefined) stmt.keyspace = this.ident(t._keyspace);
      return set('keyspace');
    }
    if (t instanceof P.DescribeTablesContext) return set('tables');
    if (t instanceof P.DescribeTableContext) return set('table', this.qualified(req(t._table, 'table', t)));
    if (t instanceof P.DescribeIndexContext) return set('index', this.qualified(req(t._index, 'index', t)));
    if (t instanceof P.DescribeMaterializedViewContext) return set('materializedView', this.qualified(req(t._view, 'view', t)));
    if (t instanceof P.DescribeTypesContext) return set('types');
    if (t instanceof P.DescribeTypeContext) return set('type', this.qualified(req(t._typeName, 'type', t)));
    if (t instanceof P.DescribeFunctionsContext) return set('functions');
    if (t instanceof P.DescribeFunctionContext) return set('function', this.functionName(req(t._function_, 'function', t)));
    if (t instanceof P.DescribeAggregatesContext) return set('aggregates');
    if (t instanceof P.DescribeAggregateContext) return set('aggregate', this.functionName(req(t._aggregate, 'aggregate', t)));
    if (t instanceof P.DescribeNameContext) {
      const name = this.ident(req(t._name, 'name', t));
      const range = this.range(t);
      return set(
        'name',
        t._keyspace === undefined
          ? { kind: 'QualifiedName', range, name }
          : { kind: 'QualifiedName', range, keyspace: this.ident(t._keyspace), name },
      );
    }
    throw new AstBuildError('DESCRIBE target', t);
  }
}
