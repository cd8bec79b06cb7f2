import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { KsmigError } from '../../src/shared/errors.js';
import { redact } from '../../src/shared/redact.js';
import { RefreshingCredentials, type AwsCredentials } from '../../src/clusters/aws-credentials.js';
import { keyspacesSignatureMatches, parseSigV4Response } from '../../src/clusters/sigv4.js';
import { SigV4AuthProvider, type SigV4Authenticator } from '../../src/clusters/sigv4-authenticator.js';

const NONCE = '91703fdc2ef562e19fbdab0f58e42fe5';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY1';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN//////////wEaCXVzLWVhc3QtMQ==';

function authenticate(authenticator: SigV4Authenticator, challenge: Buffer): Promise<{ error: Error | null; token?: Buffer }> {
  return new Promise((resolve) => {
    authenticator.evaluateChallenge(challenge, (error: Error | null, token?: Buffer) => resolve({ error, token }));
  });
}

function providerWith(source: () => Promise<AwsCredentials>, logs: string[] = [], now = () => 1591742511000) {
  return new SigV4AuthProvider({
    region: 'us-west-2',
    credentials: source,
    now,
    log: (_level, message) => logs.push(message),
  });
}

describe('SigV4 authenticator', () => {
  it('is an AuthProvider the driver accepts', () => {
    const provider = providerWith(async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET }));
    expect(() => new cassandra.Client({ contactPoints: ['127.0.0.1'], localDataCenter: 'x', authProvider: provider })).not.toThrow();
  });

  it('starts with SigV4\\0\\0', async () => {
    const authenticator = providerWith(async () => ({ accessKeyId: 'A', secretAccessKey: SECRET })).newAuthenticator('127.0.0.1:9142', 'x');
    const token = await new Promise<Buffer>((resolve, reject) =>
      authenticator.initialResponse((e: Error | null, t?: Buffer) => (e ? reject(e) : resolve(t as Buffer))),
    );
    expect(token.toString('latin1')).toBe('SigV4\0\0');
  });

  it('answers the nonce challenge with a signature the server side verifies', async () => {
    const authenticator = providerWith(async () => ({ accessKeyId: 'UserID-1', secretAccessKey: 'UserSecretKey-1' })).newAuthenticator(
      '127.0.0.1:9142',
      'org.apache.cassandra.auth.PasswordAuthenticator',
    );
    const { error, token } = await authenticate(authenticator, Buffer.from(`nonce=${NONCE}`));
    expect(error).toBeNull();
    // The published vector: same inputs, same clock.
    expect(token?.toString('utf8')).toBe(
      'signature=7f3691c18a81b8ce7457699effbfae5b09b4e0714ab38c1292dbdf082c9ddd87,access_key=UserID-1,amzdate=2020-06-09T22:41:51.000Z',
    );
    const fields = parseSigV4Response(token as Buffer);
    expect(fields && keyspacesSignatureMatches({ nonce: NONCE, region: 'us-west-2', accessKeyId: 'UserID-1', secretAccessKey: 'UserSecretKey-1', amzDate: fields.amzDate }, fields.signature)).toBe(true);
  });

  it('appends the session token of temporary credentials', async () => {
    const authenticator = providerWith(async () => ({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: SECRET, sessionToken: TOKEN })).newAuthenticator('h', 'x');
    const { token } = await authenticate(authenticator, Buffer.from(`nonce=${NONCE},other=1`));
    expect(parseSigV4Response(token as Buffer)?.sessionToken).toBe(TOKEN);
  });

  it('signs each challenge with fresh credentials once the old ones near expiry', async () => {
    let clock = 1_700_000_000_000;
    let n = 0;
    const credentials = new RefreshingCredentials(
      async () => {
        n++;
        return { accessKeyId: `ASIAKEY${n}`, secretAccessKey: `${SECRET}${n}`, sessionToken: `${TOKEN}${n}`, expiration: new Date(clock + 15 * 60_000) };
      },
      { now: () => clock },
    );
    const provider = new SigV4AuthProvider({ region: 'us-east-1', credentials, now: () => clock });
    const first = await authenticate(provider.newAuthenticator('a', 'x'), Buffer.from(`nonce=${NONCE}`));
    clock += 11 * 60_000;
    const second = await authenticate(provider.newAuthenticator('b', 'x'), Buffer.from(`nonce=${NONCE}`));
    expect(parseSigV4Response(first.token as Buffer)?.accessKeyId).toBe('ASIAKEY1');
    expect(parseSigV4Response(second.token as Buffer)?.accessKeyId).toBe('ASIAKEY2');
  });

  it('reports a malformed challenge', async () => {
    const authenticator = providerWith(async () => ({ accessKeyId: 'A', secretAccessKey: SECRET })).newAuthenticator('h', 'x');
    const { error } = await authenticate(authenticator, Buffer.from('salt=abc'));
    expect(error).toBeInstanceOf(KsmigError);
    expect((error as KsmigError).code).toBe('KSMIG_SIGV4_CHALLENGE');
  });

  it('calls back with a clear error when credentials fail, and leaks no secret', async () => {
    const logs: string[] = [];
    const authenticator = providerWith(async () => {
      throw new Error(`SSO token expired; cached secret ${SECRET} token ${TOKEN}`);
    }, logs).newAuthenticator('10.0.0.1:9142', 'x');
    const { error } = await authenticate(authenticator, Buffer.from(`nonce=${NONCE}`));
    expect(error).toBeInstanceOf(KsmigError);
    const k = error as KsmigError;
    expect(k.code).toBe('KSMIG_AWS_CREDENTIALS');
    expect(k.message).toMatch(/Could not get AWS credentials.*SSO token expired/);
    expect(logs.join('\n')).toMatch(/no credentials for 10\.0\.0\.1:9142/);
    for (const text of [k.message, k.stack ?? '', String(k.cause), (k.cause as Error).stack ?? '', k.tryMessage ?? '', ...logs]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
  });

  it('never logs the secret, the session token or the signature', async () => {
    const logs: string[] = [];
    const provider = providerWith(async () => ({ accessKeyId: 'ASIALOGTEST', secretAccessKey: SECRET, sessionToken: TOKEN }), logs);
    const authenticator = provider.newAuthenticator('10.0.0.2:9142', 'x');
    const { token } = await authenticate(authenticator, Buffer.from(`nonce=${NONCE}`));
    authenticator.onAuthenticationSuccess();
    expect(logs.length).toBeGreaterThanOrEqual(2);
    const signature = parseSigV4Response(token as Buffer)?.signature ?? 'missing';
    for (const line of logs) {
      expect(line).not.toContain(SECRET);
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain(signature);
    }
    // Resolved secrets are registered, so any later text that quotes them is masked.
    expect(redact(`oops ${SECRET} ${TOKEN}`)).toBe('oops *** ***');
  });

  it('needs a Region', () => {
    expect(() => new SigV4AuthProvider({ region: '' })).toThrow(/Region/);
  });
});
