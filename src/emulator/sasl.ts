import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { keyspacesSignatureMatches, parseAmzDate, parseSigV4Response, SIGV4_INITIAL_RESPONSE } from '../clusters/sigv4.js';
import type { AccessKeys } from './keys.js';
import * as texts from './texts.js';

/** The authenticator class Keyspaces-compatible drivers expect to be offered. */
export const AUTHENTICATOR_CLASS = 'org.apache.cassandra.auth.PasswordAuthenticator';

export type SaslStep =
  | { kind: 'challenge'; token: Buffer }
  | { kind: 'success'; principal: string; mechanism: 'sigv4' | 'plain' }
  | { kind: 'failure'; message: string };

export interface SaslOptions {
  keys: AccessKeys;
  region: string;
  /** Largest accepted distance between the client's amzdate and the server clock, in seconds. */
  maxSkewSeconds: number;
  now?: () => Date;
}

/**
 * The server side of one connection's SASL exchange, as Keyspaces runs it: the client's first
 * response picks the mechanism — `SigV4\0\0` gets a `nonce=<32 hex>` challenge and then a signed
 * response is verified; a PLAIN token (`[authzid]\0user\0password`) is checked against the same keys
 * as service-specific credentials. A nonce is good for one answer only.
 */
export class SaslServer {
  private nonce: string | undefined;

  constructor(private readonly options: SaslOptions) {}

  step(token: Buffer | null): SaslStep {
    if (token === null) return this.fail(texts.unknownSaslMechanism);
    if (this.nonce !== undefined) return this.verifySigV4(token, this.nonce);
    // A signed response with no challenge outstanding is a replay of a spent nonce.
    if (token.subarray(0, 10).toString('latin1') === 'signature=') return this.fail(texts.invalidSignature);
    if (token.equals(SIGV4_INITIAL_RESPONSE)) {
      this.nonce = randomBytes(16).toString('hex');
      return { kind: 'challenge', token: Buffer.from(`nonce=${this.nonce}`, 'ascii') };
    }
    return this.verifyPlain(token);
  }

  private fail(message: string): SaslStep {
    this.nonce = undefined;
    return { kind: 'failure', message };
  }

  private verifySigV4(token: Buffer, nonce: string): SaslStep {
    // Single use: whatever the outcome, this nonce is spent.
    this.nonce = undefined;
    const fields = parseSigV4Response(token);
    if (!fields) return this.fail(texts.malformedSigV4);
    const secret = this.options.keys.get(fields.accessKeyId);
    if (secret === undefined) return this.fail(texts.unknownAccessKey);
    const signedAt = parseAmzDate(fields.amzDate);
    if (!signedAt) return this.fail(texts.invalidSignature);
    const now = (this.options.now ?? (() => new Date()))().getTime();
    const skewMs = this.options.maxSkewSeconds * 1000;
    if (signedAt.getTime() < now - skewMs) return this.fail(texts.signatureExpired(fields.amzDate, new Date(now - skewMs).toISOString()));
    if (signedAt.getTime() > now + skewMs) return this.fail(texts.signatureNotYetCurrent(fields.amzDate, new Date(now + skewMs).toISOString()));
    const ok = keyspacesSignatureMatches(
      { nonce, region: this.options.region, accessKeyId: fields.accessKeyId, secretAccessKey: secret, amzDate: fields.amzDate },
      fields.signature,
    );
    if (!ok) return this.fail(texts.invalidSignature);
    return { kind: 'success', principal: fields.accessKeyId, mechanism: 'sigv4' };
  }

  private verifyPlain(token: Buffer): SaslStep {
    const parts = token.toString('utf8').split('\u0000');
    if (parts.length !== 3) return this.fail(texts.unknownSaslMechanism);
    const [, username = '', password = ''] = parts;
    const secret = this.options.keys.get(username);
    if (secret === undefined || !constantTimeEqual(secret, password)) return this.fail(texts.badPassword(username));
    return { kind: 'success', principal: username, mechanism: 'plain' };
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  // Hashing first gives equal-length inputs, so timingSafeEqual never leaks the length.
  const digest = (v: string): Buffer => createHash('sha256').update(v, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}
