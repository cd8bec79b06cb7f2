import { describe, expect, it } from 'vitest';
import { KsmigError } from '../../src/shared/errors.js';
import {
  SIGV4_INITIAL_RESPONSE,
  formatAmzDate,
  keyspacesSigV4Response,
  keyspacesSignature,
  keyspacesSignatureMatches,
  keyspacesSignatureParts,
  keyspacesSigningKey,
  parseAmzDate,
  parseNonce,
  parseSigV4Response,
} from '../../src/clusters/sigv4.js';

// Published test vector shared by the AWS Node, Python and Go SigV4 plugins (keyspaces-facts.md §2 item 10).
const VECTOR = {
  region: 'us-west-2',
  accessKeyId: 'UserID-1',
  secretAccessKey: 'UserSecretKey-1',
  nonce: '91703fdc2ef562e19fbdab0f58e42fe5',
  amzDate: '2020-06-09T22:41:51.000Z',
  date: new Date(1591742511000),
  nonceHash: 'ddf250111597b3f35e51e649f59e3f8b30ff5b247166d709dc1b1e60bd927070',
  canonicalRequestHash: 'bf5cc15759befc37fc35689dcdd7938a9ad042b6326f537c4c5eecaa2ebf911e',
  signingKey: '7fb139473f153aec1b05747b0cd5cd77a1186d22ae895a3a0128e699d72e1aba',
  signature: '7f3691c18a81b8ce7457699effbfae5b09b4e0714ab38c1292dbdf082c9ddd87',
};

describe('Keyspaces SigV4 test vector', () => {
  const parts = keyspacesSignatureParts(VECTOR);

  it('hashes the nonce as the payload', () => {
    expect(parts.payloadHash).toBe(VECTOR.nonceHash);
  });

  it('builds the canonical request byte for byte', () => {
    expect(parts.canonicalRequest).toBe(
      [
        'PUT',
        '/authenticate',
        'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=UserID-1%2F20200609%2Fus-west-2%2Fcassandra%2Faws4_request' +
          '&X-Amz-Date=2020-06-09T22%3A41%3A51.000Z&X-Amz-Expires=900',
        'host:cassandra',
        '',
        'host',
        VECTOR.nonceHash,
      ].join('\n'),
    );
    expect(parts.canonicalRequestHash).toBe(VECTOR.canonicalRequestHash);
  });

  it('builds the scope and string to sign', () => {
    expect(parts.dateStamp).toBe('20200609');
    expect(parts.scope).toBe('20200609/us-west-2/cassandra/aws4_request');
    expect(parts.stringToSign).toBe(
      `AWS4-HMAC-SHA256\n2020-06-09T22:41:51.000Z\n20200609/us-west-2/cassandra/aws4_request\n${VECTOR.canonicalRequestHash}`,
    );
  });

  it('derives the signing key and the signature', () => {
    const key = keyspacesSigningKey(VECTOR.secretAccessKey, '20200609', VECTOR.region);
    expect(key.toString('hex')).toBe(VECTOR.signingKey);
    expect(parts.signature).toBe(VECTOR.signature);
    expect(keyspacesSignature(VECTOR)).toBe(VECTOR.signature);
  });

  it('produces the full response, with and without a session token', () => {
    expect(keyspacesSigV4Response({ ...VECTOR, date: VECTOR.date })).toBe(
      `signature=${VECTOR.signature},access_key=UserID-1,amzdate=2020-06-09T22:41:51.000Z`,
    );
    // The session token is appended but never signed, so the signature is unchanged.
    expect(keyspacesSigV4Response({ ...VECTOR, sessionToken: 'sess-token-1' })).toBe(
      `signature=${VECTOR.signature},access_key=UserID-1,amzdate=2020-06-09T22:41:51.000Z,session_token=sess-token-1`,
    );
  });

  it('changes the signature when any signed input changes', () => {
    const variants = [
      { ...VECTOR, nonce: '01703fdc2ef562e19fbdab0f58e42fe5' },
      { ...VECTOR, region: 'us-east-1' },
      { ...VECTOR, accessKeyId: 'UserID-2' },
      { ...VECTOR, secretAccessKey: 'UserSecretKey-2' },
      { ...VECTOR, amzDate: '2020-06-09T22:41:51.001Z' },
    ];
    for (const v of variants) expect(keyspacesSignature(v)).not.toBe(VECTOR.signature);
  });

  it('sends SigV4\\0\\0 as the initial response', () => {
    expect([...SIGV4_INITIAL_RESPONSE]).toEqual([0x53, 0x69, 0x67, 0x56, 0x34, 0x00, 0x00]);
  });

  it('refuses access key IDs that aws4 would encode differently from the plugins', () => {
    expect(() => keyspacesSignature({ ...VECTOR, accessKeyId: 'a/b' })).toThrow(KsmigError);
    expect(() => keyspacesSignature({ ...VECTOR, region: '' })).toThrow(/Region/);
  });
});

describe('formatAmzDate / parseAmzDate', () => {
  it('uses ISO-8601 with milliseconds in UTC', () => {
    expect(formatAmzDate(VECTOR.date)).toBe('2020-06-09T22:41:51.000Z');
    expect(formatAmzDate(new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)))).toBe('2024-01-02T03:04:05.678Z');
  });

  it('truncates sub-millisecond time instead of rounding up to .1000', () => {
    // 999.9 ms: a rounding formatter (like the Python plugin's) would print an invalid ".1000".
    expect(formatAmzDate(new Date(Date.UTC(2024, 0, 2, 3, 4, 5) + 999.9))).toBe('2024-01-02T03:04:05.999Z');
  });

  it('rejects invalid dates', () => {
    expect(() => formatAmzDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatAmzDate(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
  });

  it('parses only the exact Keyspaces form', () => {
    expect(parseAmzDate('2020-06-09T22:41:51.000Z')?.getTime()).toBe(1591742511000);
    expect(parseAmzDate('20200609T224151Z')).toBeUndefined();
    expect(parseAmzDate('2020-06-09T22:41:51Z')).toBeUndefined();
    expect(parseAmzDate('2020-13-09T22:41:51.000Z')).toBeUndefined();
    expect(parseAmzDate('2020-02-30T22:41:51.000Z')).toBeUndefined();
  });
});

describe('parseNonce', () => {
  it('reads the nonce after the prefix up to a comma or the end', () => {
    expect(parseNonce(Buffer.from('nonce=91703fdc2ef562e19fbdab0f58e42fe5'))).toBe(VECTOR.nonce);
    expect(parseNonce('nonce=abc,extra=1')).toBe('abc');
  });

  it('requires the nonce= prefix and a non-empty value', () => {
    for (const bad of ['', 'nonce', 'x nonce=abc', 'NONCE=abc', 'nonce=', 'nonce=,x']) {
      let caught: unknown;
      try {
        parseNonce(bad);
      } catch (e) {
        caught = e;
      }
      expect(caught, bad).toBeInstanceOf(KsmigError);
      expect((caught as KsmigError).code).toBe('KSMIG_SIGV4_CHALLENGE');
    }
  });
});

describe('server-side helpers', () => {
  it('parses a response in any field order', () => {
    const response = keyspacesSigV4Response({ ...VECTOR, sessionToken: 'tok=/+' });
    expect(parseSigV4Response(Buffer.from(response))).toEqual({
      signature: VECTOR.signature,
      accessKeyId: 'UserID-1',
      amzDate: VECTOR.amzDate,
      sessionToken: 'tok=/+',
    });
    expect(parseSigV4Response(`amzdate=${VECTOR.amzDate},access_key=k,signature=s`)).toEqual({
      signature: 's',
      accessKeyId: 'k',
      amzDate: VECTOR.amzDate,
    });
    expect(parseSigV4Response('signature=s,access_key=k')).toBeUndefined();
    expect(parseSigV4Response('PLAIN')).toBeUndefined();
  });

  it('verifies signatures', () => {
    expect(keyspacesSignatureMatches(VECTOR, VECTOR.signature)).toBe(true);
    expect(keyspacesSignatureMatches(VECTOR, VECTOR.signature.replace(/^7/, '8'))).toBe(false);
    expect(keyspacesSignatureMatches(VECTOR, 'short')).toBe(false);
    expect(keyspacesSignatureMatches({ ...VECTOR, amzDate: 'garbage' }, VECTOR.signature)).toBe(false);
  });
});
