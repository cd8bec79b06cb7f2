import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CASSANDRA_VERSION,
  MARKER_NAME,
  POM_PATH,
  cacheRoot,
  cassandraLibDir,
  checkComplete,
  ensureCassandraRuntime,
  readPinnedVersion,
} from '../../tools/cassandra/fetch.mjs';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ksmig-fetch-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A stand-in for `mvn` (pure file logic under test): writes `jars` into -DoutputDirectory, then exits `code`. */
async function fakeMaven(name: string, jars: Record<string, string>, code = 0): Promise<string> {
  const script = join(root, name);
  const writes = Object.entries(jars).map(([jar, body]) => `printf '%s' '${body}' > "$out/${jar}"`).join('\n');
  await writeFile(script, `#!/bin/sh\nfor a in "$@"; do case "$a" in -DoutputDirectory=*) out="\${a#-DoutputDirectory=}";; esac; done\nmkdir -p "$out"\n${writes}\nexit ${code}\n`);
  await chmod(script, 0o755);
  return script;
}

const goodJars = { [`cassandra-all-${CASSANDRA_VERSION}.jar`]: 'cassandra', 'jamm-0.4.0.jar': 'jamm', 'netty-all.jar': 'netty' };

describe('version and paths', () => {
  it('reads the pinned version from tools/cassandra/pom.xml', async () => {
    expect(readPinnedVersion(await readFile(POM_PATH, 'utf8'))).toBe(CASSANDRA_VERSION);
    expect(CASSANDRA_VERSION).toBe('5.0.8');
    expect(() => readPinnedVersion('<project/>')).toThrow(/cassandra.version/);
  });

  it('puts the cache under KSMIG_CACHE, XDG_CACHE_HOME or ~/.cache', () => {
    expect(cacheRoot({ KSMIG_CACHE: '/c' })).toBe('/c');
    expect(cacheRoot({ XDG_CACHE_HOME: '/x' })).toBe('/x/ksmig');
    expect(cacheRoot({})).toMatch(/\.cache\/ksmig$/);
    expect(cassandraLibDir({ KSMIG_CACHE: '/c' })).toBe(`/c/cassandra-${CASSANDRA_VERSION}/lib`);
  });
});

describe('checkComplete', () => {
  async function lib(name: string, marker: unknown, jars: Record<string, string>): Promise<string> {
    const dir = join(root, name);
    await mkdir(dir, { recursive: true });
    for (const [jar, body] of Object.entries(jars)) await writeFile(join(dir, jar), body);
    if (marker !== undefined) await writeFile(join(dir, MARKER_NAME), JSON.stringify(marker));
    return dir;
  }
  const markerFor = (jars: Record<string, string>) => ({
    version: CASSANDRA_VERSION,
    jars: Object.entries(jars).map(([name, body]) => ({ name, size: body.length })),
  });

  it('is incomplete without a marker, even when the jars are there', async () => {
    expect(await checkComplete(await lib('no-marker', undefined, goodJars))).toEqual({ complete: false, reason: 'no completion marker' });
  });
  it('is complete when every listed jar is there with its size', async () => {
    const state = await checkComplete(await lib('ok', markerFor(goodJars), goodJars));
    expect(state).toEqual({ complete: true, jars: Object.keys(goodJars) });
  });
  it('is incomplete when a jar is missing or has another size', async () => {
    const { 'netty-all.jar': _netty, ...fewer } = goodJars;
    expect(await checkComplete(await lib('missing', markerFor(goodJars), fewer))).toEqual({ complete: false, reason: 'netty-all.jar is missing' });
    const resized = { ...goodJars, 'netty-all.jar': 'nett' };
    expect(await checkComplete(await lib('resized', markerFor(goodJars), resized))).toMatchObject({ complete: false, reason: 'netty-all.jar has 4 bytes, expected 5' });
  });
  it('is incomplete for another version or without the jars Cassandra needs', async () => {
    expect(await checkComplete(await lib('old', { ...markerFor(goodJars), version: '4.1.0' }, goodJars))).toMatchObject({ complete: false });
    const noJamm = { [`cassandra-all-${CASSANDRA_VERSION}.jar`]: 'c' };
    expect(await checkComplete(await lib('nojamm', markerFor(noJamm), noJamm))).toEqual({ complete: false, reason: 'marker does not list jamm-*' });
  });
});

describe('ensureCassandraRuntime', () => {
  it('downloads into place with a marker, then skips Maven once complete', async () => {
    const env = { KSMIG_CACHE: join(root, 'cache1') };
    const first = await ensureCassandraRuntime({ env, mvn: await fakeMaven('mvn-ok', goodJars) });
    expect(first).toEqual({ libDir: cassandraLibDir(env), fetched: true, jars: Object.keys(goodJars).sort() });
    expect(await readdir(join(root, 'cache1', `cassandra-${CASSANDRA_VERSION}`))).toEqual(['lib']);
    // A Maven that cannot run proves the second call never invokes it.
    const second = await ensureCassandraRuntime({ env, mvn: join(root, 'no-such-mvn') });
    expect(second.fetched).toBe(false);
  });

  it('leaves no complete-looking directory when Maven fails halfway', async () => {
    const env = { KSMIG_CACHE: join(root, 'cache2') };
    const mvn = await fakeMaven('mvn-fail', { [`cassandra-all-${CASSANDRA_VERSION}.jar`]: 'half' }, 1);
    await expect(ensureCassandraRuntime({ env, mvn })).rejects.toThrow(/failed \(exit 1\)/);
    expect(await readdir(join(root, 'cache2', `cassandra-${CASSANDRA_VERSION}`))).toEqual([]);
    expect((await checkComplete(cassandraLibDir(env))).complete).toBe(false);
  });

  it('says how to get Maven when it is not installed', async () => {
    const env = { KSMIG_CACHE: join(root, 'cache3') };
    await expect(ensureCassandraRuntime({ env, mvn: join(root, 'no-such-mvn') })).rejects.toThrow(/was not found; install Maven 3\.8\+/);
  });

  it('adopts an existing, identical jar directory without replacing it (JVMs may be running from it)', async () => {
    const env = { KSMIG_CACHE: join(root, 'cache4') };
    const libDir = cassandraLibDir(env);
    await mkdir(libDir, { recursive: true });
    for (const [jar, body] of Object.entries(goodJars)) await writeFile(join(libDir, jar), body);
    const inode = (await stat(libDir)).ino;
    const result = await ensureCassandraRuntime({ env, mvn: await fakeMaven('mvn-ok2', goodJars) });
    expect(result.fetched).toBe(true);
    expect((await stat(libDir)).ino).toBe(inode);
    expect((await checkComplete(libDir)).complete).toBe(true);
  });

  it('replaces an existing directory that holds other jars', async () => {
    const env = { KSMIG_CACHE: join(root, 'cache5') };
    const libDir = cassandraLibDir(env);
    await mkdir(libDir, { recursive: true });
    await writeFile(join(libDir, 'stale.jar'), 'old');
    await ensureCassandraRuntime({ env, mvn: await fakeMaven('mvn-ok3', goodJars) });
    expect((await readdir(libDir)).sort()).toEqual([MARKER_NAME, ...Object.keys(goodJars)].sort());
    expect(await readdir(join(libDir, '..'))).toEqual(['lib']);
  });
});
