import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCapacity, parseHostPort, parseNonNegative, parsePositiveInteger, parseRegion } from '../../src/emulator/config.js';
import { DEFAULT_LIMITS, resolveLimits } from '../../src/emulator/limits.js';
import { loadKeys, parseKeys } from '../../src/emulator/keys.js';
import { ensureKeysFile } from '../../src/emulator/run.js';
import { ensureTlsMaterial, loadTlsMaterial } from '../../src/emulator/tls.js';
import { redact } from '../../src/shared/redact.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-unit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('flag values', () => {
  it('parses whole numbers of connections and MiB', () => {
    expect(parsePositiveInteger('1000', '--max-connections', 'connections')).toBe(1000);
    for (const bad of ['0', '-1', '1.5', 'lots', '', '99999999999999999999']) {
      expect(() => parsePositiveInteger(bad, '--max-connections', 'connections')).toThrow(`--max-connections: expected a whole number of connections (≥ 1), got "${bad}"`);
    }
  });

  it('fills the limits not given from the defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxConnections: 1000, authTimeoutMs: 10_000, idleTimeoutMs: 600_000, maxBufferedBytes: 256 * 1024 * 1024 });
    expect(resolveLimits({ idleTimeoutMs: 0 })).toEqual({ ...DEFAULT_LIMITS, idleTimeoutMs: 0 });
  });

  it('parses HOST:PORT and [IPv6]:PORT, naming the flag on error', () => {
    expect(parseHostPort('127.0.0.1:9042', '--backend')).toEqual({ host: '127.0.0.1', port: 9042 });
    expect(parseHostPort('[::1]:0', '--listen', { allowZeroPort: true })).toEqual({ host: '::1', port: 0 });
    expect(() => parseHostPort('127.0.0.1:0', '--backend')).toThrow('--backend: expected HOST:PORT with a port from 1 to 65535, got "127.0.0.1:0"');
    expect(() => parseHostPort('localhost', '--listen', { allowZeroPort: true })).toThrow(/--listen: expected HOST:PORT/);
    expect(() => parseHostPort('h:70000', '--backend')).toThrow(/port from 1 to 65535/);
  });

  it('checks numbers and Regions', () => {
    expect(parseNonNegative('900', '--max-skew', 'a number of seconds')).toBe(900);
    expect(() => parseNonNegative('-1', '--max-skew', 'a number of seconds')).toThrow('--max-skew: expected a number of seconds (a number ≥ 0), got "-1"');
    expect(parseCapacity('100', '--write-capacity')).toBe(100);
    expect(() => parseCapacity('1.5', '--write-capacity')).toThrow(/whole number of capacity units/);
    expect(parseRegion('ap-southeast-2')).toBe('ap-southeast-2');
    expect(() => parseRegion('Mars')).toThrow('--region: expected an AWS Region such as us-east-1, got "Mars"');
  });
});

describe('keys file', () => {
  it('reads pairs, skips comments and registers secrets for redaction', () => {
    const keys = parseKeys('# comment\nAKID1 secret-one-1234\n\n  AKID2\tsecret-two-5678  \n', 'k');
    expect([...keys]).toEqual([
      ['AKID1', 'secret-one-1234'],
      ['AKID2', 'secret-two-5678'],
    ]);
    expect(redact('token secret-two-5678 here')).toBe('token *** here');
  });

  it('names the line of a malformed entry and refuses an empty file', async () => {
    expect(() => parseKeys('AKID1 a b\n', 'keys.txt')).toThrow('keys.txt:1: expected "ACCESS_KEY_ID SECRET_ACCESS_KEY" (two fields), found 3');
    expect(() => parseKeys('# none\n', 'keys.txt')).toThrow(/at least one/);
    await expect(loadKeys(join(dir, 'missing'))).rejects.toThrow(/--keys: cannot read .*missing \(ENOENT\)/);
  });

  it('generates one private key pair on first use and reuses it', async () => {
    const first = await ensureKeysFile(join(dir, 'state'));
    const [[id, secret]] = [...first.keys] as [[string, string]];
    expect(id).toMatch(/^AKIAEMU[A-Z2-7]{13}$/);
    expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
    expect((await stat(first.path)).mode & 0o777).toBe(0o600);
    expect([...(await ensureKeysFile(join(dir, 'state'))).keys]).toEqual([[id, secret]]);
  });
});

describe('TLS material', () => {
  it('creates a CA and a server certificate for localhost and 127.0.0.1, then reuses them', async () => {
    const tlsDir = join(dir, 'tls');
    const made = await ensureTlsMaterial(tlsDir);
    const ca = new X509Certificate(await readFile(made.caPath));
    const cert = new X509Certificate(made.cert);
    expect(ca.ca).toBe(true);
    expect(cert.ca).toBe(false);
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    const again = await ensureTlsMaterial(tlsDir);
    expect(again.cert).toBe(made.cert);
  });

  it('loads given certificate files and names a missing one', async () => {
    const made = await ensureTlsMaterial(join(dir, 'tls'));
    const given = await loadTlsMaterial(join(dir, 'tls', 'server.pem'), join(dir, 'tls', 'server-key.pem'), made.caPath);
    expect(given.cert).toBe(made.cert);
    await expect(loadTlsMaterial(join(dir, 'nope.pem'), join(dir, 'tls', 'server-key.pem'), made.caPath)).rejects.toThrow(
      /--tls-cert: .*nope\.pem does not exist; expected a PEM file/,
    );
  });
});
