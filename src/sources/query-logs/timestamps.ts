/**
 * The time a logged statement ran, as the formats write it: epoch numbers in seconds, milliseconds
 * (Cassandra's audit log `timestamp:` and fqltool's `Query start time:`), microseconds or
 * nanoseconds, told apart by magnitude; or ISO 8601 text (`2026-11-24T07:00:00Z`, a space for
 * the `T`, an offset or none for UTC).
 */

// Epoch values from 2001-09-09 on have at least 10 digits in seconds; each finer unit adds three.
const SECONDS_BELOW = 1e11;
const MILLIS_BELOW = 1e14;
const MICROS_BELOW = 1e17;

const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Milliseconds since the epoch of `value`, or undefined when it is not a time. */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value === 'number') return fromEpochNumber(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return fromEpochNumber(Number(text));
  if (!ISO.test(text)) return undefined;
  const normalised = text.replace(' ', 'T').replace(',', '.');
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(normalised) ? normalised : `${normalised}Z`;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? ms : undefined;
}

function fromEpochNumber(n: number): number | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  if (n < SECONDS_BELOW) return n * 1000;
  if (n < MILLIS_BELOW) return n;
  if (n < MICROS_BELOW) return n / 1000;
  return n / 1e6;
}
