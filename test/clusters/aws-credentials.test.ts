import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KsmigError } from '../../src/shared/errors.js';
import { RefreshingCredentials, defaultCredentialSource, type AwsCredentials } from '../../src/clusters/aws-credentials.js';

const MINUTE = 60_000;

/** A provider that hands out numbered temporary credentials expiring `ttlMs` after the fake clock. */
function fakeProvider(clock: { now: number }, ttlMs: number | undefined) {
  const calls: Array<{ forceRefresh?: boolean } | undefined> = [];
  const source = async (options?: { forceRefresh?: boolean }): Promise<AwsCredentials> => {
    calls.push(options);
    const n = calls.length;
    return {
      accessKeyId: `AKIDTEST${n}`,
      secretAccessKey: `secret-number-${n}`,
      sessionToken: `token-number-${n}`,
      expiration: ttlMs === undefined ? undefined : new Date(clock.now + ttlMs),
    };
  };
  return { source, calls };
}

describe('RefreshingCredentials', () => {
  it('reuses long-term credentials without expiry', async () => {
    const clock = { now: 0 };
    const { source, calls } = fakeProvider(clock, undefined);
    const creds = new RefreshingCredentials(source, { now: () => clock.now });
    expect((await creds.get()).accessKeyId).toBe('AKIDTEST1');
    clock.now += 1000 * MINUTE;
    expect((await creds.get()).accessKeyId).toBe('AKIDTEST1');
    expect(calls).toHaveLength(1);
  });

  it('re-resolves temporary credentials when less than 5 minutes remain', async () => {
    const clock = { now: 1_000_000 };
    const { source, calls } = fakeProvider(clock, 60 * MINUTE);
    const creds = new RefreshingCredentials(source, { now: () => clock.now });
    expect((await creds.get()).accessKeyId).toBe('AKIDTEST1');
    clock.now += 54 * MINUTE; // 6 minutes left: still fine
    expect((await creds.get()).accessKeyId).toBe('AKIDTEST1');
    clock.now += 2 * MINUTE; // 4 minutes left: refresh, forcing past the SDK's own cache
    expect((await creds.get()).accessKeyId).toBe('AKIDTEST2');
    expect(calls).toEqual([undefined, { forceRefresh: true }]);
  });

  it('shares one resolution between concurrent callers', async () => {
    const clock = { now: 0 };
    const { source, calls } = fakeProvider(clock, 60 * MINUTE);
    const creds = new RefreshingCredentials(source, { now: () => clock.now });
    const all = await Promise.all([creds.get(), creds.get(), creds.get()]);
    expect(new Set(all.map((c) => c.accessKeyId))).toEqual(new Set(['AKIDTEST1']));
    expect(calls).toHaveLength(1);
  });

  it('refuses credentials that are already expired', async () => {
    const clock = { now: 0 };
    const { source } = fakeProvider(clock, -1);
    const creds = new RefreshingCredentials(source, { now: () => clock.now });
    await expect(creds.get()).rejects.toMatchObject({ code: 'KSMIG_AWS_CREDENTIALS', message: expect.stringMatching(/expired/) });
  });

  it('turns a provider failure into a KsmigError without secrets', async () => {
    const creds = new RefreshingCredentials(
      async () => {
        throw new Error('profile has aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
      },
      { description: 'AWS profile "prod"' },
    );
    const error = await creds.get().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KsmigError);
    const k = error as KsmigError;
    expect(k.kind).toBe('connection');
    expect(k.exitCode).toBe(3);
    expect(k.message).toContain('AWS profile "prod"');
    for (const text of [k.message, k.stack ?? '', String((k.cause as Error).message), String((k.cause as Error).stack)]) {
      expect(text).not.toContain('wJalrXUtnFEMI');
    }
  });

  it('gives up on a provider that never answers', async () => {
    const creds = new RefreshingCredentials(() => new Promise<AwsCredentials>(() => undefined), { timeoutMs: 50 });
    await expect(creds.get()).rejects.toMatchObject({ code: 'KSMIG_AWS_CREDENTIALS', message: expect.stringMatching(/50 ms/) });
  });

  it('rejects an answer without keys', async () => {
    const creds = new RefreshingCredentials(async () => ({ accessKeyId: '', secretAccessKey: '' }));
    await expect(creds.get()).rejects.toMatchObject({ code: 'KSMIG_AWS_CREDENTIALS' });
  });

  it('tries again after a failure', async () => {
    let n = 0;
    const creds = new RefreshingCredentials(async () => {
      n++;
      if (n === 1) throw new Error('temporary network failure');
      return { accessKeyId: 'AKIDOK', secretAccessKey: 'secret-ok-value' };
    });
    await expect(creds.get()).rejects.toBeInstanceOf(KsmigError);
    expect((await creds.get()).accessKeyId).toBe('AKIDOK');
  });
});

describe('defaultCredentialSource (the AWS SDK chain, offline sources only)', () => {
  const saved = { ...process.env };
  const restore = () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };

  it('reads environment credentials', async () => {
    try {
      process.env.AWS_ACCESS_KEY_ID = 'AKIAENVTEST000000001';
      process.env.AWS_SECRET_ACCESS_KEY = 'env-secret-value-0001';
      process.env.AWS_SESSION_TOKEN = 'env-session-token-0001';
      delete process.env.AWS_PROFILE;
      const creds = await defaultCredentialSource()();
      expect(creds).toMatchObject({ accessKeyId: 'AKIAENVTEST000000001', secretAccessKey: 'env-secret-value-0001', sessionToken: 'env-session-token-0001' });
    } finally {
      restore();
    }
  });

  it('reads a named profile from the shared credentials file (--profile)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ksmig-aws-'));
    try {
      writeFileSync(join(dir, 'credentials'), '[default]\naws_access_key_id = AKIADEFAULT000000001\naws_secret_access_key = default-secret\n\n[ksmig-test]\naws_access_key_id = AKIAPROFILE000000001\naws_secret_access_key = profile-secret-0001\n');
      writeFileSync(join(dir, 'config'), '');
      for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) delete process.env[key];
      process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'credentials');
      process.env.AWS_CONFIG_FILE = join(dir, 'config');
      const creds = await defaultCredentialSource({ profile: 'ksmig-test' })();
      expect(creds).toMatchObject({ accessKeyId: 'AKIAPROFILE000000001', secretAccessKey: 'profile-secret-0001' });
    } finally {
      restore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
