import { createHash } from 'node:crypto';

/**
 * Statement shapes: a hand-written scanner that replaces every literal (strings, `$$` bodies,
 * numbers, uuids, blobs, durations, booleans, NaN/Infinity) and named bind marker by `?`,
 * drops comments, folds white space and lower-cases unquoted names (CQL is case-insensitive
 * there), so that every execution of one application query maps to one shape. It never builds a
 * parse tree: a query log of a million lines is scanned at I/O speed and the full parser runs
 * once per distinct shape.
 *
 * The scanner writes the shape's characters into one reused buffer of char codes, never a string
 * per token; `ShapeCache` then finds a shape seen before by a hash of that buffer (checked
 * character by character), so a repeated statement allocates no string at all.
 */

// The shape being built (char codes) and its length.
let buffer = new Uint16Array(1024);
let length = 0;
// The same memory two codes at a time (for the hash); the buffer's length is always even.
let words = new Uint32Array(buffer.buffer);

/** Buffers longer than this are given back after use (one long statement must not pin megabytes). */
const KEPT_BUFFER = 64 * 1024;

/**
 * Returns the shape of `cql`: a canonical text with literals replaced by `?`. When `literals` is
 * given, the text of every replaced string, number, uuid, blob and duration literal is appended
 * to it (so callers can mask them elsewhere).
 */
export function statementShape(cql: string, literals?: string[]): string {
  scan(cql, literals);
  return materialise();
}

/**
 * Shapes of many statements, each distinct shape kept once: `shape` returns the very string it
 * returned for an earlier statement of the same shape, without building a new one. Holds at most
 * `capacity` shapes (past that, shapes are built afresh, uncached).
 */
export class ShapeCache {
  private readonly byHash = new Map<number, string | string[]>();
  private size = 0;

  constructor(
    private readonly capacity = Number.POSITIVE_INFINITY,
    /** Hash of the scanned shape (replaceable to test collisions). */
    private readonly hash: (codes: Uint16Array, length: number) => number = hashCodes,
  ) {}

  /** The shape of `cql` (as `statementShape` returns it). */
  shape(cql: string): string {
    scan(cql, undefined);
    const h = this.hash(buffer, length);
    const found = this.byHash.get(h);
    if (found !== undefined) {
      if (typeof found === 'string') {
        if (sameAsBuffer(found)) return found;
      } else {
        for (const candidate of found) if (sameAsBuffer(candidate)) return candidate;
      }
    }
    const shape = materialise();
    if (this.size < this.capacity) {
      this.size++;
      if (found === undefined) this.byHash.set(h, shape);
      else if (typeof found === 'string') this.byHash.set(h, [found, shape]);
      else found.push(shape);
    }
    return shape;
  }
}

/**
 * A multiplicative hash over the char codes, two at a time (`scan` zeroes the code after an odd
 * length), finished as MurmurHash3 finishes.
 */
function hashCodes(codes: Uint16Array, n: number): number {
  const w = codes === buffer ? words : new Uint32Array(codes.buffer, codes.byteOffset, codes.length >> 1);
  let h = n;
  const end = (n + 1) >> 1;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ w[i]!, 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function sameAsBuffer(s: string): boolean {
  const codes = buffer;
  const n = length;
  if (s.length !== n) return false;
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) !== codes[i]) return false;
  return true;
}

/** The buffer's shape as a string (in slices: each char code is one argument). */
function materialise(): string {
  const codes = buffer;
  const n = length;
  if (n <= MATERIALISE_SLICE) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let s = '';
  for (let i = 0; i < n; i += MATERIALISE_SLICE) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + MATERIALISE_SLICE)) as unknown as number[]);
  return s;
}

const MATERIALISE_SLICE = 4096;

/**
 * Scans `cql` into the buffer (`buffer[0..length)` is its shape). Hot: its state lives in locals
 * (module variables are slower to read and write), written back at the end.
 */
function scan(cql: string, literals: string[] | undefined): void {
  const n = cql.length;
  // A shape is at most twice as long as the statement (a space before each token).
  if (buffer.length < 2 * n + 2 || (buffer.length > KEPT_BUFFER && 2 * n + 2 <= KEPT_BUFFER)) {
    buffer = new Uint16Array(Math.max(1024, 2 * n + 2));
    words = new Uint32Array(buffer.buffer);
  }
  const buf = buffer;
  let len = 0;
  // Tokens written so far; whether the last one leaves the next tight (`(`, `.`, `[`, `{`); whether
  // a `-` or `:` after it starts a value (a negative number, a named marker); where the run of
  // trailing `;` tokens starts (-1: the last token is not a `;`).
  let tokens = 0;
  let tight = false;
  let valueStart = false;
  let semicolons = -1;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = cql.charCodeAt(i);
    // names and keywords (ASCII only, so lower-casing is one bit); a-f may start a uuid instead
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) && !(isHex(c) && cql.charCodeAt(i + 8) === 45 && isUuid(cql, i))) {
      if (tokens > 0 && !tight) buf[len++] = 32;
      const at = len;
      buf[len++] = c >= 65 && c <= 90 ? c | 32 : c;
      i++;
      while (i < n) {
        const d = cql.charCodeAt(i);
        if ((CHAR[d]! & IDENT_PART) === 0) break;
        buf[len++] = d >= 65 && d <= 90 ? d | 32 : d;
        i++;
      }
      const size = len - at;
      if (size >= 2 && size <= 9 && size !== 7) {
        if (isLiteralWord(buf, at, size)) {
          len = at;
          buf[len++] = 63;
          valueStart = false;
        } else valueStart = isValueStartWord(buf, at, size);
      } else valueStart = false;
      tokens++;
      tight = false;
      semicolons = -1;
      continue;
    }
    // white space
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
      continue;
    }
    let literal = false;
    if ((c === 45 && cql.charCodeAt(i + 1) === 45) || (c === 47 && cql.charCodeAt(i + 1) === 47)) {
      // line comment
      while (i < n && cql.charCodeAt(i) !== 10) i++;
      continue;
    } else if (c === 47 && cql.charCodeAt(i + 1) === 42) {
      // block comment
      const end = cql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    } else if (c === 39) {
      // string literal with '' escapes
      i++;
      while (i < n) {
        if (cql.charCodeAt(i) === 39) {
          if (cql.charCodeAt(i + 1) === 39) i += 2;
          else break;
        } else i++;
      }
      i++;
      literal = true;
    } else if (c === 36 && cql.charCodeAt(i + 1) === 36) {
      // $$ string
      const end = cql.indexOf('$$', i + 2);
      i = end < 0 ? n : end + 2;
      literal = true;
    } else if (c === 34) {
      // quoted identifier, kept exactly
      i++;
      while (i < n) {
        if (cql.charCodeAt(i) === 34) {
          if (cql.charCodeAt(i + 1) === 34) i += 2;
          else break;
        } else i++;
      }
      i++;
      if (i > n) i = n;
      if (tokens > 0 && !tight) buf[len++] = 32;
      for (let k = start; k < i; k++) buf[len++] = cql.charCodeAt(k);
      tokens++;
      tight = false;
      valueStart = false;
      semicolons = -1;
      continue;
    } else if (isHex(c) && cql.charCodeAt(i + 8) === 45 && isUuid(cql, i)) {
      // uuid (may start with a digit or a letter)
      i += 36;
      literal = true;
    } else if (c === 48 && (cql.charCodeAt(i + 1) === 120 || cql.charCodeAt(i + 1) === 88)) {
      // blob
      i += 2;
      while (i < n && isHex(cql.charCodeAt(i))) i++;
      literal = true;
    } else {
      // number (optionally negative), float with exponent, or duration like 1h30m
      const negative = c === 45 && isDigit(cql.charCodeAt(i + 1)) && (tokens === 0 || valueStart);
      if (isDigit(c) || negative || (c === 46 && isDigit(cql.charCodeAt(i + 1)))) {
        const duration = durationEnd(cql, negative ? i + 1 : i);
        if (duration >= 0) {
          i = duration;
        } else {
          if (negative) i++;
          while (i < n && isDigit(cql.charCodeAt(i))) i++;
          if (cql.charCodeAt(i) === 46) {
            i++;
            while (i < n && isDigit(cql.charCodeAt(i))) i++;
          }
          const e = cql.charCodeAt(i);
          if (e === 101 || e === 69) {
            let j = i + 1;
            if (cql.charCodeAt(j) === 43 || cql.charCodeAt(j) === 45) j++;
            if (isDigit(cql.charCodeAt(j))) {
              i = j;
              while (i < n && isDigit(cql.charCodeAt(i))) i++;
            }
          }
        }
        literal = true;
      } else if (isIdentStart(c)) {
        // a name starting with a-f that looked like a uuid but is not one
        i++;
        while (i < n && isIdentPart(cql.charCodeAt(i))) i++;
        if (tokens > 0 && !tight) buf[len++] = 32;
        const at = len;
        for (let k = start; k < i; k++) {
          const d = cql.charCodeAt(k);
          buf[len++] = d >= 65 && d <= 90 ? d | 32 : d;
        }
        const size = len - at;
        if (isLiteralWord(buf, at, size)) {
          len = at;
          buf[len++] = 63;
          valueStart = false;
        } else valueStart = isValueStartWord(buf, at, size);
        tokens++;
        tight = false;
        semicolons = -1;
        continue;
      } else if (c === 58 && isIdentStart(cql.charCodeAt(i + 1)) && (tokens === 0 || valueStart)) {
        // named bind marker
        i++;
        while (i < n && isIdentPart(cql.charCodeAt(i))) i++;
        literal = true;
      }
    }
    if (literal) {
      if (tokens > 0 && !tight) buf[len++] = 32;
      buf[len++] = 63;
      tokens++;
      tight = false;
      valueStart = false;
      semicolons = -1;
      // Named markers are not literals: their text is not handed back.
      if (literals !== undefined && c !== 58) literals.push(cql.slice(start, i));
      continue;
    }
    // two-character operators
    const next = cql.charCodeAt(i + 1);
    if (next === 61 && (c === 60 || c === 62 || c === 33 || c === 43 || c === 45)) {
      if (tokens > 0 && !tight) buf[len++] = 32;
      buf[len++] = c;
      buf[len++] = 61;
      tokens++;
      tight = false;
      // <=, >= and != start a value; += and -= do not.
      valueStart = c === 60 || c === 62 || c === 33;
      semicolons = -1;
      i += 2;
      continue;
    }
    // one character
    const tightBefore = c === 44 || c === 41 || c === 46 || c === 59 || c === 93 || c === 125;
    if (tokens > 0 && !tight && !tightBefore) buf[len++] = 32;
    if (c === 59) {
      if (semicolons < 0) semicolons = len;
    } else semicolons = -1;
    buf[len++] = c;
    tokens++;
    tight = c === 40 || c === 46 || c === 91 || c === 123;
    valueStart = c < 128 && VALUE_START_CHAR[c] === 1;
    i++;
  }
  // Trailing `;` tokens are dropped.
  length = semicolons >= 0 ? semicolons : len;
  // The hash reads codes two at a time: the one after an odd length must not be left over.
  if ((length & 1) === 1) buf[length] = 0;
}

// Single characters after which a '-' starts a negative number (or a ':' a named marker).
const VALUE_START_CHAR = new Uint8Array(128);
for (const ch of '(,=<>[{:+-*/%') VALUE_START_CHAR[ch.charCodeAt(0)] = 1;

/** Whether the `size` char codes of `buf` at `at` spell `word`. */
function wordIs(buf: Uint16Array, at: number, size: number, word: string): boolean {
  if (size !== word.length) return false;
  for (let k = 0; k < size; k++) if (buf[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

function isLiteralWord(buf: Uint16Array, at: number, size: number): boolean {
  switch (size) {
    case 3:
      return wordIs(buf, at, size, 'nan');
    case 4:
      return wordIs(buf, at, size, 'true');
    case 5:
      return wordIs(buf, at, size, 'false');
    case 8:
      return wordIs(buf, at, size, 'infinity');
    default:
      return false;
  }
}

// Words after which a '-' starts a negative number rather than a subtraction.
function isValueStartWord(buf: Uint16Array, at: number, size: number): boolean {
  switch (size) {
    case 2:
      return wordIs(buf, at, size, 'in');
    case 3:
      return wordIs(buf, at, size, 'and') || wordIs(buf, at, size, 'set') || wordIs(buf, at, size, 'ttl');
    case 5:
      return wordIs(buf, at, size, 'limit');
    case 6:
      return wordIs(buf, at, size, 'values');
    case 9:
      return wordIs(buf, at, size, 'timestamp');
    default:
      return false;
  }
}

/** Whether a uuid (8-4-4-4-12 hex digits) starts at `i`. */
function isUuid(s: string, i: number): boolean {
  if (s.length - i < 36 || s.charCodeAt(i + 13) !== 45 || s.charCodeAt(i + 18) !== 45 || s.charCodeAt(i + 23) !== 45 || s.charCodeAt(i + 8) !== 45) return false;
  return hexRun(s, i, 8) && hexRun(s, i + 9, 4) && hexRun(s, i + 14, 4) && hexRun(s, i + 19, 4) && hexRun(s, i + 24, 12);
}

/** Whether the `count` characters of `s` at `i` are hex digits. */
function hexRun(s: string, i: number, count: number): boolean {
  for (let k = i; k < i + count; k++) if (!isHex(s.charCodeAt(k))) return false;
  return true;
}

/**
 * Where a duration (`(\d+(y|mo|w|d|h|ms|m|s|us|µs|ns))+`, case-insensitive) starting at `i` ends,
 * or -1 when none starts there.
 */
function durationEnd(s: string, i: number): number {
  let end = -1;
  let p = i;
  for (;;) {
    let q = p;
    while (isDigit(s.charCodeAt(q))) q++;
    if (q === p) return end;
    const u = unitEnd(s, q);
    if (u < 0) return end;
    end = p = u;
  }
}

/** Where the duration unit at `q` ends (tried in the order `y|mo|w|d|h|ms|m|s|us|µs|ns`), or -1. */
function unitEnd(s: string, q: number): number {
  const c = lower(s.charCodeAt(q));
  const d = lower(s.charCodeAt(q + 1));
  switch (c) {
    case 121: // y
    case 119: // w
    case 100: // d
    case 104: // h
    case 115: // s
      return q + 1;
    case 109: // mo, ms, m
      return d === 111 || d === 115 ? q + 2 : q + 1;
    case 117: // us
    case 110: // ns
    case 0xb5: // µs (case-insensitively also Greek mu, small or capital)
    case 0x3bc:
    case 0x39c:
      return d === 115 ? q + 2 : -1;
    default:
      return -1;
  }
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/** A short stable id of a shape (hex), used in fingerprints and to key shapes. */
export function shapeFingerprint(shape: string): string {
  return createHash('sha1').update(shape).digest('hex').slice(0, 16);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (CHAR[c]! & HEX) !== 0;
}

// Character classes of every UTF-16 code unit (a `charCodeAt` past the end is NaN, which reads as 0).
const IDENT_PART = 1;
const HEX = 2;
const CHAR = new Uint8Array(65536);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789') CHAR[ch.charCodeAt(0)]! |= IDENT_PART;
for (const ch of '0123456789abcdefABCDEF') CHAR[ch.charCodeAt(0)]! |= HEX;
function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdentPart(c: number): boolean {
  return (CHAR[c]! & IDENT_PART) !== 0;
}
