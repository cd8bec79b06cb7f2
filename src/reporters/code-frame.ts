import { escapeControl } from '../shared/terminal-text.js';

/**
 * Code frames for the text reporter: the lines of a finding's range with the offending span
 * underlined by `^`. Columns are 1-based UTF-16 code units with an exclusive end (the Finding
 * contract); underlines are placed by display width so they line up under wide characters.
 */

/** Lines of context shown before and after the range. */
const CONTEXT_LINES = 1;
/** Longest run of range lines shown; longer ranges keep their head and tail around a `⋮` gap. */
const MAX_RANGE_LINES = 6;

/** Terminal columns a code point occupies: 0 for combining marks, 2 for wide (CJK, emoji), else 1. */
function codePointWidth(cp: number): number {
  if (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  ) {
    return 0;
  }
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Display width of a string (tabs count as one column; frames expand tabs first). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += codePointWidth(ch.codePointAt(0)!);
  return width;
}

/** Splits source text into lines on LF, CRLF or CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export interface FrameRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One rendered row of a frame, before colouring. */
export interface FrameRow {
  kind: 'source' | 'marker' | 'gap';
  /** Line number for source rows. */
  lineNumber?: number;
  /** True for source rows inside the range. */
  inRange?: boolean;
  text: string;
}

/**
 * A piece of one source line: `text` is the line's UTF-16 units `[from, from + text.length)`, and
 * `length` the whole line's. A short line comes whole (`from` 0); of a long one, at least
 * FRAME_KEEP units either side of the column asked about.
 */
export interface LinePiece {
  text: string;
  from: number;
  length: number;
}

/**
 * A source's lines as code frames need them (lines split on LF, CRLF or CR, as `splitLines`
 * does): the whole text, or only the lines findings point at (src/reporters/source-lines.ts).
 */
export interface SourceLines {
  readonly lineCount: number;
  /** Line `n` (1-based) around UTF-16 unit `focus` (0-based), or undefined when it is not kept. */
  line(n: number, focus: number): LinePiece | undefined;
}

/** What the text reporter can frame a file's findings with. */
export type FrameSource = string | SourceLines;

/** Widest part of a line a frame shows (UTF-16 units); a longer line is cut around the span, with `…`. */
export const FRAME_WIDTH = 240;
/** Units a frame shows before the start of a span on a line cut to FRAME_WIDTH. */
const FRAME_LEAD = 60;
/** Units either side of a focus a piece of a long line must hold (FRAME_WIDTH fits with room). */
export const FRAME_KEEP = 1024;

/** Lines a frame of `range` shows, with the column each is shown around: what a sparse SourceLines must keep. */
export function frameLineFocus(range: FrameRange): Array<{ line: number; focus: number }> {
  const endLine = Math.max(range.endLine, range.line);
  const first = Math.max(1, range.line - CONTEXT_LINES);
  const out: Array<{ line: number; focus: number }> = [];
  for (const n of shownLines(first, endLine + CONTEXT_LINES, range.line, endLine)) out.push({ line: n, focus: focusOf(n, range) });
  return out;
}

function focusOf(n: number, range: FrameRange): number {
  return n === range.line ? Math.max(0, range.column - 1) : 0;
}

/** The lines from `first` to `last` that a frame shows: all, or for a long range its head and tail around a gap. */
function shownLines(first: number, last: number, rangeLine: number, endLine: number): number[] {
  const shown: number[] = [];
  const rangeLineCount = endLine - rangeLine + 1;
  const head = Math.ceil(MAX_RANGE_LINES / 2);
  const gapAfter = rangeLineCount > MAX_RANGE_LINES ? rangeLine + head - 1 : undefined;
  const tailStart = endLine - (MAX_RANGE_LINES - head) + 1;
  for (let n = first; n <= last; n += 1) {
    if (gapAfter !== undefined && n > gapAfter && n < tailStart) {
      n = tailStart - 1;
      continue;
    }
    shown.push(n);
  }
  return shown;
}

let cached: { text: string; lines: SourceLines } | undefined;

/** A whole text as SourceLines (the last one is kept: a report frames one file's findings in a row). */
function wholeText(text: string): SourceLines {
  if (cached?.text === text) return cached.lines;
  const lines = splitLines(text);
  const whole: SourceLines = {
    lineCount: lines.length,
    line: (n) => {
      const t = lines[n - 1];
      return t === undefined ? undefined : { text: t, from: 0, length: t.length };
    },
  };
  cached = { text, lines: whole };
  return whole;
}

/** Tabs become two spaces so underline offsets do not depend on the terminal's tab stops. */
function expandTabs(s: string): string {
  return s.replace(/\t/g, '  ');
}

/** Source text as a frame shows it: tabs expanded, control characters escaped. */
function shown(s: string): string {
  return escapeControl(expandTabs(s));
}

/**
 * The rows of a code frame for `range` in `source`, or `undefined` if the range lies outside the
 * text. The span on each range line is underlined; an empty span gets a single `^`. A line longer
 * than FRAME_WIDTH is shown cut around the span, with `…` where it goes on.
 */
export function frameRows(source: FrameSource, range: FrameRange): FrameRow[] | undefined {
  const lines = typeof source === 'string' ? wholeText(source) : source;
  const count = lines.lineCount;
  if (range.line < 1 || range.line > count) return undefined;
  const endLine = Math.min(Math.max(range.endLine, range.line), count);
  // The empty "line" after a final newline is not context worth showing (a range may still point at it).
  const lastContextLine = count > 1 && lines.line(count, 0)?.length === 0 ? count - 1 : count;
  const first = Math.max(1, range.line - CONTEXT_LINES);
  const last = Math.max(endLine, Math.min(lastContextLine, endLine + CONTEXT_LINES));
  const rangeLineCount = endLine - range.line + 1;
  const gapAfter = rangeLineCount > MAX_RANGE_LINES ? range.line + Math.ceil(MAX_RANGE_LINES / 2) - 1 : undefined;

  const rows: FrameRow[] = [];
  for (const n of shownLines(first, last, range.line, endLine)) {
    const focus = focusOf(n, range);
    const piece = lines.line(n, focus) ?? { text: '', from: 0, length: 0 };
    const view = visiblePart(piece, focus);
    const inRange = n >= range.line && n <= endLine;
    // Control characters of the source (an ESC would drive the terminal) are shown escaped, and measured so.
    rows.push({ kind: 'source', lineNumber: n, inRange, text: shown(view.prefix + view.text + view.suffix) });
    if (inRange) {
      const startUnit = n === range.line ? Math.max(0, range.column - 1) : piece.from === 0 ? leadingWhitespace(piece.text) : 0;
      const endUnit = n === range.endLine ? Math.max(0, range.endColumn - 1) : piece.length;
      const start = Math.min(startUnit, piece.length);
      const end = Math.min(Math.max(endUnit, start), piece.length);
      // Continuation lines that the span does not really cover (blank, or the exclusive end at
      // column 1) get no marker; the first line always gets one, even for an empty span.
      if (n === range.line || end > start) {
        const shownStart = Math.min(Math.max(start, view.from), view.to);
        const shownEnd = Math.min(Math.max(end, shownStart), view.to);
        const pad = displayWidth(shown(view.prefix + view.text.slice(0, shownStart - view.from)));
        const width = Math.max(1, displayWidth(shown(view.text.slice(shownStart - view.from, shownEnd - view.from))));
        rows.push({ kind: 'marker', text: `${' '.repeat(pad)}${'^'.repeat(width)}` });
      }
    }
    if (gapAfter !== undefined && n === gapAfter) rows.push({ kind: 'gap', text: '⋮' });
  }
  return rows;
}

/** The part of a line a frame shows: all of a short line; of a long one FRAME_WIDTH units around `focus`. */
function visiblePart(piece: LinePiece, focus: number): { text: string; from: number; to: number; prefix: string; suffix: string } {
  if (piece.length <= FRAME_WIDTH && piece.from === 0) return { text: piece.text, from: 0, to: piece.length, prefix: '', suffix: '' };
  const wanted = Math.max(0, Math.min(focus - FRAME_LEAD, piece.length - FRAME_WIDTH));
  const from = Math.max(piece.from, wanted);
  const to = Math.min(from + FRAME_WIDTH, piece.from + piece.text.length);
  return { text: piece.text.slice(from - piece.from, to - piece.from), from, to, prefix: from > 0 ? '…' : '', suffix: to < piece.length ? '…' : '' };
}

function leadingWhitespace(s: string): number {
  const m = /^\s*/.exec(s);
  return m ? m[0].length : 0;
}
