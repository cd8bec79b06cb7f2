/**
 * Turning ANTLR character indices into `SourcePosition`s. antlr4ng's `CharStream.fromString`
 * indexes Unicode code points, while our positions count UTF-16 code units (as SARIF does), so
 * indices are mapped through the text. Lines break at `\n` (so `\r\n` counts once), as in the
 * parse layer's syntax-error positions.
 */
import type { SourcePosition } from '../source.js';

/** Where a parsed text sits inside the whole script (all zeros/ones for the script itself). */
export interface TextOrigin {
  /** UTF-16 offset of the parsed text's first character in the script. */
  offset: number;
  /** 1-based line of that character. */
  line: number;
  /** 1-based UTF-16 column of that character. */
  column: number;
}

export const SCRIPT_ORIGIN: TextOrigin = { offset: 0, line: 1, column: 1 };

/** Maps code-point indices of `text` (as ANTLR reports them) to script positions. */
export type PositionMapper = (codePointIndex: number) => SourcePosition;

export function createPositionMapper(text: string, origin: TextOrigin = SCRIPT_ORIGIN): PositionMapper {
  // UTF-16 offset of each code point, needed only when the text has surrogate pairs.
  let utf16Of: Uint32Array | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      utf16Of = codePointOffsets(text);
      break;
    }
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
  }
  return (codePointIndex: number): SourcePosition => {
    const local =
      utf16Of === undefined ? codePointIndex : codePointIndex < utf16Of.length ? (utf16Of[codePointIndex] as number) : text.length;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= local) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = lineStarts[lo] as number;
    return {
      offset: origin.offset + local,
      line: origin.line + lo,
      column: lo === 0 ? origin.column + local : local - lineStart + 1,
    };
  };
}

function codePointOffsets(text: string): Uint32Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  return Uint32Array.from(out);
}
