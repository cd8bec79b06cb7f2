/**
 * The DML of the parser's fast path (fast-path.ts): SELECT, INSERT, UPDATE and DELETE with column
 * names, single-token values (strings, integers, floats, booleans, UUIDs, NULL, `?`, `:name`),
 * simple WHERE relations (`=`, `!=`, `<`, `<=`, `>`, `>=`, `IN`), LIMIT, ALLOW FILTERING,
 * IF [NOT] EXISTS and USING TTL/TIMESTAMP — the statements applications send most — built
 * straight into the typed AST. Internal to src/cql.
 */
import { stringContent } from './ast/literal-text.js';
import type {
  BindMarker,
  ColumnRef,
  Expression,
  Identifier,
  InList,
  Literal,
  QualifiedName,
  Relation,
  RelationOperator,
  Selector,
  Statement,
  UsingClause,
  WhereRelation,
} from './ast/nodes.js';
import * as L from './generated/CqlTokens.js';
import type { SourcePosition, SourceRange } from './source.js';
import { giveUp, NAME_TYPES, type Tokens } from './fast-lex.js';
import { EOF } from './token-types.js';

/** Single-token values and the literal type the AST gives each. */
const LITERAL_TYPES: ReadonlyMap<number, Literal['type']> = new Map<number, Literal['type']>([
  [L.STRING_LITERAL, 'string'],
  [L.INTEGER, 'integer'],
  [L.FLOAT, 'float'],
  [L.BOOLEAN, 'boolean'],
  [L.UUID, 'uuid'],
  [L.K_NULL, 'null'],
]);

const COMPARISONS: ReadonlySet<number> = new Set([L.EQ, L.LT, L.LTE, L.GT, L.GTE, L.NEQ]);

/**
 * One statement's parse: a cursor over the script's tokens, the builders of AST nodes, and the DML
 * statements (schema statements are fast-ddl.ts's subclass).
 */
export class StatementParser {
  /** Index of the current token. */
  i: number;

  constructor(
    protected readonly text: string,
    protected readonly t: Tokens,
    start: number,
    private readonly at: (offset: number) => SourcePosition,
  ) {
    this.i = start;
  }

  /** The current token's type (`EOF` past the end or at a `;`, which ends the statement). */
  peek(offset = 0): number {
    const type = this.t.types[this.i + offset];
    return type === undefined || type === L.SEMI ? EOF : type;
  }

  /** Consumes a token of `type` and returns its index; gives up on anything else. */
  expect(type: number): number {
    if (this.peek() !== type) giveUp();
    return this.i++;
  }

  /** Consumes a token of `type` if it is next. */
  accept(type: number): boolean {
    if (this.peek() !== type) return false;
    this.i++;
    return true;
  }

  protected tokenText(k: number): string {
    return this.text.slice(this.t.starts[k], (this.t.stops[k] as number) + 1);
  }

  tokenRange(k: number): SourceRange {
    return { start: this.at(this.t.starts[k] as number), end: this.at((this.t.stops[k] as number) + 1) };
  }

  /** The range of the tokens `first..last` (a parse-tree context's range). */
  range(first: number, last: number): SourceRange {
    const start = this.t.starts[first] as number;
    return { start: this.at(start), end: this.at(Math.max((this.t.stops[last] as number) + 1, start)) };
  }

  name(): number {
    if (!NAME_TYPES.has(this.peek())) giveUp();
    return this.i++;
  }

  identifier(k: number): Identifier {
    const text = this.tokenText(k);
    const range = this.tokenRange(k);
    if (this.t.types[k] === L.QUOTED_NAME) return { kind: 'Identifier', range, text: text.slice(1, -1).replaceAll('""', '"'), quoted: true };
    return { kind: 'Identifier', range, text: text.toLowerCase(), quoted: false };
  }

  columnRef(k: number): ColumnRef {
    const name = this.identifier(k);
    return { kind: 'ColumnRef', range: name.range, name };
  }

  /** `[keyspace.]name` */
  tableName(): QualifiedName {
    const first = this.name();
    if (this.peek() !== L.DOT) {
      const name = this.identifier(first);
      return { kind: 'QualifiedName', range: this.range(first, first), name };
    }
    this.i++;
    const last = this.name();
    const name = this.identifier(last);
    return { kind: 'QualifiedName', range: this.range(first, last), keyspace: this.identifier(first), name };
  }

  /** `?` or `:name` */
  marker(): BindMarker {
    if (this.peek() === L.QMARK) {
      const k = this.i++;
      return { kind: 'BindMarker', range: this.range(k, k) };
    }
    const colon = this.expect(L.COLON);
    const name = this.name();
    return { kind: 'BindMarker', range: this.range(colon, name), name: this.identifier(name) };
  }

  /** A one-token value or a bind marker (a term whose parse tree the builder reads the same way). */
  term(): Expression {
    const type = this.peek();
    const literal = LITERAL_TYPES.get(type);
    if (literal !== undefined) return this.literal(this.i++, literal);
    if (type === L.QMARK) {
      const k = this.i++;
      return { kind: 'BindMarker', range: this.tokenRange(k) };
    }
    return this.marker();
  }

  /** LIMIT, TTL and TIMESTAMP values: an integer or a bind marker. */
  intValue(): Expression {
    if (this.peek() !== L.INTEGER) return this.marker();
    return this.literal(this.i++, 'integer');
  }

  /** The one-token literal at `k`, of `type` (a string's content unquoted, as the full parse has it). */
  protected literal(k: number, type: Literal['type']): Literal {
    const text = this.tokenText(k);
    const range = this.tokenRange(k);
    return type === 'string' ? { kind: 'Literal', range, type, text, value: stringContent(text) } : { kind: 'Literal', range, type, text };
  }

  /** `IF NOT EXISTS`, when it is next. */
  protected ifNotExists(): boolean {
    if (!this.accept(L.K_IF)) return false;
    this.expect(L.K_NOT);
    this.expect(L.K_EXISTS);
    return true;
  }

  /** `WHERE` relations (the keyword already consumed). */
  where(): WhereRelation[] {
    const relations: WhereRelation[] = [];
    do relations.push(this.relation());
    while (this.accept(L.K_AND));
    return relations;
  }

  relation(): Relation {
    const column = this.name();
    const op = this.peek();
    if (COMPARISONS.has(op)) {
      const opToken = this.i++;
      const value = this.term();
      return {
        kind: 'Relation',
        range: this.range(column, this.i - 1),
        left: this.columnRef(column),
        operator: this.tokenText(opToken) as RelationOperator,
        right: value,
      };
    }
    this.expect(L.K_IN);
    let right: InList | BindMarker;
    if (this.peek() === L.LPAREN) {
      const open = this.i++;
      const values: Expression[] = [];
      if (this.peek() !== L.RPAREN) {
        do values.push(this.term());
        while (this.accept(L.COMMA));
      }
      const close = this.expect(L.RPAREN);
      right = { kind: 'InList', range: this.range(open, close), values };
    } else {
      right = this.marker();
    }
    return { kind: 'Relation', range: this.range(column, this.i - 1), left: this.columnRef(column), operator: 'IN', right };
  }

  /** `USING TTL … AND TIMESTAMP …` (at USING), as INSERT and UPDATE have it. */
  using(): UsingClause | undefined {
    if (this.peek() !== L.K_USING) return undefined;
    const first = this.i++;
    const objectives: { ttl: boolean; value: Expression }[] = [];
    do {
      const ttl = this.peek() === L.K_TTL;
      if (!ttl) this.expect(L.K_TIMESTAMP);
      else this.i++;
      objectives.push({ ttl, value: this.intValue() });
    } while (this.accept(L.K_AND));
    const clause: UsingClause = { kind: 'Using', range: this.range(first, this.i - 1) };
    for (const o of objectives) {
      if (o.ttl) clause.ttl = o.value;
      else clause.timestamp = o.value;
    }
    return clause;
  }

  /** `IF EXISTS` at the end of UPDATE and DELETE (conditions give up). */
  ifExists(): boolean {
    if (!this.accept(L.K_IF)) return false;
    this.expect(L.K_EXISTS);
    return true;
  }

  statement(): Statement {
    const first = this.i;
    let stmt: Statement;
    switch (this.peek()) {
      case L.K_SELECT:
        stmt = this.select(first);
        break;
      case L.K_INSERT:
        stmt = this.insert(first);
        break;
      case L.K_UPDATE:
        stmt = this.update(first);
        break;
      case L.K_DELETE:
        stmt = this.delete(first);
        break;
      default:
        stmt = this.schemaStatement(first);
    }
    if (this.peek() !== EOF) giveUp();
    return stmt;
  }

  /** A statement other than DML (at its first token): the subclass's; here the fast path gives up. */
  protected schemaStatement(_first: number): Statement {
    return giveUp();
  }

  select(first: number): Statement {
    this.i++;
    // `SELECT JSON …`, `SELECT DISTINCT …` (also names) are left to the full parser.
    const lead = this.peek();
    if (lead === L.K_JSON || lead === L.K_DISTINCT) giveUp();
    const selectors: Selector[] = [];
    let wildcard = false;
    if (this.accept(L.STAR)) {
      wildcard = true;
    } else {
      do {
        const k = this.name();
        const next = this.peek();
        if (next !== L.COMMA && next !== L.K_FROM) giveUp();
        selectors.push({ kind: 'Selector', range: this.range(k, k), expression: this.columnRef(k) });
      } while (this.accept(L.COMMA));
    }
    this.expect(L.K_FROM);
    const table = this.tableName();
    const where = this.accept(L.K_WHERE) ? this.where() : [];
    const limit = this.accept(L.K_LIMIT) ? this.intValue() : undefined;
    let allowFiltering = false;
    if (this.accept(L.K_ALLOW)) {
      this.expect(L.K_FILTERING);
      allowFiltering = true;
    }
    const stmt: Extract<Statement, { kind: 'Select' }> = {
      kind: 'Select',
      range: this.range(first, this.i - 1),
      json: false,
      distinct: false,
      selectors,
      wildcard,
      table,
      where,
      groupBy: [],
      orderBy: [],
      allowFiltering,
    };
    if (limit !== undefined) stmt.limit = limit;
    return stmt;
  }

  insert(first: number): Statement {
    this.i++;
    this.expect(L.K_INTO);
    const table = this.tableName();
    this.expect(L.LPAREN);
    const columns: Identifier[] = [];
    do columns.push(this.identifier(this.name()));
    while (this.accept(L.COMMA));
    this.expect(L.RPAREN);
    this.expect(L.K_VALUES);
    this.expect(L.LPAREN);
    const values: Expression[] = [];
    do values.push(this.term());
    while (this.accept(L.COMMA));
    this.expect(L.RPAREN);
    const ifNotExists = this.ifNotExists();
    const clause = this.using();
    const stmt: Extract<Statement, { kind: 'Insert' }> = {
      kind: 'Insert',
      range: this.range(first, this.i - 1),
      table,
      columns,
      values,
      ifNotExists,
    };
    if (clause !== undefined) stmt.using = clause;
    return stmt;
  }

  update(first: number): Statement {
    this.i++;
    const table = this.tableName();
    const clause = this.using();
    this.expect(L.K_SET);
    const assignments: Extract<Statement, { kind: 'Update' }>['assignments'] = [];
    const assigned = new Set<string>();
    do {
      const column = this.name();
      this.expect(L.EQ);
      const value = this.term();
      const next = this.peek();
      if (next !== L.COMMA && next !== L.K_WHERE) giveUp();
      const target = this.columnRef(column);
      // A column set twice is a syntax error (src/cql/validate.ts): the full parse reports it.
      if (assigned.has(target.name.text)) giveUp();
      assigned.add(target.name.text);
      assignments.push({ kind: 'Assignment', range: this.range(column, this.i - 1), target, operation: 'set', compound: false, value });
    } while (this.accept(L.COMMA));
    this.expect(L.K_WHERE);
    const where = this.where();
    const ifExists = this.ifExists();
    return {
      kind: 'Update',
      range: this.range(first, this.i - 1),
      table,
      ...(clause === undefined ? {} : { using: clause }),
      assignments,
      where,
      ifExists,
      conditions: [],
    };
  }

  delete(first: number): Statement {
    this.i++;
    const selections: Expression[] = [];
    if (this.peek() !== L.K_FROM) {
      do {
        const k = this.name();
        const next = this.peek();
        if (next !== L.COMMA && next !== L.K_FROM) giveUp();
        selections.push(this.columnRef(k));
      } while (this.accept(L.COMMA));
    }
    this.expect(L.K_FROM);
    const table = this.tableName();
    let clause: UsingClause | undefined;
    if (this.peek() === L.K_USING) {
      const usingKw = this.i++;
      this.expect(L.K_TIMESTAMP);
      const timestamp = this.intValue();
      const kw = this.tokenRange(usingKw);
      clause = { kind: 'Using', range: { start: kw.start, end: timestamp.range.end }, timestamp };
    }
    this.expect(L.K_WHERE);
    const where = this.where();
    const ifExists = this.ifExists();
    return {
      kind: 'Delete',
      range: this.range(first, this.i - 1),
      selections,
      table,
      ...(clause === undefined ? {} : { using: clause }),
      where,
      ifExists,
      conditions: [],
    };
  }
}
