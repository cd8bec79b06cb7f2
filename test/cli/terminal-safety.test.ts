/**
 * Issue 14, items 10 and 11: bytes from inputs and servers never drive the terminal, and secrets
 * never come back in messages.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectError } from '../../src/clusters/connect-error.js';
import { redact } from '../../src/shared/redact.js';
import { runCli } from '../helpers/cli.js';

const ESC = '\u001b';
const BEL = '\u0007';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-terminal-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('control characters (item 10)', () => {
  it('escapes them in the text report: code frames, messages, file names', async () => {
    const path = join(dir, `evil${ESC}]0;pwned${BEL}.cql`);
    await writeFile(path, `TRUNCATE "ks${ESC}[2J"."t${BEL}";\nSELECT * FROM ks.t WHERE v = '${ESC}]52;c;aGk=${BEL}' ALLOW FILTERING;\n`);
    const r = await runCli(['audit', path, '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain(BEL);
    expect(r.stdout).toContain('\\x1b[2J');
    expect(r.stdout).toContain(`evil\\x1b]0;pwned\\x07.cql`);
  });

  it('escapes them in query-log shapes shown with --show-literals', async () => {
    const log = join(dir, 'queries.log');
    await writeFile(log, `SELECT * FROM ks.t WHERE v = '${ESC}[31mred' ALLOW FILTERING\n`);
    const r = await runCli(['audit', log, '--show-literals']);
    expect(r.stdout).toContain('\\x1b[31mred');
    expect(r.stdout).not.toContain(ESC);
  });

  it('escapes them in GitHub annotations, and keeps them exact in JSON, SARIF and JUnit', async () => {
    const input = `TRUNCATE "k${ESC}s".t;\n`;
    const github = await runCli(['audit', '-', '--format', 'github'], { stdin: input });
    expect(github.stdout).not.toContain(ESC);
    expect(github.stdout).toContain('\\x1b');
    for (const format of ['json', 'sarif', 'junit']) {
      const r = await runCli(['audit', '-', '--format', format], { stdin: input });
      expect(r.stdout).not.toContain(ESC);
      // Encoded by the format itself, so a reader gets the text back exactly.
      expect(r.stdout).toMatch(/\\u001b/);
    }
  });

  it('escapes them in messages on standard error', async () => {
    const r = await runCli(['audit', join(dir, `missing${ESC}[2J.cql`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing\\x1b[2J.cql');
    expect(r.stderr).not.toContain(ESC);
  });
});

describe('secrets and messages (item 11)', () => {
  it('never prints the password of an --origin written as user:password@host', async () => {
    const r = await runCli(['audit', '--origin', 'app:Hunter2Secret@10.0.0.5']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('Hunter2Secret');
    expect(r.stderr).toContain('--username');
  });

  it('masks the values of password fields without garbling sentences about them', () => {
    expect(redact('origin.password: secrets are not read from config files')).toBe('origin.password: secrets are not read from config files');
    expect(redact('login with password=abc123 failed')).toBe('login with password=*** failed');
    expect(redact('{"password":"abc123","user":"x"}')).toBe('{"password":"***","user":"x"}');
    expect(redact("password: 'abc123'")).toBe("password: '***'");
  });

  it('names the config key in the refusal of a password in a config file, whole', async () => {
    await writeFile(join(dir, 'ksmig.config.yaml'), 'origin:\n  password: hunter22\n');
    const r = await runCli(['audit', '-'], { cwd: dir, stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('origin.password: secrets are not read from config files');
  });

  it('explains a TLS handshake that met a server without TLS, instead of printing OpenSSL', () => {
    const openssl = Object.assign(new Error('80BCCA9B3C7F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:\n'), {
      code: 'ERR_SSL_WRONG_VERSION_NUMBER',
      library: 'SSL routines',
      reason: 'wrong version number',
    });
    const error = connectError('origin Cassandra', ['10.0.0.5:9042'], openssl);
    expect(error.message).toContain('did not answer in TLS');
    expect(error.message).not.toContain('ssl3_record.c');
    expect(error.tryMessage).toContain('--origin-ca');
    expect(error.exitCode).toBe(3);
  });
});
