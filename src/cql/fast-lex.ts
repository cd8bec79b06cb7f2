/**
 * The lexer of the parser's fast path (fast-path.ts): it lexes one statement as the CQL lexer
 * would, for the tokens the fast path knows, and gives up on anything else. Internal to src/cql.
 */
import * as L from './generated/CqlTokens.js';

/** The tokens of a script (default channel only), as parallel arrays: type, first and last character index. */
export interface Tokens {
  types: number[];
  starts: number[];
  stops: number[];
}

/** Thrown (and caught in `parseFastPrefix`) where the fast path gives up. */
export const GIVE_UP = { giveUp: true } as const;

export function giveUp(): never {
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

/** The first token of a statement the fast path knows (a lone `;` is an empty statement). */
export const STATEMENT_STARTS: ReadonlySet<number> = new Set([L.K_SELECT, L.K_INSERT, L.K_UPDATE, L.K_DELETE, L.K_CREATE, L.K_USE]);

/**
 * Token types of words, as the lexer itself types them (a keyword, BOOLEAN or IDENT): every rule
 * that can match a whole word is case-insensitive, and the words whose type depends on what
 * follows them (a UUID's first group, `expr(`) or that may be durations (`P1D`, `PT2H`: `P` then a
 * digit or `T`) never reach this.
 *
 * From the lexer's vocabulary: a keyword rule matches its literal, and the few rules with two
 * literals are listed (test/cql/fast-path.test.ts checks every word of the vocabulary, and others,
 * against the lexer itself).
 */
const wordTypes = new Map<string, number>();
const WORD_TYPES_MAX = 8192;
let keywords: Map<string, number> | undefined;

function keywordTypes(): Map<string, number> {
  if (keywords !== undefined) return keywords;
  const table = new Map<string, number>();
  L.literalNames.forEach((literal, type) => {
    if (literal !== null && /^'[A-Z_]+'$/.test(literal)) table.set(literal.slice(1, -1), type);
  });
  for (const [word, type] of [['TABLE', L.K_TABLE], ['COLUMNFAMILY', L.K_TABLE], ['TABLES', L.K_TABLES], ['COLUMNFAMILIES', L.K_TABLES], ['TRUE', L.BOOLEAN], ['FALSE', L.BOOLEAN]] as const) table.set(word, type);
  keywords = table;
  return table;
}

/** The token type the CQL lexer gives `word` (ASCII letters, digits and `_`, starting with a letter, not a duration) on its own. */
export function wordType(word: string): number {
  // A script repeats its words (types, keywords, column names): each is upper-cased once.
  let type = wordTypes.get(word);
  if (type === undefined) {
    type = keywordTypes().get(word.toUpperCase()) ?? L.IDENT;
    if (wordTypes.size >= WORD_TYPES_MAX) wordTypes.clear();
    wordTypes.set(word, type);
  }
  return type;
}

/**
 * Lexes `text` from `from` to the end of the statement there (its `;` included), as the CQL lexer
 * would, for the tokens the fast path knows, stepping over comments as the lexer hides them; gives
 * up on anything else (`$$` strings, durations, blobs, exponents, ranges, unterminated literals and
 * comments, and characters outside ASCII except inside strings, quoted names and comments).
 */
export function lex(text: string, from: number): Tokens & { end: number } {
  const types: number[] = [];
  const starts: number[] = [];
  const stops: number[] = [];
  const n = text.length;
  let i = from;
  const push = (type: number, start: number, end: number): void => {
    // Any other statement gives up at its first word, before the rest of it is lexed.
    if (types.length === 0 && !STATEMENT_STARTS.has(type) && type !== L.SEMI) giveUp();
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
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if ((c === 45 && next === 45) || (c === 47 && next === 47)) {
      // `--` and `//` comments run to the end of the line.
      i += 2;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 10 || d === 13) break;
        i++;
      }
      continue;
    }
    if (c === 47 && next === 42) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) giveUp();
      i = close + 2;
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
      // `word-` may be a UUID's first group or the start of a negative literal (`word--` starts a comment); `expr(` is its own token.
      if (after === 45 && !(i + 1 < n && text.charCodeAt(i + 1) === 45)) giveUp();
      const word = text.slice(start, i);
      if (after === 40 && word === 'expr') giveUp();
      // ISO 8601 durations (`P1D`, `PT2H`, case-sensitive) match as long as an identifier does and win.
      if (c === 80 && i - start > 1 && (isDigit(text.charCodeAt(start + 1)) || text.charCodeAt(start + 1) === 84)) giveUp();
      push(wordType(word), start, i);
      continue;
    }
    if (isDigit(c) || (c === 45 && isDigit(next))) {
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      let type: number = L.INTEGER;
      let after = i < n ? text.charCodeAt(i) : -1;
      if (after === 46) {
        // `1..2` is a range; `1.` and `1.5` are floats.
        if (i + 1 < n && text.charCodeAt(i + 1) === 46) giveUp();
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        type = L.FLOAT;
        after = i < n ? text.charCodeAt(i) : -1;
      }
      // Exponents, durations (`1h`), blobs (`0x…`), `1.2.3`, and a digit group a UUID could continue (`1--` starts a comment).
      const comment = after === 45 && i + 1 < n && text.charCodeAt(i + 1) === 45;
      if (after === 46 || (after === 45 && !comment) || (after >= 0 && isWordChar(after))) giveUp();
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
    let type: number;
    let length = 1;
    switch (c) {
      case 59: type = L.SEMI; break;
      case 44: type = L.COMMA; break;
      case 40: type = L.LPAREN; break;
      case 41: type = L.RPAREN; break;
      case 123: type = L.LBRACE; break;
      case 125: type = L.RBRACE; break;
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
export const NAME_TYPES: ReadonlySet<number> = new Set([
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
