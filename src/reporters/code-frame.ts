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

/** Tabs become two spaces so underline offsets do not depend on the terminal's tab stops. */
function expandTabs(s: string): string {
  return s.replace(/\t/g, '  ');
}

/**
 * The rows of a code frame for `range` in `source`, or `undefined` if the range lies outside the
 * text. The span on each range line is underlined; an empty span gets a single `^`.
 */
export function frameRows(source: string, range: FrameRange): FrameRow[] | undefined {
  const lines = splitLines(source);
  if (range.line < 1 || range.line > lines.length) return undefined;
  const endLine = Math.min(Math.max(range.endLine, range.line), lines.length);
  // The empty "line" after a final newline is not context worth showing (a range may still point at it).
  const lastContextLine = lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const first = Math.max(1, range.line - CONTEXT_LINES);
  const last = Math.max(endLine, Math.min(lastContextLine, endLine + CONTEXT_LINES));

  let shown: number[] = [];
  for (let n = first; n <= last; n += 1) shown.push(n);
  const rangeLineCount = endLine - range.line + 1;
  let gapAfter: number | undefined;
  if (rangeLineCount > MAX_RANGE_LINES) {
    const head = Math.ceil(MAX_RANGE_LINES / 2);
    const tail = MAX_RANGE_LINES - head;
    gapAfter = range.line + head - 1;
    const tailStart = endLine - tail + 1;
    shown = shown.filter((n) => n <= gapAfter! || n >= tailStart);
  }

  const rows: FrameRow[] = [];
  for (const n of shown) {
    const raw = lines[n - 1] ?? '';
    const inRange = n >= range.line && n <= endLine;
    rows.push({ kind: 'source', lineNumber: n, inRange, text: expandTabs(raw) });
    if (inRange) {
      const startUnit = n === range.line ? Math.max(0, range.column - 1) : leadingWhitespace(raw);
      const endUnit = n === range.endLine ? Math.max(0, range.endColumn - 1) : raw.length;
      const start = Math.min(startUnit, raw.length);
      const end = Math.min(Math.max(endUnit, start), raw.length);
      // Continuation lines that the span does not really cover (blank, or the exclusive end at
      // column 1) get no marker; the first line always gets one, even for an empty span.
      if (n === range.line || end > start) {
        const pad = displayWidth(expandTabs(raw.slice(0, start)));
        const width = Math.max(1, displayWidth(expandTabs(raw.slice(start, end))));
        rows.push({ kind: 'marker', text: `${' '.repeat(pad)}${'^'.repeat(width)}` });
      }
    }
    if (gapAfter !== undefined && n === gapAfter) rows.push({ kind: 'gap', text: '⋮' });
  }
  return rows;
}

function leadingWhitespace(s: string): number {
  const m = /^\s*/.exec(s);
  return m ? m[0].length : 0;
}
