import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJava, isSupportedJava, javaRefusal, parseJavaVersion } from '../../src/local/java.js';
import { KsmigError } from '../../src/shared/errors.js';
import { runCli } from '../helpers/cli.js';

describe('parseJavaVersion', () => {
  it('reads OpenJDK 17 output', () => {
    const out = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n';
    expect(parseJavaVersion(out)).toEqual({ major: 17, version: '17.0.15' });
  });
  it('reads Java 8 style 1.x versions as their minor', () => {
    expect(parseJavaVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment')).toEqual({ major: 8, version: '1.8.0_392' });
  });
  it('reads a bare major and early-access suffixes', () => {
    expect(parseJavaVersion('openjdk version "25" 2025-09-16 LTS')).toEqual({ major: 25, version: '25' });
    expect(parseJavaVersion('openjdk version "11.0.22" 2024-01-16')?.major).toBe(11);
    expect(parseJavaVersion('openjdk version "21-ea" 2023-09-19')?.major).toBe(21);
  });
  it('returns undefined for text without a version', () => {
    expect(parseJavaVersion('bash: java: command not found')).toBeUndefined();
    expect(parseJavaVersion('version "abc"')).toBeUndefined();
  });
});

describe('isSupportedJava', () => {
  it('accepts only 11 and 17', () => {
    expect([8, 11, 17, 21, 25].filter(isSupportedJava)).toEqual([11, 17]);
  });
});

describe('javaRefusal', () => {
  it('names the JDK found and the one needed, as a config error (exit 2)', () => {
    const err = javaRefusal([{ bin: '/opt/jdk25/bin/java', major: 25, version: '25.0.1', source: 'JAVA_HOME' }]);
    expect(err).toBeInstanceOf(KsmigError);
    expect(err.exitCode).toBe(2);
    expect(err.code).toBe('KSMIG_JAVA_UNSUPPORTED');
    expect(err.message).toBe('found Java 25 (25.0.1) at /opt/jdk25/bin/java [JAVA_HOME], but Apache Cassandra 5.0 needs Java 17 or 11');
    expect(err.tryMessage).toContain('KSMIG_JAVA_HOME');
  });
  it('says when no Java was found at all', () => {
    expect(javaRefusal([]).message).toBe('no Java runtime found; Apache Cassandra 5.0 needs Java 17 or 11');
  });
});

describe('findJava with a fake JDK (a script that prints a version)', () => {
  let root: string;
  async function fakeJdk(name: string, versionLine: string): Promise<string> {
    const home = join(root, name);
    await mkdir(join(home, 'bin'), { recursive: true });
    const bin = join(home, 'bin', 'java');
    await writeFile(bin, `#!/bin/sh\necho '${versionLine}' >&2\necho 'OpenJDK Runtime Environment' >&2\n`);
    await chmod(bin, 0o755);
    return home;
  }
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ksmig-java-test-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('uses KSMIG_JAVA_HOME when it is 17', async () => {
    const home = await fakeJdk('jdk17', 'openjdk version "17.0.9" 2023-10-17');
    const java = await findJava({ KSMIG_JAVA_HOME: home, PATH: '' });
    expect(java).toEqual({ bin: join(home, 'bin', 'java'), major: 17, version: '17.0.9', source: 'KSMIG_JAVA_HOME' });
  });

  it('refuses KSMIG_JAVA_HOME pointing at Java 21, naming it, even if another JDK exists', async () => {
    const home = await fakeJdk('jdk21', 'openjdk version "21.0.2" 2024-01-16');
    const err = await findJava({ KSMIG_JAVA_HOME: home, PATH: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KsmigError);
    expect((err as KsmigError).message).toBe(
      `found Java 21 (21.0.2) at ${join(home, 'bin', 'java')} [KSMIG_JAVA_HOME], but Apache Cassandra 5.0 needs Java 17 or 11`,
    );
  });

  it('refuses a KSMIG_JAVA_HOME without a runnable java', async () => {
    const err = await findJava({ KSMIG_JAVA_HOME: join(root, 'nothing-here'), PATH: '' }).catch((e: unknown) => e);
    expect((err as KsmigError).code).toBe('KSMIG_JAVA_UNSUPPORTED');
    expect((err as KsmigError).message).toContain(join(root, 'nothing-here', 'bin', 'java'));
  });

  it('skips an unsuitable JAVA_HOME (it is not an explicit choice) and finds a 17 elsewhere', async () => {
    const home21 = await fakeJdk('jdk21-home', 'openjdk version "21.0.2" 2024-01-16');
    const home17 = await fakeJdk('jdk17-path', 'openjdk version "17.0.9" 2023-10-17');
    const java = await findJava({ JAVA_HOME: home21, PATH: join(home17, 'bin') });
    expect(java.major).toBe(17);
    expect(java.source).not.toBe('JAVA_HOME');
  });

  it('ksmig local start exits 2 with the refusal on stderr', async () => {
    const home = await fakeJdk('jdk25', 'openjdk version "25" 2025-09-16 LTS');
    const result = await runCli(['local', 'start', '--dir', join(root, 'inst')], { env: { ...process.env, KSMIG_JAVA_HOME: home } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('found Java 25 (25)');
    expect(result.stderr).toContain('needs Java 17 or 11');
    expect(result.stdout).toBe('');
  });
});
