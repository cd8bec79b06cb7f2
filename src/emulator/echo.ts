/**
 * How client input is quoted back in error texts and log lines. A client controls the length of
 * what it sends (a [string] holds up to 65,535 bytes, a [long string] up to the frame size), so an
 * echo is cut to a short head that says it was truncated and how long the input was.
 */

/** Longest echo, in UTF-16 code units, before it is truncated. Names on Keyspaces have at most 48 characters. */
export const ECHO_LIMIT = 256;

/** `value` unchanged when it is short; else its first `limit` characters and a note of the full length in bytes. */
export function echo(value: string, limit = ECHO_LIMIT): string {
  if (value.length <= limit) return value;
  // Never split a surrogate pair: a lone high surrogate would not survive UTF-8 encoding.
  const last = value.charCodeAt(limit - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
  return `${value.slice(0, end)}… (truncated; ${Buffer.byteLength(value, 'utf8')} bytes in all)`;
}
