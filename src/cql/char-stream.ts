/**
 * The lexer's input over a JavaScript string. antlr4ng's `CharStream.fromString` copies the text
 * into an array of code points and builds every token's text one code point at a time; for a text
 * without surrogate pairs (almost every script) code points and UTF-16 code units are the same, so
 * this stream reads the string itself and a token's text is a `slice`. Texts with surrogate pairs
 * keep antlr4ng's stream. Internal to src/cql.
 */
import { CharStream, type Interval, Token } from 'antlr4ng';

/** A character stream over `text` for the lexer; same indices, characters and texts as `CharStream.fromString(text)`. */
export function charStream(text: string, hasSurrogatePairs = SURROGATE_PAIR.test(text)): CharStream {
  return hasSurrogatePairs ? CharStream.fromString(text) : new CodeUnitStream(text);
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * `CharStreamImpl`'s behaviour (antlr4ng 3.0) for a string whose code points are its code units:
 * `String#slice` and `TypedArray#slice` treat their bounds alike (negative from the end, empty
 * when reversed), so texts match its `data.slice(start, stop + 1)` exactly.
 */
class CodeUnitStream implements CharStream {
  name = '';
  index = 0;

  constructor(private readonly text: string) {}

  reset(): void {
    this.index = 0;
  }

  consume(): void {
    if (this.index >= this.text.length) throw new Error('cannot consume EOF');
    this.index += 1;
  }

  LA(offset: number): number {
    if (offset === 0) return 0;
    const pos = this.index + (offset < 0 ? offset + 1 : offset) - 1;
    if (pos < 0 || pos >= this.text.length) return Token.EOF;
    return this.text.charCodeAt(pos);
  }

  mark(): number {
    return -1;
  }

  release(): void {
    // The whole text is buffered: nothing to release.
  }

  seek(index: number): void {
    this.index = index <= this.index ? index : Math.min(index, this.text.length);
  }

  getTextFromRange(start: number, stop?: number): string {
    const size = this.text.length;
    let last = stop ?? size - 1;
    if (last >= size) last = size - 1;
    if (start >= size) return '';
    return this.text.slice(start, last + 1);
  }

  getTextFromInterval(interval: Interval): string {
    return this.getTextFromRange(interval.start, interval.stop);
  }

  toString(): string {
    return this.text;
  }

  get size(): number {
    return this.text.length;
  }

  getSourceName(): string {
    return this.name || '<unknown>';
  }
}
