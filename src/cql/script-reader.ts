/**
 * Reading a script of any length a stretch at a time: text goes in as it arrives, and comes out as
 * windows of whole statements, each statement parsed only when asked. Memory is bounded by the
 * window (a few hundred KB, or the longest statement within the limit), never by the script: a 50 MB
 * dump is read a window at a time, and a statement past the limit is skipped with a scanner that
 * keeps nothing of it.
 *
 * The windows cut the script only where it cuts into statements anyway, after a statement's `;`,
 * and a statement that might still change with text not yet read (the last one, or one holding an
 * unterminated string that a later quote could close) waits for the next window: so for any script
 * whose statements are within the limit, the statements, errors and positions are exactly those of
 * lexing the whole text at once.
 *
 * Runs of statements the fast path reads (fast-path.ts) need no lexer; the rest are lexed and parsed
 * with ANTLR, which `pushAsync` and `endAsync` load when a statement needs it (antlr.ts), and
 * `push`, `end` and the static readers expect loaded.
 */
import type { Token } from 'antlr4ng';
import { appendAll } from '../shared/arrays.js';
import { antlr, antlrLoaded, AntlrNotLoadedError, loadAntlr } from './antlr.js';
import type { Statement } from './ast/nodes.js';
import type { CqlSyntaxError } from './errors.js';
import { STATEMENT_STARTS } from './fast-lex.js';
import { parseFastPrefix, parseFastScript } from './fast-path.js';
import * as L from './generated/CqlTokens.js';
import { lengthLimitMessage, statementLimits, type StatementLimits } from './limits.js';
import type { SourcePosition, SourceRange } from './source.js';
import type { StatementSlice } from './split.js';
import { DEFAULT_CHANNEL, isUnterminated } from './token-types.js';
import type { LexedScript, PositionIndex, TextBase } from './tokens.js';

/** One statement of a script as the reader cut it; parsed on demand. */
export interface ScriptStatement {
  /** 0-based position among the script's statements, parsed or not (a stable order key). */
  readonly index: number;
  /** Its text (for a statement past the length limit, only its beginning). */
  readonly text: string;
  readonly range: SourceRange;
  /** Its first keyword in upper case (`SELECT`, `CREATE`, …), or `''` when it starts otherwise. */
  readonly keyword: string;
  /** The typed statement, or the error that stops it (a syntax error, or a limit it is past). */
  parse(): { statement: Statement } | { error: CqlSyntaxError };
}

/** A stretch of the script: its text and the statements that lie in it. */
export interface ScriptWindow {
  /** The text; `text[i]` is at UTF-16 offset `offset + i` of the script. */
  readonly text: string;
  readonly offset: number;
  /** Lines of the script before the window's first line, and UTF-16 units before `text` on that line. */
  readonly lines: number;
  readonly column: number;
  readonly statements: readonly ScriptStatement[];
}

/** Options of a ScriptReader. */
export interface ScriptReaderOptions extends Partial<StatementLimits> {
  /** Text gathered before a window is cut (default 256 KiB; a statement longer than that widens it, up to the length limit). */
  windowLength?: number;
  /**
   * Parse the statements the fast path knows with it (fast-path.ts; default true); the statements are
   * the same either way (tests turn it off to compare).
   */
  fastPath?: boolean;
}

/**
 * Default window: lexing holds about 170 bytes per token, so a window of dense tokens costs some
 * 15 MB while it is read; a longer statement makes its window grow until it ends or passes the limit.
 */
const WINDOW_LENGTH = 256 * 1024;

/**
 * Cuts a script into windows as its text arrives: `push` text, take the windows it completes, and
 * `end` to take the rest (or `pushAsync` and `endAsync`, which load ANTLR when the text needs it).
 * A window holds its lexed tokens until it is dropped, so a caller that streams keeps one window at
 * a time; statements may be parsed in any order, one at a time (all windows share the one parser).
 */
export class ScriptReader {
  private readonly limits: StatementLimits;
  private readonly windowLength: number;
  private readonly fastPath: boolean;
  private readonly pending: string[] = [];
  private pendingLength = 0;
  /** Text read but not yet in a window, from `base` on. */
  private carried = '';
  private base: TextBase = { offset: 0, lines: 0, column: 0 };
  private nextIndex = 0;
  /** Process again once this much text waits (raised when a window could not be cut). */
  private threshold: number;
  private skipping: StatementSkip | undefined;
  /**
   * A statement longer than a window, found by the scanner that skips statements past the limit:
   * while it is neither complete nor past the limit, each new text is scanned, not lexed again.
   */
  private probe: { start: number; scanned: number; scanner: StatementSkip } | undefined;
  /**
   * Whether `cut` stopped where the text needs the lexer and ANTLR is not loaded: the rest of the
   * text is carried, and cutting again once ANTLR is loaded goes on from there.
   */
  private stalled = false;

  constructor(options: ScriptReaderOptions = {}) {
    this.limits = statementLimits(options);
    this.windowLength = options.windowLength ?? WINDOW_LENGTH;
    this.fastPath = options.fastPath ?? true;
    this.threshold = this.windowLength;
  }

  /** Takes more text; returns the windows it completed. ANTLR must be loaded if they need it (else AntlrNotLoadedError; see `pushAsync`). */
  push(text: string): ScriptWindow[] {
    return this.add(text) ? this.synchronously(this.cut(false)) : [];
  }

  /** The script has ended: returns the remaining windows. ANTLR must be loaded if they need it (else AntlrNotLoadedError; see `endAsync`). */
  end(): ScriptWindow[] {
    return this.synchronously(this.cut(true));
  }

  /** `push`, loading ANTLR first when a statement of the windows needs it. */
  async pushAsync(text: string): Promise<ScriptWindow[]> {
    return this.add(text) ? this.cutLoading(false) : [];
  }

  /** `end`, loading ANTLR first when a statement of the windows needs it. */
  async endAsync(): Promise<ScriptWindow[]> {
    return this.cutLoading(true);
  }

  /** Queues `text`; whether enough text waits to cut windows. */
  private add(text: string): boolean {
    if (text === '') return false;
    this.pending.push(text);
    this.pendingLength += text.length;
    return this.carried.length + this.pendingLength >= this.threshold;
  }

  /** The windows of a `cut` that cannot wait for ANTLR: it must not have stalled. */
  private synchronously(windows: ScriptWindow[]): ScriptWindow[] {
    if (this.stalled) throw new AntlrNotLoadedError();
    return windows;
  }

  /** `cut`, and when it stalls for want of ANTLR, loads it and cuts the rest. */
  private async cutLoading(final: boolean): Promise<ScriptWindow[]> {
    const out = this.cut(final);
    if (!this.stalled) return out;
    await loadAntlr();
    this.stalled = false;
    return appendAll(out, this.cut(final));
  }

  /** The whole of `text` as one window, lexed (ANTLR must be loaded). */
  static whole(text: string, options?: Omit<ScriptReaderOptions, 'windowLength'>): ScriptWindow {
    const reader = new ScriptReader({ ...options, windowLength: Number.POSITIVE_INFINITY });
    return reader.lexed(text, true).window;
  }

  /**
   * A text in memory as the reader reads a script that has ended: runs of statements the fast path
   * knows as windows of their own (see `fastWindow`), the rest lexed (what `parseScript` reads).
   */
  static all(text: string, options?: Omit<ScriptReaderOptions, 'windowLength'>): ScriptWindow[] {
    const reader = new ScriptReader({ ...options, windowLength: Number.POSITIVE_INFINITY });
    reader.push(text);
    return reader.end();
  }

  /** `all`, loading ANTLR when a statement needs it. */
  static async allAsync(text: string, options?: Omit<ScriptReaderOptions, 'windowLength'>): Promise<ScriptWindow[]> {
    const reader = new ScriptReader({ ...options, windowLength: Number.POSITIVE_INFINITY });
    await reader.pushAsync(text);
    return reader.endAsync();
  }

  private cut(final: boolean): ScriptWindow[] {
    let text = this.carried + (this.pending.length === 1 ? this.pending[0]! : this.pending.join(''));
    this.pending.length = 0;
    this.pendingLength = 0;
    const out: ScriptWindow[] = [];
    for (;;) {
      if (this.skipping !== undefined) {
        const skipped = this.skipping.scan(text, final);
        if (skipped === undefined) {
          this.advance(text, text.length);
          text = '';
          break;
        }
        out.push(this.skippedWindow(this.skipping, skipped));
        this.skipping = undefined;
        this.advance(text, skipped.resume);
        text = text.slice(skipped.resume);
        continue;
      }
      if (text === '') break;
      if (this.probe !== undefined) {
        const probed = this.probeStatement(text, final, out);
        if (probed === 'wait') break;
        if (probed !== 'lex') {
          text = probed;
          continue;
        }
      }
      // A run of statements the fast path knows becomes a window without the lexer (fast-path.ts); a
      // statement it does not know, with more text after it, is lexed only as far as needed to read
      // it, so that the fast path takes up again after it.
      const taken = this.fastPath ? (this.fastWindow(text, final) ?? this.prefixWindow(text)) : undefined;
      if (taken === NEEDS_ANTLR) {
        this.stalled = true;
        break;
      }
      if (taken !== undefined) {
        out.push(taken.window);
        this.advance(text, taken.end);
        text = text.slice(taken.end);
        this.threshold = this.windowLength;
        // What is left is the start of a statement still arriving: wait for a window's worth more
        // (the lexer would take it for a long statement and wait for it alone).
        if (!final && !text.includes(';')) break;
        continue;
      }
      // A short tail after the windows cut now waits for a window's worth of text: lexed now, it
      // would be cut again and again in windows of what little arrives meanwhile.
      if (!final && out.length > 0 && text.length < this.windowLength) {
        this.threshold = this.windowLength;
        break;
      }
      if (!antlrLoaded()) {
        this.stalled = true;
        break;
      }
      const { window, script, slices } = this.lexed(text, final);
      if (final) {
        out.push(window);
        this.advance(text, text.length);
        text = '';
        break;
      }
      const safe = this.safeCount(slices, script);
      if (safe > 0) {
        const end = cutAfter(slices[safe - 1]!, script);
        out.push({ ...window, text: text.slice(0, end), statements: window.statements.slice(0, safe) });
        this.nextIndex = window.statements[safe - 1]!.index + 1;
        this.advance(text, end);
        text = text.slice(end);
        this.threshold = this.windowLength;
        continue;
      }
      const first = slices[0];
      const start = first === undefined ? text.length : script.positions.utf16(first.tokens[0]!.start);
      if (first !== undefined && text.length - start > this.limits.maxLength) {
        // Longer than any statement read: skip to its end without keeping it.
        if (start > 0) out.push({ ...window, text: text.slice(0, start), statements: [] });
        this.advance(text, start);
        text = text.slice(start);
        this.skipping = new StatementSkip(this.base, this.nextIndex++, text.slice(0, SKIPPED_HEAD), first);
        continue;
      }
      if (start > this.limits.maxLength) {
        // A long run of comments before the next statement: hand it on (its comments may hold directives).
        const end = lineStartBefore(text, start);
        if (end > 0) {
          out.push({ ...window, text: text.slice(0, end), statements: [] });
          this.advance(text, end);
          text = text.slice(end);
          continue;
        }
      }
      // Nothing can be cut yet: wait for more text, scanning the long statement instead of lexing it again.
      if (first !== undefined) {
        const { line, column } = first.range.start;
        this.probe = { start, scanned: 0, scanner: new StatementSkip({ offset: first.range.start.offset, lines: line - 1, column: column - 1 }, this.nextIndex, text.slice(start, start + SKIPPED_HEAD), first) };
      }
      this.threshold = text.length + 64 * 1024;
      break;
    }
    this.carried = text;
    return out;
  }

  /**
   * Scans on through the statement being probed: 'wait' while it is unfinished and within the
   * limit; 'lex' once it ends within the limit (or the scanner cannot tell); otherwise it is past
   * the limit, is skipped, and the text after what was scanned is returned.
   */
  private probeStatement(text: string, final: boolean, out: ScriptWindow[]): 'wait' | 'lex' | string {
    const probe = this.probe!;
    const from = probe.start + probe.scanned;
    const found = probe.scanner.scan(text.slice(from), final);
    if (found === undefined) {
      probe.scanned = text.length - probe.start;
      if (probe.scanned <= this.limits.maxLength) {
        this.threshold = text.length + 64 * 1024;
        return 'wait';
      }
      this.probe = undefined;
      // Inside a string or comment the lexer may cut it short: let it decide.
      if (!probe.scanner.inCode) return 'lex';
      if (probe.start > 0) out.push({ text: text.slice(0, probe.start), offset: this.base.offset, lines: this.base.lines, column: this.base.column, statements: [] });
      this.advance(text, text.length);
      this.nextIndex = probe.scanner.index + 1;
      this.skipping = probe.scanner;
      return '';
    }
    this.probe = undefined;
    if (found.end.offset - probe.scanner.start.offset <= this.limits.maxLength) return 'lex';
    if (probe.start > 0) out.push({ text: text.slice(0, probe.start), offset: this.base.offset, lines: this.base.lines, column: this.base.column, statements: [] });
    out.push(this.skippedWindow(probe.scanner, found));
    this.nextIndex = probe.scanner.index + 1;
    this.advance(text, from + found.resume);
    return text.slice(from + found.resume);
  }

  /**
   * The statements at the start of `text` (which starts at `base`) that the fast path knows, as a
   * window, already parsed; undefined when `text` does not start with one. Only statements
   * whose `;` has been read are taken (unless the script has ended), and none past the length
   * limit: the text after them goes through the lexer. The statements, their texts and positions
   * are those the lexer's window would hold (test/cql/fast-path.test.ts compares them).
   */
  private fastWindow(text: string, final: boolean): { window: ScriptWindow; end: number } | undefined {
    const base = this.base;
    const { statements, end } = parseFastPrefix(text, { base, terminated: !final, maxLength: this.limits.maxLength });
    if (statements.length === 0) return undefined;
    const first = this.nextIndex;
    this.nextIndex += statements.length;
    return {
      end,
      window: {
        text: text.slice(0, end),
        offset: base.offset,
        lines: base.lines,
        column: base.column,
        statements: statements.map((statement, i) => ({
          index: first + i,
          text: text.slice(statement.range.start.offset - base.offset, statement.range.end.offset - base.offset),
          range: statement.range,
          keyword: firstWord(text, statement.range.start.offset - base.offset),
          parse: () => ({ statement }),
        })),
      },
    };
  }

  /**
   * The statements at the start of `text` that lexing a prefix of it settles, up to the next one
   * the fast path may take, as a window. The prefix ends at a `;` (see `semicolonEnd`), and its
   * statements but the last are taken as a streamed window takes them (`safeCount`), so they are
   * what lexing the whole text gives. The prefix grows (2, 4, 8… `;`) while it holds no statement
   * the fast path may take after the first, up to PREFIX_STATEMENTS statements or a window's length;
   * undefined when it would take the whole text, pass the length limit, or holds a run of statements
   * only the lexer reads: the caller then lexes on as usual. NEEDS_ANTLR when it would lex and ANTLR
   * is not loaded.
   */
  private prefixWindow(text: string): { window: ScriptWindow; end: number } | typeof NEEDS_ANTLR | undefined {
    for (let count = 2; ; count *= 2) {
      const end = semicolonEnd(text, count);
      if (end < 0 || end >= text.length) return undefined;
      if (!antlrLoaded()) return NEEDS_ANTLR;
      const prefix = text.slice(0, end);
      const { window, script, slices } = this.lexed(prefix, false);
      const safe = this.safeCount(slices, script);
      if (safe === 0) {
        if (end > this.limits.maxLength) return undefined;
        continue;
      }
      let take = 1;
      while (take < slices.length && !STATEMENT_STARTS.has(slices[take]!.tokens[0]!.type)) take++;
      if (take === slices.length && end < this.windowLength) {
        // No statement here for the fast path: look a little further, then leave a long run of such
        // statements to the lexer in one pass (growing the prefix lexes it again each time).
        if (count < PREFIX_STATEMENTS) continue;
        return undefined;
      }
      take = Math.min(take, safe);
      const cut = cutAfter(slices[take - 1]!, script);
      this.nextIndex = window.statements[take - 1]!.index + 1;
      return { end: cut, window: { ...window, text: prefix.slice(0, cut), statements: window.statements.slice(0, take) } };
    }
  }

  /** Lexes and splits `text` (which starts at `base`) into a window with statements parsed on demand. */
  private lexed(text: string, final: boolean): { window: ScriptWindow; script: LexedScript; slices: StatementSlice[] } {
    const { script, slices } = antlr().lexStatements(text, this.base);
    const positions = script.positions;
    const statements = slices.map((slice, i) => this.statement(slice, positions, this.nextIndex + i));
    if (final) this.nextIndex += slices.length;
    const { offset, lines, column } = this.base;
    return { window: { text, offset, lines, column, statements }, script, slices };
  }

  private statement(slice: StatementSlice, positions: PositionIndex, index: number): ScriptStatement {
    const limits = this.limits;
    const first = slice.tokens[0]!;
    const shortcut = this.fastPath && STATEMENT_STARTS.has(first.type);
    return {
      index,
      text: slice.text,
      range: slice.range,
      keyword: keywordOf(first),
      parse() {
        // Plain DML and schema statements have a shortcut to the same statement (fast-path.ts); the
        // length limit holds first, and the shortcut takes nothing nested near the nesting limit.
        if (shortcut && slice.text.length <= limits.maxLength) {
          const { offset, line, column } = slice.range.start;
          const fast = parseFastScript(slice.text, { offset, lines: line - 1, column: column - 1 });
          if (fast !== undefined && fast.length === 1) return { statement: fast[0]! };
        }
        return antlr().parseStatement(slice, positions, limits);
      },
    };
  }

  /**
   * How many of the slices may be handed out now: all but the last (it may go on in text not read
   * yet), and none from one holding an unterminated token close enough to the end that a later
   * quote could still close it (further back, a closing quote would make the statement longer than
   * the limit, so it is read as the lexer cut it).
   */
  private safeCount(slices: readonly StatementSlice[], script: LexedScript): number {
    const horizon = script.text.length - this.limits.maxLength;
    for (let i = 0; i < slices.length - 1; i++) {
      const open = slices[i]!.tokens.some((t) => isUnterminated(t.type) && script.positions.utf16(t.start) >= horizon);
      if (open) return i;
    }
    return Math.max(0, slices.length - 1);
  }

  private skippedWindow(skip: StatementSkip, skipped: SkipEnd): ScriptWindow {
    const start = skip.start;
    const end = skipped.end;
    const range: SourceRange = { start, end };
    const text = skip.head;
    const error: CqlSyntaxError = { message: lengthLimitMessage(end.offset - start.offset, this.limits.maxLength), range, statementRange: range, statementText: text, limit: 'length' };
    const statement: ScriptStatement = { index: skip.index, text, range, keyword: skip.keyword, parse: () => ({ error }) };
    return { text: '', offset: start.offset, lines: start.line - 1, column: start.column - 1, statements: [statement] };
  }

  /** Moves `base` past `text.slice(0, end)`. */
  private advance(text: string, end: number): void {
    let lines = this.base.lines;
    let lineStart = -1;
    for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) {
      lines++;
      lineStart = at;
    }
    const column = lineStart < 0 ? this.base.column + end : end - lineStart - 1;
    this.base = { offset: this.base.offset + end, lines, column };
  }
}

/** What `prefixWindow` returns when it would lex and ANTLR is not loaded. */
const NEEDS_ANTLR = 'needs ANTLR';

/** How many statements a prefix the reader lexes to settle one (see `prefixWindow`) may grow to. */
const PREFIX_STATEMENTS = 16;


/** Characters of a skipped statement kept for its report. */
const SKIPPED_HEAD = 1000;

/** Where the text after a slice starts: after the `;` that ends it, when one does. */
function cutAfter(slice: StatementSlice, script: LexedScript): number {
  const last = slice.tokens[slice.tokens.length - 1]!;
  let end = last.stop + 1;
  // Token indexes are the parser's business (each parse renumbers its statement's tokens): find it by position.
  for (let i = tokenAfter(script.tokens, last.stop); i < script.tokens.length; i++) {
    const t = script.tokens[i]!;
    if (t.channel !== DEFAULT_CHANNEL) continue;
    if (t.type === L.SEMI) end = t.stop + 1;
    break;
  }
  return script.positions.utf16(end);
}

/** Index of the first token that starts after code point `stop` (tokens are in script order). */
function tokenAfter(tokens: readonly Token[], stop: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start <= stop) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Just after the `count`-th `;` of `text` that is outside strings (`'…'`, `$$…$$`), quoted names
 * and comments (`--`, `//`, `/* … *\/`), read from the characters without the lexer; -1 when
 * there are fewer, or a string, name or comment is left open before. Where `prefixWindow` may cut
 * a text to lex only the first statements of it (it lexes that much and lets the tokens decide).
 */
function semicolonEnd(text: string, count: number): number {
  const n = text.length;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (c === 59) {
      if (++seen === count) return i + 1;
    } else if (c === 39 || c === 34) {
      // 'string' or "name", a doubled quote inside.
      for (i++; ; i++) {
        if (i >= n) return -1;
        if (text.charCodeAt(i) === c) {
          if (i + 1 < n && text.charCodeAt(i + 1) === c) i++;
          else break;
        }
      }
    } else if (c === 36 && next === 36) {
      const close = text.indexOf('$$', i + 2);
      if (close < 0) return -1;
      i = close + 1;
    } else if ((c === 45 && next === 45) || (c === 47 && next === 47)) {
      const eol = text.indexOf('\n', i + 2);
      if (eol < 0) return -1;
      i = eol;
    } else if (c === 47 && next === 42) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return -1;
      i = close + 1;
    }
  }
  return -1;
}

function lineStartBefore(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The keyword a statement of the fast path starts with at `at` (as `keywordOf` gives it for its first token). */
function firstWord(text: string, at: number): string {
  let end = at;
  while (end < text.length && /[A-Za-z]/.test(text[end]!)) end++;
  return text.slice(at, end).toUpperCase();
}

function keywordOf(token: Token): string {
  return token.type >= L.K_SELECT && token.type <= L.K_RESTORE ? (token.text ?? '').toUpperCase() : '';
}

interface SkipEnd {
  /** Where the statement ends (before its `;`). */
  end: SourcePosition;
  /** Index in the scanned text where reading resumes (after the `;`). */
  resume: number;
}

/** cqlsh commands that end with their line (see split.ts). */
const LINE_COMMANDS = new Set(['CONSISTENCY', 'SERIAL', 'SOURCE', 'PAGING', 'TRACING', 'EXPAND', 'CAPTURE', 'LOGIN', 'CLEAR', 'CLS', 'DESCRIBE', 'DESC']);

/**
 * Finds the end of a statement too long to read, across as many texts as it spans, keeping only
 * where it is: strings, quoted names, `$$` bodies and comments are stepped over, and a batch ends
 * at `APPLY BATCH;`. Close to how the splitter cuts statements, without the lexer's memory.
 */
class StatementSkip {
  readonly start: SourcePosition;
  readonly keyword: string;
  private state: 'code' | 'string' | 'name' | 'dollar' | 'line-comment' | 'block-comment' = 'code';
  private readonly batch: boolean;
  private readonly lineMode: boolean;
  /** The last two words (upper case, cut to 12 characters: keywords are shorter). */
  private previousWord = '';
  private lastWord = '';
  private word = '';
  /** In a batch: where the last `;` was, until the next word says whether the batch ends there. */
  private semicolon: SourcePosition | undefined;
  /** Position of the first character of the next text to scan. */
  private offset: number;
  private line: number;
  private column: number;

  constructor(
    base: TextBase,
    readonly index: number,
    readonly head: string,
    first: StatementSlice,
  ) {
    this.start = first.range.start;
    this.keyword = keywordOf(first.tokens[0]!);
    this.batch = this.keyword === 'BEGIN';
    this.lineMode = LINE_COMMANDS.has(this.keyword);
    this.offset = base.offset;
    this.line = base.lines + 1;
    this.column = base.column + 1;
  }

  /** Whether the scan stands outside strings and comments. */
  get inCode(): boolean {
    return this.state === 'code';
  }

  /** Scans `text` (which follows what was scanned before); the end, or undefined when it lies further on. */
  scan(text: string, final: boolean): SkipEnd | undefined {
    const n = text.length;
    let lineStart = -this.column + 1;
    let lines = 0;
    const at = (i: number): SourcePosition => ({ line: this.line + lines, column: i - lineStart + 1, offset: this.offset + i });
    let wordStart = -1;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (c === NEWLINE) {
        if (this.state === 'code' && this.lineMode) return this.done(at(i), i);
        lines++;
        lineStart = i + 1;
      }
      switch (this.state) {
        case 'string':
          if (c === QUOTE) this.state = 'code';
          continue;
        case 'name':
          if (c === DOUBLE_QUOTE) this.state = 'code';
          continue;
        case 'dollar':
          if (c === DOLLAR && next === DOLLAR) {
            this.state = 'code';
            i++;
          }
          continue;
        case 'line-comment':
          if (c === NEWLINE) this.state = 'code';
          continue;
        case 'block-comment':
          if (c === STAR && next === SLASH) {
            this.state = 'code';
            i++;
          }
          continue;
        case 'code':
          break;
      }
      if (isWordChar(c)) {
        if (this.word === '') wordStart = i;
        if (this.word.length < 12) this.word += String.fromCharCode(c).toUpperCase();
        continue;
      }
      if (this.word !== '') {
        // A batch that has not reached APPLY BATCH ends at a `;` followed by another kind of statement, as the splitter ends it.
        if (this.semicolon !== undefined) {
          if (endsBatch(this.word)) return this.done(this.semicolon, Math.max(0, wordStart));
          this.semicolon = undefined;
        }
        this.previousWord = this.lastWord;
        this.lastWord = this.word;
        this.word = '';
      }
      if (c === QUOTE) this.state = 'string';
      else if (c === DOUBLE_QUOTE) this.state = 'name';
      else if (c === DOLLAR && next === DOLLAR) {
        this.state = 'dollar';
        i++;
      } else if ((c === DASH && next === DASH) || (c === SLASH && next === SLASH)) this.state = 'line-comment';
      else if (c === SLASH && next === STAR) {
        this.state = 'block-comment';
        i++;
      } else if (c === SEMICOLON) {
        if (!this.batch || (this.previousWord === 'APPLY' && this.lastWord === 'BATCH')) return this.done(at(i), i + 1);
        this.semicolon = at(i);
      }
    }
    if (final) return this.done(at(n), n);
    this.offset += n;
    this.line += lines;
    this.column = n - lineStart + 1;
    return undefined;
  }

  private done(end: SourcePosition, resume: number): SkipEnd {
    return { end, resume };
  }
}

const NEWLINE = 10;
const QUOTE = 39;
const DOUBLE_QUOTE = 34;
const DOLLAR = 36;
const STAR = 42;
const SLASH = 47;
const DASH = 45;
const SEMICOLON = 59;

let batchEnders: ReadonlySet<string> | undefined;

/** Keywords that start a statement other than a batch child (see split.ts). */
function endsBatch(word: string): boolean {
  if (batchEnders === undefined) {
    const words = new Set<string>();
    for (const type of antlr().statementStartTypes()) {
      const name = L.symbolicNames[type];
      if (name?.startsWith('K_') === true) words.add(name.slice(2));
    }
    for (const child of ['INSERT', 'UPDATE', 'DELETE']) words.delete(child);
    batchEnders = words;
  }
  return batchEnders.has(word);
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
