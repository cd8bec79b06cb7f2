import { describe, expect, it } from 'vitest';
import { keyspacesSigV4Response, SIGV4_INITIAL_RESPONSE } from '../../src/clusters/sigv4.js';
import { SaslServer } from '../../src/emulator/sasl.js';

const keys = new Map([['AKIDEXAMPLE', 'secret-key-1']]);
const at = new Date('2026-11-24T08:00:00.000Z');
const server = (): SaslServer => new SaslServer({ keys, region: 'us-east-1', maxSkewSeconds: 900, now: () => at });

function challengeNonce(s: SaslServer): string {
  const step = s.step(Buffer.from(SIGV4_INITIAL_RESPONSE));
  if (step.kind !== 'challenge') throw new Error(`expected a challenge, got ${step.kind}`);
  const text = step.token.toString('ascii');
  expect(text).toMatch(/^nonce=[0-9a-f]{32}$/);
  return text.slice('nonce='.length);
}

const sign = (nonce: string, over: Partial<{ secret: string; region: string; date: Date; id: string }> = {}): Buffer =>
  Buffer.from(
    keyspacesSigV4Response({
      nonce,
      region: over.region ?? 'us-east-1',
      accessKeyId: over.id ?? 'AKIDEXAMPLE',
      secretAccessKey: over.secret ?? 'secret-key-1',
      date: over.date ?? at,
    }),
  );

describe('SaslServer (SigV4)', () => {
  it('accepts a correct signature once', () => {
    const s = server();
    const nonce = challengeNonce(s);
    expect(s.step(sign(nonce))).toEqual({ kind: 'success', principal: 'AKIDEXAMPLE', mechanism: 'sigv4' });
    expect(s.step(sign(nonce))).toEqual({ kind: 'failure', message: 'Authentication failure: Invalid signature' });
  });

  it('accepts a session token field (not part of the signature)', () => {
    const s = server();
    const nonce = challengeNonce(s);
    const token = Buffer.concat([sign(nonce), Buffer.from(',session_token=abc')]);
    expect(s.step(token).kind).toBe('success');
  });

  it('refuses a wrong secret, another Region, an unknown key', () => {
    let s = server();
    expect(s.step(sign(challengeNonce(s), { secret: 'nope' }))).toEqual({ kind: 'failure', message: 'Authentication failure: Invalid signature' });
    s = server();
    expect(s.step(sign(challengeNonce(s), { region: 'eu-west-1' }))).toEqual({ kind: 'failure', message: 'Authentication failure: Invalid signature' });
    s = server();
    expect(s.step(sign(challengeNonce(s), { id: 'AKIDOTHER' }))).toEqual({
      kind: 'failure',
      message: 'Authentication failure: The security token included in the request is invalid',
    });
  });

  it('refuses timestamps beyond the allowed skew, both ways', () => {
    let s = server();
    const old = new Date(at.getTime() - 901_000);
    expect(s.step(sign(challengeNonce(s), { date: old }))).toEqual({
      kind: 'failure',
      message: 'Authentication failure: Signature expired: 2026-11-24T07:44:59.000Z is now earlier than 2026-11-24T07:45:00.000Z',
    });
    s = server();
    const future = new Date(at.getTime() + 901_000);
    expect(s.step(sign(challengeNonce(s), { date: future }))).toEqual({
      kind: 'failure',
      message: 'Authentication failure: Signature not yet current: 2026-11-24T08:15:01.000Z is still later than 2026-11-24T08:15:00.000Z',
    });
    s = server();
    expect(s.step(sign(challengeNonce(s), { date: new Date(at.getTime() - 899_000) })).kind).toBe('success');
  });

  it('refuses a malformed response and an unknown mechanism', () => {
    const s = server();
    challengeNonce(s);
    expect(s.step(Buffer.from('signature=abc'))).toEqual({ kind: 'failure', message: 'Authentication failure: Invalid SigV4 authentication response' });
    expect(server().step(Buffer.from('hello'))).toEqual({ kind: 'failure', message: 'Authentication failure: Unsupported authentication mechanism' });
    expect(server().step(null).kind).toBe('failure');
  });
});

describe('SaslServer (service-specific credentials)', () => {
  it('accepts PLAIN with the key pair as user name and password', () => {
    expect(server().step(Buffer.from('\u0000AKIDEXAMPLE\u0000secret-key-1'))).toEqual({ kind: 'success', principal: 'AKIDEXAMPLE', mechanism: 'plain' });
  });

  it('refuses a wrong password with Keyspaces’ text, naming only the user', () => {
    const step = server().step(Buffer.from('\u0000AKIDEXAMPLE\u0000secret-key-2'));
    expect(step).toEqual({ kind: 'failure', message: 'Provided username AKIDEXAMPLE and/or password are incorrect' });
    expect(JSON.stringify(step)).not.toContain('secret-key');
  });
});
