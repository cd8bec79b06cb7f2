/**
 * The lines of a source that code frames need, kept while the source streams past: memory grows
 * with the findings, not with the file (a 50 MB dump, or one 100 MB line). Pure: the caller feeds
 * the text.
 */
import { FRAME_KEEP, frameLineFocus, type FrameRange, type LinePiece, type SourceLines } from './code-frame.js';

/**
 * Collects the lines frames of `ranges` show, as text is pushed (split as `splitLines` splits:
 * LF, CRLF or CR). `finish` gives them as SourceLines.
 */
export class FrameLineCollector {
  /** Focus columns wanted, by line. */
  private readonly wanted = new Map<number, number[]>();
  private readonly kept = new Map<number, LinePiece[]>();
  private line = 1;
  /** The current line: its length so far, and its kept parts (what some focus needs). */
  private length = 0;
  private head = '';
  private windows: Array<{ from: number; to: number; text: string }> = [];
  private afterCr = false;

  constructor(ranges: Iterable<FrameRange>) {
    for (const range of ranges) {
      for (const { line, focus } of frameLineFocus(range)) {
        const list = this.wanted.get(line);
        if (list === undefined) this.wanted.set(line, [focus]);
        else if (!list.includes(focus)) list.push(focus);
      }
    }
    this.startLine();
  }

  /** Feeds the next piece of text. */
  push(text: string): void {
    let at = 0;
    if (this.afterCr && text.startsWith('\n')) at = 1;
    this.afterCr = false;
    while (at < text.length) {
      const cr = text.indexOf('\r', at);
      const lf = text.indexOf('\n', at);
      const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
      if (end < 0) {
        this.add(text.slice(at));
        return;
      }
      this.add(text.slice(at, end));
      this.endLine();
      if (text[end] === '\r') {
        if (end + 1 === text.length) this.afterCr = true;
        at = text[end + 1] === '\n' ? end + 2 : end + 1;
      } else {
        at = end + 1;
      }
    }
  }

  /** The lines kept, and how many lines the text had. */
  finish(): SourceLines {
    this.endLine(true);
    const kept = this.kept;
    const lineCount = this.line - 1;
    return {
      lineCount,
      line(n, focus) {
        const pieces = kept.get(n);
        if (pieces === undefined) return undefined;
        // The piece that holds the stretch a frame shows around `focus` (FRAME_KEEP either side covers it).
        const from = Math.max(0, focus - FRAME_KEEP / 4);
        return pieces.find((p) => p.from <= from && Math.min(p.length, focus + FRAME_KEEP / 4) <= p.from + p.text.length) ?? pieces[pieces.length - 1];
      },
    };
  }

  private startLine(): void {
    this.length = 0;
    this.head = '';
    const focuses = this.wanted.get(this.line) ?? [];
    this.windows = focuses.map((f) => ({ from: Math.max(0, f - FRAME_KEEP), to: f + FRAME_KEEP, text: '' }));
  }

  private add(part: string): void {
    const start = this.length;
    this.length += part.length;
    if (this.head.length < 2 * FRAME_KEEP) this.head += part.slice(0, 2 * FRAME_KEEP - this.head.length);
    for (const w of this.windows) {
      const from = Math.max(w.from, start);
      const to = Math.min(w.to, this.length);
      if (from < to) w.text += part.slice(from - start, to - start);
    }
  }

  /** Ends the current line: keeps it when wanted (and always the last, for its length). */
  private endLine(last = false): void {
    if (this.wanted.has(this.line) || last) {
      const pieces: LinePiece[] =
        this.length <= 2 * FRAME_KEEP
          ? [{ text: this.head, from: 0, length: this.length }]
          : [{ text: this.head, from: 0, length: this.length }, ...this.windows.map((w) => ({ text: w.text, from: w.from, length: this.length }))];
      this.kept.set(this.line, pieces);
    }
    this.line++;
    if (!last) this.startLine();
  }
}
