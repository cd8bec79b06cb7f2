/**
 * Lexing a whole script once, positions in UTF-16 units, and the one table of token display names
 * used by every syntax-error message. Internal to src/cql.
 */
import { CommonToken, Token } from 'antlr4ng';
import { isStatementPrefix, statementStartTypes } from './atn.js';
import { charStream } from './char-stream.js';
import { CqlLexer } from './generated/CqlLexer.js';
import type { SourcePosition, SourceRange } from './source.js';
import { isUnterminated } from './token-types.js';

/** A lexed script: every token (hidden channel included) plus position helpers. */
export interface LexedScript {
  readonly text: string;
  readonly tokens: Token[];
  readonly positions: PositionIndex;
}

/** One lexer per process: its DFA cache is static, but reusing it also avoids re-allocation. */
let sharedLexer: CqlLexer | undefined;

function lexer(): CqlLexer {
  sharedLexer ??= new CqlLexer(charStream('', false));
  sharedLexer.removeErrorListeners();
  return sharedLexer;
}

/**
 * Lexes `text` into all its tokens. `1..2` is lexed as one INTEGER_RANGE token (see the lexer
 * grammar) and split here into INTEGER + RANGE. The lexer never fails: malformed input becomes
 * UNTERMINATED_* or ERROR_CHAR tokens that the parser reports. An unterminated string, quoted
 * name, `$$` string or comment is cut short where the script plausibly goes on (see
 * `unterminatedEnd`) and lexing resumes there, so it does not swallow the statements after it.
 * `base` places `text` inside a longer script (see `PositionIndex`).
 */
export function lexScript(text: string, base?: TextBase): LexedScript {
  const lx = lexer();
  const positions = new PositionIndex(text, base);
  const input = charStream(text, positions.hasSurrogatePairs);
  lx.inputStream = input;
  const tokens: Token[] = [];
  let renumber = false;
  // Token by token, so that each cut resumes lexing where it ends: lexing the rest again after every
  // unterminated token would be quadratic in a text full of stray quotes.
  for (let t = lx.nextToken(); t.type !== Token.EOF; t = lx.nextToken()) {
    if (isUnterminated(t.type)) {
      const end = unterminatedEnd(t, positions);
      if (end !== undefined) {
        const endCp = positions.codePoint(end);
        const cut = CommonToken.fromToken(t);
        cut.stop = endCp - 1;
        cut.text = input.getTextFromRange(cut.start, cut.stop);
        tokens.push(cut);
        const at = positions.local(end);
        lx.inputStream = input;
        input.seek(endCp);
        lx.line = at.line;
        lx.column = endCp - positions.codePoint(end - (at.column - 1));
        renumber = true;
        continue;
      }
    }
    if (t.type === CqlLexer.INTEGER_RANGE) {
      const intToken = CommonToken.fromToken(t);
      intToken.type = CqlLexer.INTEGER;
      intToken.stop = t.stop - 2;
      intToken.text = (t.text ?? '').slice(0, -2);
      const rangeToken = CommonToken.fromToken(t);
      rangeToken.type = CqlLexer.RANGE;
      rangeToken.start = t.stop - 1;
      rangeToken.column = t.column + (t.stop - 1 - t.start);
      rangeToken.text = '..';
      tokens.push(intToken, rangeToken);
      renumber = true;
      continue;
    }
    tokens.push(t);
  }
  if (renumber) tokens.forEach((t, i) => ((t as CommonToken).tokenIndex = i));
  return { text, tokens, positions };
}

/**
 * Where an unterminated token should end (a UTF-16 offset), or undefined to leave it running to
 * the end of the text. A string or quoted name ends before the first `;` that ends a line (only a
 * comment may follow it); any of the four ends before the first later line that begins a
 * statement (see `beginsStatement`), whichever comes first. A `$$` string or comment does not end
 * at a `;`: function bodies and prose have them at line ends.
 */
function unterminatedEnd(token: Token, positions: PositionIndex): number | undefined {
  const { text } = positions;
  const [start] = positions.tokenSpan(token);
  const quote = token.type === CqlLexer.UNTERMINATED_STRING || token.type === CqlLexer.UNTERMINATED_QUOTED_NAME;
  const from = start + (quote ? 1 : 2);
  // Line by line, stopping at the first answer, so the work is proportional to how far the cut is
  // (and lexing resumes there): a statement line wins over a ';' later on its own line.
  for (let lineStart = from, first = true; lineStart <= text.length; first = false) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (!first) {
      const begins = statementLineStart(text, lineStart, lineEnd);
      if (begins !== undefined) {
        let end = begins;
        while (end > from && /\s/.test(text[end - 1]!)) end--;
        return end;
      }
    }
    if (quote) {
      const m = LINE_ENDING_SEMICOLON.exec(text.slice(lineStart, newline < 0 ? text.length : newline + 1));
      if (m !== null) return lineStart + m.index;
    }
    if (newline < 0) return undefined;
    lineStart = newline + 1;
  }
  return undefined;
}

/** A `;` that ends its line (only a comment may follow it). */
const LINE_ENDING_SEMICOLON = /;[ \t]*(?:(?:--|\/\/)[^\r\n]*)?\r?(?:\n|$)/;
/** Longest stretch of a line `beginsStatement` looks at: its first dozen tokens fit many times over. */
const STATEMENT_LINE_HEAD = 64 * 1024;

/** Where the statement a line begins starts (after its indentation), or undefined when the line begins none. */
function statementLineStart(text: string, lineStart: number, lineEnd: number): number | undefined {
  const word = /[ \t]*(?=[A-Za-z])/y;
  word.lastIndex = lineStart;
  if (!word.test(text)) return undefined;
  const at = word.lastIndex;
  return beginsStatement(text.slice(at, Math.min(lineEnd, at + STATEMENT_LINE_HEAD))) ? at : undefined;
}

let lineLexer: CqlLexer | undefined;

/**
 * Whether a line reads as the start of a statement: its first token starts a statement and the
 * line (up to its first `;`, a malformed token or 12 tokens) is a prefix of one, of at least two
 * tokens (`;` included), so "Update the docs.", "Select" or "Clear" in prose does not count.
 */
function beginsStatement(line: string): boolean {
  lineLexer ??= new CqlLexer(charStream('', false));
  lineLexer.removeErrorListeners();
  lineLexer.inputStream = charStream(line);
  const types: number[] = [];
  for (let t = lineLexer.nextToken(); t.type !== Token.EOF && types.length < 12; t = lineLexer.nextToken()) {
    if (t.channel !== Token.DEFAULT_CHANNEL) continue;
    if (isUnterminated(t.type) || t.type === CqlLexer.ERROR_CHAR) break;
    if (t.type === CqlLexer.INTEGER_RANGE) types.push(CqlLexer.INTEGER, CqlLexer.RANGE);
    else types.push(t.type);
    if (t.type === CqlLexer.SEMI) break;
  }
  const first = types[0];
  return types.length >= 2 && statementStartTypes().has(first!) && isStatementPrefix(types);
}

/**
 * Where a text lexed on its own stands in a longer script: the script's 0-based UTF-16 offset of
 * its first character, the number of lines before it, and where on its line it begins.
 */
export interface TextBase {
  offset: number;
  lines: number;
  /** UTF-16 units of the script's line before the text's first character (0 at a line start). */
  column: number;
}

/**
 * Converts ANTLR code-point offsets to UTF-16 offsets and 1-based line/column positions (columns in
 * UTF-16 units, as SourcePosition documents). Offsets taken and returned by the methods are
 * indices into `text`; only the SourcePositions (`at`, `range`) are placed in the script by `base`.
 */
export class PositionIndex {
  private readonly lineStarts: number[] = [0];
  /** Code-point index → UTF-16 offset; only built when the text has surrogate pairs. */
  private readonly cpToUtf16: Uint32Array | undefined;
  private readonly base: TextBase;

  /** Whether the text has surrogate pairs (code points then differ from UTF-16 code units). */
  get hasSurrogatePairs(): boolean {
    return this.cpToUtf16 !== undefined;
  }

  constructor(
    readonly text: string,
    base?: TextBase,
  ) {
    this.base = base ?? { offset: 0, lines: 0, column: 0 };
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      const map: number[] = [];
      for (let i = 0; i < text.length; i++) {
        map.push(i);
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) i++;
        }
      }
      map.push(text.length);
      this.cpToUtf16 = Uint32Array.from(map);
    }
  }

  /** Code-point index (as ANTLR counts) of a UTF-16 offset. */
  codePoint(offset: number): number {
    const map = this.cpToUtf16;
    if (!map) return offset;
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((map[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** UTF-16 offset of a code-point index as ANTLR reports it. */
  utf16(codePointIndex: number): number {
    if (!this.cpToUtf16) return codePointIndex;
    return this.cpToUtf16[Math.min(codePointIndex, this.cpToUtf16.length - 1)] ?? this.text.length;
  }

  /** Position in the script of a UTF-16 offset of `text`. */
  at(offset: number): SourcePosition {
    const local = this.local(offset);
    return { line: local.line + this.base.lines, column: local.line === 1 ? local.column + this.base.column : local.column, offset: offset + this.base.offset };
  }

  /** Position of a UTF-16 offset within `text` itself (line 1 is its first line). */
  local(offset: number): SourcePosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1, offset };
  }

  range(startOffset: number, endOffset: number): SourceRange {
    return { start: this.at(startOffset), end: this.at(endOffset) };
  }

  /** UTF-16 offsets `[start, end)` of a token. */
  tokenSpan(token: Token): [number, number] {
    return [this.utf16(token.start), this.utf16(token.stop + 1)];
  }

  tokenRange(token: Token): SourceRange {
    const [s, e] = this.tokenSpan(token);
    return this.range(s, e);
  }
}

// ---------------------------------------------------------------------------------------------
// Display names: the only place token types become words in messages.

const SPECIAL_NAMES: ReadonlyMap<number, string> = new Map([
  [Token.EOF, 'end of statement'],
  [CqlLexer.IDENT, 'a name'],
  [CqlLexer.QUOTED_NAME, 'a quoted name'],
  [CqlLexer.EMPTY_QUOTED_NAME, 'an empty quoted name'],
  [CqlLexer.STRING_LITERAL, 'a string'],
  [CqlLexer.INTEGER, 'an integer'],
  [CqlLexer.INTEGER_RANGE, 'an integer'],
  [CqlLexer.FLOAT, 'a number'],
  [CqlLexer.BOOLEAN, 'true or false'],
  [CqlLexer.DURATION, 'a duration'],
  [CqlLexer.UUID, 'a UUID'],
  [CqlLexer.HEXNUMBER, 'a blob literal'],
  [CqlLexer.EXPR_PAREN, "'expr('"],
  [CqlLexer.K_NAN, "'NaN'"],
  [CqlLexer.K_NEGATIVE_NAN, "'-NaN'"],
  [CqlLexer.K_INFINITY, "'Infinity'"],
  [CqlLexer.K_NEGATIVE_INFINITY, "'-Infinity'"],
  [CqlLexer.K_TABLE, "'TABLE'"],
  [CqlLexer.K_TABLES, "'TABLES'"],
  [CqlLexer.UNTERMINATED_STRING, 'an unterminated string'],
  [CqlLexer.UNTERMINATED_DOLLAR_STRING, 'an unterminated $$ string'],
  [CqlLexer.UNTERMINATED_QUOTED_NAME, 'an unterminated quoted name'],
  [CqlLexer.UNTERMINATED_COMMENT, 'an unterminated comment'],
  [CqlLexer.ERROR_CHAR, 'an unexpected character'],
]);

/** How a token type is named in messages: `'SELECT'`, `','`, "a name", "a string", … */
export function tokenTypeDisplayName(type: number): string {
  const special = SPECIAL_NAMES.get(type);
  if (special) return special;
  const literal = CqlLexer.literalNames[type];
  if (literal) return literal;
  const symbolic = CqlLexer.symbolicNames[type];
  if (symbolic?.startsWith('K_')) return `'${symbolic.slice(2)}'`;
  return 'a token';
}

/** How a concrete token is quoted in messages ("'FROM'", "end of statement", …). */
export function tokenDisplay(token: Token): string {
  if (token.type === Token.EOF) return 'end of statement';
  const text = token.text ?? '';
  const shown = text.length > 30 ? `${text.slice(0, 27)}...` : text;
  if (token.type >= CqlLexer.K_SELECT && token.type <= CqlLexer.K_RESTORE) return `'${shown.toUpperCase()}'`;
  if (token.type === CqlLexer.STRING_LITERAL || token.type === CqlLexer.QUOTED_NAME) return shown;
  return `'${shown}'`;
}

/** Token types the lexer produces for malformed input, with the error message for each. */
export const LEX_ERROR_MESSAGES: ReadonlyMap<number, string> = new Map([
  [CqlLexer.UNTERMINATED_STRING, 'unterminated string literal'],
  [CqlLexer.UNTERMINATED_DOLLAR_STRING, 'unterminated $$ string literal'],
  [CqlLexer.UNTERMINATED_QUOTED_NAME, 'unterminated quoted name'],
  [CqlLexer.UNTERMINATED_COMMENT, 'unterminated comment'],
]);
