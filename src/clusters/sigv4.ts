/**
 * The Amazon Keyspaces variant of AWS Signature Version 4, as carried in the CQL SASL exchange
 * (keyspaces-facts.md §2). Pure functions: the client authenticator and the emulator's server-side
 * check both use them, so the two sides cannot drift apart.
 *
 * The exchange: the client answers the server's AUTHENTICATE with `SigV4\0\0`; the server challenges
 * with `nonce=<value>`; the client answers `signature=<hex>,access_key=<id>,amzdate=<t>` (plus
 * `,session_token=<token>` for temporary credentials), where the signature covers a fixed
 * `PUT /authenticate` request whose payload is the nonce.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import aws4 from 'aws4';
import { KsmigError } from '../shared/errors.js';

/** The SASL initial response that selects SigV4: the 7 bytes `SigV4\0\0`. */
export const SIGV4_INITIAL_RESPONSE: Buffer = Buffer.from('SigV4\u0000\u0000', 'utf8');

/** Signing service name in the credential scope. */
export const KEYSPACES_SIGNING_SERVICE = 'cassandra';

/** Lifetime, in seconds, written into every signed request (`X-Amz-Expires`). */
export const SIGV4_EXPIRES_SECONDS = 900;

/** AWS credentials as used for signing. */
export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

/** Inputs for one signature. `amzDate` is the Keyspaces timestamp string exactly as sent (see {@link formatAmzDate}). */
export interface KeyspacesSignatureInput {
  nonce: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  amzDate: string;
}

/** Inputs for a complete SASL response. */
export interface KeyspacesResponseInput extends SigningCredentials {
  nonce: string;
  region: string;
  /** The signing time; defaults to now. */
  date?: Date;
}

/** Every intermediate value of one signature, for tests and for diagnosing a mismatch server-side. */
export interface KeyspacesSignatureParts {
  /** `YYYYMMDD`. */
  dateStamp: string;
  /** `<YYYYMMDD>/<region>/cassandra/aws4_request`. */
  scope: string;
  /** Lowercase hex SHA-256 of the nonce (the canonical request's payload hash). */
  payloadHash: string;
  canonicalRequest: string;
  /** Lowercase hex SHA-256 of the canonical request. */
  canonicalRequestHash: string;
  stringToSign: string;
  /** Lowercase hex signature. */
  signature: string;
}

/** The fields of a client's SASL response, as parsed by {@link parseSigV4Response}. */
export interface SigV4ResponseFields {
  signature: string;
  accessKeyId: string;
  amzDate: string;
  sessionToken?: string;
}

const AMZ_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$/;
// Characters that RFC 3986 leaves unencoded: within this set the access key ID is identical whether
// or not it is URL-encoded, which is what lets aws4 (which encodes it) match the Keyspaces plugins
// (which do not). Real access key IDs are upper-case letters and digits.
const ACCESS_KEY_ID_PATTERN = /^[A-Za-z0-9._~-]+$/;

/**
 * Formats a signing time the way Keyspaces expects: ISO-8601 in UTC with milliseconds and colons
 * (`2020-06-09T22:41:51.000Z`), not SigV4's usual `YYYYMMDDTHHMMSSZ`. A `Date` holds whole
 * milliseconds, so this truncates sub-millisecond time by construction and never rounds up to `.1000`.
 */
export function formatAmzDate(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('SigV4 signing time is not a valid date');
  const iso = date.toISOString();
  if (!AMZ_DATE_PATTERN.test(iso)) throw new RangeError(`SigV4 signing time is outside years 0000-9999: ${iso}`);
  return iso;
}

/** Parses a Keyspaces timestamp (`YYYY-MM-DDTHH:MM:SS.mmmZ`, strictly); `undefined` when malformed. */
export function parseAmzDate(amzDate: string): Date | undefined {
  const m = AMZ_DATE_PATTERN.exec(amzDate);
  if (!m) return undefined;
  const date = new Date(amzDate);
  // Reject values such as month 13 that Date would roll over or refuse.
  if (Number.isNaN(date.getTime()) || date.toISOString() !== amzDate) return undefined;
  return date;
}

/**
 * Extracts the nonce from the server's SASL challenge. The challenge must start with `nonce=`; the
 * nonce runs to the first `,` or the end. Throws a `KsmigError` (connection) when it does not.
 */
export function parseNonce(challenge: Buffer | string): string {
  const text = typeof challenge === 'string' ? challenge : challenge.toString('utf8');
  const prefix = 'nonce=';
  if (!text.startsWith(prefix)) {
    throw new KsmigError('connection', 'KSMIG_SIGV4_CHALLENGE', 'SigV4 authentication failed: the server challenge does not start with "nonce=".', {
      tryMessage: 'Check that the endpoint is Amazon Keyspaces (or ksmig emulate) and not a plain Cassandra node.',
    });
  }
  const end = text.indexOf(',', prefix.length);
  const nonce = text.slice(prefix.length, end < 0 ? undefined : end);
  if (nonce.length === 0) {
    throw new KsmigError('connection', 'KSMIG_SIGV4_CHALLENGE', 'SigV4 authentication failed: the server challenge carries an empty nonce.');
  }
  return nonce;
}

/**
 * aws4's signer, adjusted for Keyspaces: the timestamp in the string to sign is the Keyspaces form
 * (ISO-8601 with milliseconds) and the date stamp comes from it. Everything else — canonical request
 * (method, path, sorted and RFC 3986-encoded query, canonical headers, payload hash of the body),
 * string to sign and HMAC key chain — is aws4's own.
 */
class KeyspacesRequestSigner extends aws4.RequestSigner {
  private readonly amzDate: string;
  private readonly dateStamp: string;

  constructor(request: aws4.Request, credentials: aws4.Credentials, amzDate: string, dateStamp: string) {
    super(request, credentials);
    this.amzDate = amzDate;
    this.dateStamp = dateStamp;
  }

  override getDateTime(): string {
    return this.amzDate;
  }

  override getDate(): string {
    return this.dateStamp;
  }
}

function dateStampOf(amzDate: string): string {
  const m = AMZ_DATE_PATTERN.exec(amzDate);
  if (!m) throw new RangeError('SigV4 amzdate must look like 2020-06-09T22:41:51.000Z');
  return `${m[1]}${m[2]}${m[3]}`;
}

function signerFor(input: KeyspacesSignatureInput): KeyspacesRequestSigner {
  if (!ACCESS_KEY_ID_PATTERN.test(input.accessKeyId)) {
    throw new KsmigError('config', 'KSMIG_SIGV4_ACCESS_KEY', 'SigV4 access key ID may contain only letters, digits and "-._~".');
  }
  if (input.region.length === 0) throw new KsmigError('config', 'KSMIG_SIGV4_REGION', 'SigV4 signing needs an AWS Region.');
  const dateStamp = dateStampOf(input.amzDate);
  const scope = `${dateStamp}/${input.region}/${KEYSPACES_SIGNING_SERVICE}/aws4_request`;
  // The query is written pre-encoded, as the Keyspaces plugins build it; aws4 parses and re-encodes
  // it identically (sorted keys, RFC 3986), which holds because the access key ID is unreserved-only.
  const query = [
    'X-Amz-Algorithm=AWS4-HMAC-SHA256',
    `X-Amz-Credential=${input.accessKeyId}%2F${encodeURIComponent(scope)}`,
    `X-Amz-Date=${encodeURIComponent(input.amzDate)}`,
    `X-Amz-Expires=${SIGV4_EXPIRES_SECONDS}`,
  ].join('&');
  return new KeyspacesRequestSigner(
    {
      method: 'PUT',
      host: KEYSPACES_SIGNING_SERVICE,
      service: KEYSPACES_SIGNING_SERVICE,
      region: input.region,
      path: `/authenticate?${query}`,
      body: input.nonce,
      // `host: cassandra` must be the only signed header: no Content-Type, X-Amz-Date or
      // X-Amz-Security-Token (the session token is not signed in the Keyspaces variant).
      headers: { Host: KEYSPACES_SIGNING_SERVICE },
      doNotModifyHeaders: true,
    },
    // The session token is deliberately not passed: with it aws4 would sign an extra header.
    { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey },
    input.amzDate,
    dateStamp,
  );
}

/** Computes the signature and every intermediate value for one Keyspaces SigV4 exchange. */
export function keyspacesSignatureParts(input: KeyspacesSignatureInput): KeyspacesSignatureParts {
  const signer = signerFor(input);
  const canonicalRequest = signer.canonicalString();
  const stringToSign = signer.stringToSign();
  return {
    dateStamp: signer.getDate(),
    scope: signer.credentialString(),
    payloadHash: createHash('sha256').update(input.nonce, 'utf8').digest('hex'),
    canonicalRequest,
    canonicalRequestHash: createHash('sha256').update(canonicalRequest, 'utf8').digest('hex'),
    stringToSign,
    signature: signer.signature(),
  };
}

/** The lowercase hex signature for one Keyspaces SigV4 exchange. */
export function keyspacesSignature(input: KeyspacesSignatureInput): string {
  return signerFor(input).signature();
}

/**
 * Server side: whether `signature` (lowercase hex, as received) is the correct signature for the
 * input. Compares in constant time; any malformed input yields `false` rather than an exception.
 */
export function keyspacesSignatureMatches(input: KeyspacesSignatureInput, signature: string): boolean {
  let expected: string;
  try {
    expected = keyspacesSignature(input);
  } catch {
    return false;
  }
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(signature, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The SigV4 signing key (`kSigning`) for a date stamp and Region. aws4 keeps this internal; it is
 * exported so tests can check the key chain against the published vector and so a server can
 * cache keys per day.
 */
export function keyspacesSigningKey(secretAccessKey: string, dateStamp: string, region: string): Buffer {
  const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();
  const kDate = hmac(`AWS4${secretAccessKey}`, dateStamp);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, KEYSPACES_SIGNING_SERVICE);
  return hmac(kService, 'aws4_request');
}

/**
 * The complete SASL response for a nonce:
 * `signature=<hex>,access_key=<id>,amzdate=<t>[,session_token=<token>]`.
 */
export function keyspacesSigV4Response(input: KeyspacesResponseInput): string {
  const amzDate = formatAmzDate(input.date ?? new Date());
  const signature = keyspacesSignature({
    nonce: input.nonce,
    region: input.region,
    accessKeyId: input.accessKeyId,
    secretAccessKey: input.secretAccessKey,
    amzDate,
  });
  const fields = [`signature=${signature}`, `access_key=${input.accessKeyId}`, `amzdate=${amzDate}`];
  if (input.sessionToken) fields.push(`session_token=${input.sessionToken}`);
  return fields.join(',');
}

/**
 * Parses a client's SASL response (the server side of the exchange). Returns `undefined` unless
 * `signature`, `access_key` and `amzdate` are all present; `session_token` is optional. Field order
 * is not significant; unknown fields are ignored.
 */
export function parseSigV4Response(token: Buffer | string): SigV4ResponseFields | undefined {
  const text = typeof token === 'string' ? token : token.toString('utf8');
  const values = new Map<string, string>();
  for (const field of text.split(',')) {
    const eq = field.indexOf('=');
    if (eq <= 0) continue;
    values.set(field.slice(0, eq), field.slice(eq + 1));
  }
  const signature = values.get('signature');
  const accessKeyId = values.get('access_key');
  const amzDate = values.get('amzdate');
  if (!signature || !accessKeyId || !amzDate) return undefined;
  const sessionToken = values.get('session_token');
  return sessionToken ? { signature, accessKeyId, amzDate, sessionToken } : { signature, accessKeyId, amzDate };
}
