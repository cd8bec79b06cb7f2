/**
 * A fast path for scripts of plain DML: SELECT, INSERT, UPDATE and DELETE with column names,
 * single-token values (strings, integers, floats, booleans, UUIDs, NULL, `?`, `:name`), simple
 * WHERE relations (`=`, `!=`, `<`, `<=`, `>`, `>=`, `IN`), LIMIT, ALLOW FILTERING, IF [NOT] EXISTS
 * and USING TTL/TIMESTAMP — the statements applications send most. It lexes and parses such a
 * script directly into the typed AST, skipping the ANTLR parse tree.
 *
 * It is a shortcut, never a second grammar: it gives up (returns undefined) at the first thing it
 * does not know — another statement kind or clause, an operator, a comment, a keyword it has not
 * been told may be a name, any syntax error — and the caller then parses the whole script the
 * usual way. When it does answer, the statements are exactly what the full parse builds (the same
 * nodes, fields in the same order, the same ranges); test/cql/fast-dml.test.ts checks that over
 * generated and mutated scripts and every corpus. Internal to src/cql.
 */
import { Token } from 'antlr4ng';
import { stringContent } from './ast/build/names.js';
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
import { charStream } from './char-stream.js';
import { CqlLexer as L } from './generated/CqlLexer.js';
import type { SourcePosition, SourceRange } from './source.js';
import type { TextBase } from './tokens.js';

// ───────────────────────────── lexing ─────────────────────────────

/** The tokens of a script (default channel only), as parallel arrays: type, first and last character index. */
interface Tokens {
  types: number[];
  starts: number[];
  stops: number[];
}

/** Thrown (and caught in `parseDmlScript`) where the fast path gives up. */
const GIVE_UP = { giveUp: true } as const;

function giveUp(): never {
  throw GIVE_UP;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** Whether a UUID literal (8-4-4-4-12 hex digits) starts at `i`. */
function uuidAt(text: string, i: number): boolean {
  if (i + 36 > text.length) return false;
  for (let k = 0; k < 36; k++) {
    const c = text.charCodeAt(i + k);
    if (k === 8 || k === 13 || k === 18 || k === 23 ? c !== 45 : !isHex(c)) return false;
  }
  return true;
}

/** The first token of a statement the shortcut knows (a lone `;` is an empty statement). */
const DML_STARTS: ReadonlySet<number> = new Set([L.K_SELECT, L.K_INSERT, L.K_UPDATE, L.K_DELETE]);

/**
 * Token types of words, as the lexer itself types them (a keyword, BOOLEAN or IDENT): every rule
 * that can match a whole word is case-insensitive, and the words whose type depends on what
 * follows them (a UUID's first group, `expr(`, an ISO 8601 duration) never reach this.
 */
const wordTypes = new Map<string, number>();
const WORD_TYPES_MAX = 8192;
let wordLexer: L | undefined;

function wordType(word: string): number {
  let type = wordTypes.get(word);
  if (type === undefined) {
    wordLexer ??= new L(charStream('', false));
    wordLexer.removeErrorListeners();
    wordLexer.inputStream = charStream(word, false);
    const token = wordLexer.nextToken();
    const next = wordLexer.nextToken();
    type = token.start === 0 && token.stop === word.length - 1 && next.type === Token.EOF ? token.type : -1;
    if (wordTypes.size >= WORD_TYPES_MAX) wordTypes.clear();
    wordTypes.set(word, type);
  }
  return type;
}

/**
 * Lexes `text` from `from` to the end of the statement there (its `;` included), as the CQL lexer
 * would, for the tokens the fast path knows; gives up on anything
 * else (comments, `$$` strings, durations, blobs, exponents, ranges, unterminated literals, and
 * characters outside ASCII except inside strings and quoted names).
 */
function lex(text: string, from: number): Tokens & { end: number } {
  const types: number[] = [];
  const starts: number[] = [];
  const stops: number[] = [];
  const n = text.length;
  let i = from;
  const push = (type: number, start: number, end: number): void => {
    // Anything but DML gives up at its first word, before the rest of the statement is lexed.
    if (types.length === 0 && !DML_STARTS.has(type) && type !== L.SEMI) giveUp();
    types.push(type);
    starts.push(start);
    stops.push(end - 1);
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    const start = i;
    if (isHex(c) && uuidAt(text, i)) {
      push(L.UUID, start, i + 36);
      i += 36;
      continue;
    }
    if (isLetter(c)) {
      i++;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      const after = i < n ? text.charCodeAt(i) : -1;
      // `word-` may be a UUID's first group or the start of a negative literal; `expr(` is its own token.
      if (after === 45) giveUp();
      const word = text.slice(start, i);
      if (after === 40 && word === 'expr') giveUp();
      // ISO 8601 durations (`P1D`, `PT2H`, case-sensitive) match as long as an identifier does and win.
      if (c === 80 && i - start > 1 && (isDigit(text.charCodeAt(start + 1)) || text.charCodeAt(start + 1) === 84)) giveUp();
      const type = wordType(word);
      if (type < 0) giveUp();
      push(type, start, i);
      continue;
    }
    if (isDigit(c) || (c === 45 && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) {
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      let type: number = L.INTEGER;
      let next = i < n ? text.charCodeAt(i) : -1;
      if (next === 46) {
        // `1..2` is a range; `1.` and `1.5` are floats.
        if (i + 1 < n && text.charCodeAt(i + 1) === 46) giveUp();
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        type = L.FLOAT;
        next = i < n ? text.charCodeAt(i) : -1;
      }
      // Exponents, durations (`1h`), blobs (`0x…`), `1.2.3`, and a digit group a UUID could continue.
      if (next === 46 || next === 45 || (next >= 0 && isWordChar(next))) giveUp();
      push(type, start, i);
      continue;
    }
    if (c === 39 || c === 34) {
      // 'string' with '' escapes, "Quoted name" with "" escapes (never empty here: `""` gives up).
      i++;
      for (;;) {
        if (i >= n) giveUp();
        const d = text.charCodeAt(i);
        if (d >= 0xd800 && d <= 0xdfff) giveUp();
        if (d === c) {
          if (i + 1 < n && text.charCodeAt(i + 1) === c) {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      i++;
      if (c === 34 && i - start === 2) giveUp();
      push(c === 39 ? L.STRING_LITERAL : L.QUOTED_NAME, start, i);
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    let type: number;
    let length = 1;
    switch (c) {
      case 59: type = L.SEMI; break;
      case 44: type = L.COMMA; break;
      case 40: type = L.LPAREN; break;
      case 41: type = L.RPAREN; break;
      case 61: type = L.EQ; break;
      case 42: type = L.STAR; break;
      case 63: type = L.QMARK; break;
      case 58: type = L.COLON; break;
      case 46:
        if (next === 46) giveUp();
        type = L.DOT;
        break;
      case 60:
        type = next === 61 ? L.LTE : L.LT;
        length = next === 61 ? 2 : 1;
        break;
      case 62:
        type = next === 61 ? L.GTE : L.GT;
        length = next === 61 ? 2 : 1;
        break;
      case 33:
        if (next !== 61) giveUp();
        type = L.NEQ;
        length = 2;
        break;
      default:
        giveUp();
    }
    push(type, start, i + length);
    i += length;
    // One statement at a time: a script that goes on with other statements gives up at the first.
    if (type === L.SEMI) break;
  }
  return { types, starts, stops, end: i };
}

// ───────────────────────────── names ─────────────────────────────

/**
 * Token types the grammar's `ident` rule takes as a whole name: IDENT, quoted names, the cqlsh and
 * Keyspaces words of `plainIdent`, and the `unreservedKeyword`s (grammar/CqlParser.g4). Cassandra
 * reads each as a plain identifier.
 */
const NAME_TYPES: ReadonlySet<number> = new Set([
  L.IDENT, L.QUOTED_NAME,
  // plainIdent
  L.K_CONSISTENCY, L.K_SERIAL, L.K_COPY, L.K_SOURCE, L.K_PAGING, L.K_TRACING, L.K_EXPAND, L.K_CAPTURE,
  L.K_CLEAR, L.K_CLS, L.K_OFF, L.K_STDIN, L.K_STDOUT, L.K_TAGS, L.K_RESTORE,
  // unreservedKeyword
  L.K_TTL, L.K_COUNT, L.K_WRITETIME, L.K_MAXWRITETIME, L.K_KEY, L.K_CAST, L.K_JSON, L.K_DISTINCT,
  // nativeType
  L.K_ASCII, L.K_BIGINT, L.K_BLOB, L.K_BOOLEAN, L.K_COUNTER, L.K_DECIMAL, L.K_DOUBLE, L.K_DURATION,
  L.K_FLOAT, L.K_INET, L.K_INT, L.K_SMALLINT, L.K_TEXT, L.K_TIMESTAMP, L.K_TINYINT, L.K_UUID,
  L.K_VARCHAR, L.K_VARINT, L.K_TIMEUUID, L.K_DATE, L.K_TIME,
  // basicUnreservedKeyword
  L.K_KEYS, L.K_AS, L.K_CLUSTER, L.K_CLUSTERING, L.K_COMPACT, L.K_STORAGE, L.K_TABLES, L.K_TYPE, L.K_TYPES,
  L.K_VALUES, L.K_MAP, L.K_LIST, L.K_FILTERING, L.K_PERMISSION, L.K_PERMISSIONS, L.K_KEYSPACES, L.K_ALL,
  L.K_USER, L.K_USERS, L.K_ROLE, L.K_ROLES, L.K_IDENTITY, L.K_SUPERUSER, L.K_NOSUPERUSER, L.K_LOGIN,
  L.K_NOLOGIN, L.K_OPTIONS, L.K_PASSWORD, L.K_HASHED, L.K_EXISTS, L.K_CUSTOM, L.K_TRIGGER, L.K_CONTAINS,
  L.K_INTERNALS, L.K_ONLY, L.K_STATIC, L.K_FROZEN, L.K_TUPLE, L.K_FUNCTION, L.K_FUNCTIONS, L.K_AGGREGATE,
  L.K_AGGREGATES, L.K_SFUNC, L.K_STYPE, L.K_FINALFUNC, L.K_INITCOND, L.K_RETURNS, L.K_LANGUAGE, L.K_CALLED,
  L.K_INPUT, L.K_LIKE, L.K_PER, L.K_PARTITION, L.K_GROUP, L.K_DATACENTERS, L.K_CIDRS, L.K_ACCESS, L.K_DEFAULT,
  L.K_MBEAN, L.K_MBEANS, L.K_REPLACE, L.K_UNSET, L.K_MASKED, L.K_UNMASK, L.K_SELECT_MASKED, L.K_VECTOR, L.K_ANN,
]);

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

// ───────────────────────────── parsing ─────────────────────────────

/** One statement's parse: a cursor over the script's tokens, and the builders of AST nodes. */
class StatementParser {
  /** Index of the current token. */
  i: number;

  constructor(
    private readonly text: string,
    private readonly t: Tokens,
    start: number,
    private readonly at: (offset: number) => SourcePosition,
  ) {
    this.i = start;
  }

  /** The current token's type (`Token.EOF` past the end or at a `;`, which ends the statement). */
  peek(offset = 0): number {
    const type = this.t.types[this.i + offset];
    return type === undefined || type === L.SEMI ? Token.EOF : type;
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

  private tokenText(k: number): string {
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
    if (literal !== undefined) {
      const k = this.i++;
      const text = this.tokenText(k);
      const range = this.tokenRange(k);
      return literal === 'string' ? { kind: 'Literal', range, type: 'string', text, value: stringContent(text) } : { kind: 'Literal', range, type: literal, text };
    }
    if (type === L.QMARK) {
      const k = this.i++;
      return { kind: 'BindMarker', range: this.tokenRange(k) };
    }
    return this.marker();
  }

  /** LIMIT, TTL and TIMESTAMP values: an integer or a bind marker. */
  intValue(): Expression {
    if (this.peek() !== L.INTEGER) return this.marker();
    const k = this.i++;
    return { kind: 'Literal', range: this.tokenRange(k), type: 'integer', text: this.tokenText(k) };
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
        giveUp();
    }
    if (this.peek() !== Token.EOF) giveUp();
    return stmt;
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
    let ifNotExists = false;
    if (this.accept(L.K_IF)) {
      this.expect(L.K_NOT);
      this.expect(L.K_EXISTS);
      ifNotExists = true;
    }
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

/**
 * Positions of UTF-16 offsets in `text` (the fast path only runs where code points are code units),
 * placed in a longer script by `base` as `PositionIndex` places them.
 */
function positionsOf(text: string, base: TextBase | undefined): (offset: number) => SourcePosition {
  const lineStarts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) lineStarts.push(nl + 1);
  const { offset: baseOffset, lines: baseLines, column: baseColumn } = base ?? NO_BASE;
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = offset - (lineStarts[lo] as number) + 1;
    return { line: lo + 1 + baseLines, column: lo === 0 ? column + baseColumn : column, offset: offset + baseOffset };
  };
}

const NO_BASE: TextBase = { offset: 0, lines: 0, column: 0 };

/**
 * The statements of `text` when every one of them is plain DML the fast path knows (see the top);
 * undefined otherwise, and then `parseScript` parses the script the usual way. `base` places
 * `text` inside a longer script (one statement of a window, see script-reader.ts).
 */
export function parseDmlScript(text: string, base?: TextBase): Statement[] | undefined {
  const prefix = parseDmlPrefix(text, base === undefined ? {} : { base });
  return prefix.end === text.length ? prefix.statements : undefined;
}

/** How much of a script the fast path read from its start (see `parseDmlPrefix`). */
export interface DmlPrefix {
  /** The statements read, in order. */
  statements: Statement[];
  /** Where the rest of the text begins: after the last statement read (its `;` included), or 0. */
  end: number;
}

/**
 * The plain DML statements at the start of `text`, up to the first statement the fast path does
 * not know: what a script reader takes without the lexer while a script is plain DML. With
 * `terminated`, a statement counts only once its `;` is in `text` (more text may follow it); a
 * statement longer than `maxLength` (UTF-16 units) ends the prefix too, for the limit to report.
 */
export function parseDmlPrefix(text: string, options: { base?: TextBase; terminated?: boolean; maxLength?: number } = {}): DmlPrefix {
  let at: ((offset: number) => SourcePosition) | undefined;
  const statements: Statement[] = [];
  let end = 0;
  for (let from = 0; from < text.length; ) {
    let tokens: Tokens & { end: number };
    let statement: Statement;
    try {
      tokens = lex(text, from);
      // Empty statements (`;;`, trailing blanks) are no statements.
      if (tokens.types.length === 0 || tokens.types[0] === L.SEMI) {
        if (tokens.types.length > 0 || options.terminated !== true) end = tokens.end;
        from = tokens.end;
        continue;
      }
      if (options.terminated === true && tokens.types[tokens.types.length - 1] !== L.SEMI) break;
      at ??= positionsOf(text, options.base);
      statement = new StatementParser(text, tokens, 0, at).statement();
    } catch (e) {
      if (e === GIVE_UP) break;
      throw e;
    }
    if (options.maxLength !== undefined && statement.range.end.offset - statement.range.start.offset > options.maxLength) break;
    statements.push(statement);
    end = from = tokens.end;
  }
  return { statements, end };
}
