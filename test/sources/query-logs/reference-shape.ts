// The statement-shape scanner as it was before the buffer-and-cache rewrite, kept verbatim (bar its
// name) as the reference the rewrite is checked against (see shape-scanner.test.ts).
/**
 * Statement shapes: a hand-written scanner that replaces every literal (strings, `$$` bodies,
 * numbers, uuids, blobs, durations, booleans, NaN/Infinity) and named bind marker by `?`,
 * drops comments, folds white space and lower-cases unquoted names (CQL is case-insensitive
 * there), so that every execution of one application query maps to one shape. It never builds a
 * parse tree: a query log of a million lines is scanned at I/O speed and the full parser runs
 * once per distinct shape.
 */

const UUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/y;
const DURATION_TAIL = /(?:\d+(?:y|mo|w|d|h|ms|m|s|us|µs|ns))+/iy;
const LITERAL_WORDS = new Set(['true', 'false', 'nan', 'infinity']);
// Tokens after which a '-' starts a negative number rather than a subtraction.
const VALUE_START = new Set(['(', ',', '=', '<', '>', '<=', '>=', '!=', '[', '{', ':', '+', '-', '*', '/', '%', 'in', 'and', 'set', 'values', 'limit', 'ttl', 'timestamp']);

/**
 * Returns the shape of `cql`: a canonical text with literals replaced by `?`. When `literals` is
 * given, the text of every replaced string, number, uuid, blob and duration literal is appended
 * to it (so callers can mask them elsewhere).
 */
export function referenceStatementShape(cql: string, literals?: string[]): string {
  const out: string[] = [];
  const n = cql.length;
  let i = 0;
  let start = 0;
  const literal = (): void => {
    out.push('?');
    literals?.push(cql.slice(start, i));
  };
  while (i < n) {
    start = i;
    const c = cql.charCodeAt(i);
    // white space
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
      continue;
    }
    // comments
    if ((c === 45 && cql.charCodeAt(i + 1) === 45) || (c === 47 && cql.charCodeAt(i + 1) === 47)) {
      while (i < n && cql.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (c === 47 && cql.charCodeAt(i + 1) === 42) {
      const end = cql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    // string literal with '' escapes
    if (c === 39) {
      i++;
      while (i < n) {
        if (cql.charCodeAt(i) === 39) {
          if (cql.charCodeAt(i + 1) === 39) i += 2;
          else break;
        } else i++;
      }
      i++;
      literal();
      continue;
    }
    // $$ string
    if (c === 36 && cql.charCodeAt(i + 1) === 36) {
      const end = cql.indexOf('$$', i + 2);
      i = end < 0 ? n : end + 2;
      literal();
      continue;
    }
    // quoted identifier, kept exactly
    if (c === 34) {
      const start = i++;
      while (i < n) {
        if (cql.charCodeAt(i) === 34) {
          if (cql.charCodeAt(i + 1) === 34) i += 2;
          else break;
        } else i++;
      }
      i++;
      out.push(cql.slice(start, i));
      continue;
    }
    // uuid (may start with a digit or a letter)
    if (isHex(c)) {
      UUID.lastIndex = i;
      if (UUID.test(cql)) {
        i = UUID.lastIndex;
        literal();
        continue;
      }
    }
    // blob
    if (c === 48 && (cql.charCodeAt(i + 1) === 120 || cql.charCodeAt(i + 1) === 88)) {
      i += 2;
      while (i < n && isHex(cql.charCodeAt(i))) i++;
      literal();
      continue;
    }
    // number (optionally negative), float with exponent, or duration like 1h30m
    const negative = c === 45 && isDigit(cql.charCodeAt(i + 1)) && (out.length === 0 || VALUE_START.has(out[out.length - 1]!));
    if (isDigit(c) || negative || (c === 46 && isDigit(cql.charCodeAt(i + 1)))) {
      DURATION_TAIL.lastIndex = negative ? i + 1 : i;
      if (DURATION_TAIL.test(cql)) {
        i = DURATION_TAIL.lastIndex;
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
      literal();
      continue;
    }
    // names and keywords
    if (isIdentStart(c)) {
      const start = i++;
      while (i < n && isIdentPart(cql.charCodeAt(i))) i++;
      const word = cql.slice(start, i).toLowerCase();
      out.push(LITERAL_WORDS.has(word) ? '?' : word);
      continue;
    }
    // named bind marker
    if (c === 58 && isIdentStart(cql.charCodeAt(i + 1)) && (out.length === 0 || VALUE_START.has(out[out.length - 1]!))) {
      i++;
      while (i < n && isIdentPart(cql.charCodeAt(i))) i++;
      out.push('?');
      continue;
    }
    // two-character operators
    const two = cql.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '!=' || two === '+=' || two === '-=') {
      out.push(two);
      i += 2;
      continue;
    }
    out.push(cql[i]!);
    i++;
  }
  while (out.length > 0 && out[out.length - 1] === ';') out.pop();
  return join(out);
}


function join(tokens: readonly string[]): string {
  let s = '';
  let prev = '';
  for (const t of tokens) {
    const tight = s.length === 0 || t === ',' || t === ')' || t === '.' || t === ';' || t === ']' || t === '}' || prev === '(' || prev === '.' || prev === '[' || prev === '{';
    s += tight ? t : ` ${t}`;
    prev = t;
  }
  return s;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}
