const LF = 10;
const CR = 13;

/**
 * Counts the line breaks of bytes that arrive in chunks, as the readers split lines: an LF, a CRLF
 * (also across two chunks) or a lone CR each end one line. A range of a log that ends with a line
 * break holds `count` lines, so the ranges after it number their lines from there.
 */
export class LineBreakCounter {
  count = 0;
  // The last chunk ended with a CR: whether it was a line break of its own depends on the next byte.
  private pendingCr = false;

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.pendingCr) {
      this.pendingCr = false;
      if (bytes[0] !== LF) this.count++;
    }
    for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) this.count++;
    // Most logs have no CR at all: one search says so.
    for (let at = bytes.indexOf(CR); at >= 0; at = bytes.indexOf(CR, at + 1)) {
      if (at === bytes.length - 1) this.pendingCr = true;
      else if (bytes[at + 1] !== LF) this.count++;
    }
  }

  /** The count once the input has ended (a CR as its last byte is a line break). */
  finish(): number {
    if (this.pendingCr) {
      this.pendingCr = false;
      this.count++;
    }
    return this.count;
  }
}
