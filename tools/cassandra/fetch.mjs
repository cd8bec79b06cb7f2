// Materialises Apache Cassandra's runtime classpath (cassandra-all and every transitive jar) from
// Maven Central into a cache outside the clone, using the descriptor beside this file.
// Plain JavaScript so CI can run it before anything is built; src/local imports it too
// (types in fetch.d.mts).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

/** The Maven descriptor that lists cassandra-all. */
export const POM_PATH = fileURLToPath(new URL('./pom.xml', import.meta.url));

/** Name of the file, inside `lib/`, that records a finished download (jar names and sizes). */
export const MARKER_NAME = '.ksmig-complete.json';

/** The Cassandra version pinned in pom.xml (`<cassandra.version>`). */
export const CASSANDRA_VERSION = readPinnedVersion(readFileSync(POM_PATH, 'utf8'));

/**
 * Extracts `<cassandra.version>` from the descriptor's text.
 * @param {string} pomText
 * @returns {string}
 */
export function readPinnedVersion(pomText) {
  const match = /<cassandra\.version>\s*([^<\s]+)\s*<\/cassandra\.version>/.exec(pomText);
  if (!match?.[1]) throw new Error(`${POM_PATH} has no <cassandra.version> property`);
  return match[1];
}

/**
 * ksmig's cache root: `$KSMIG_CACHE`, else `$XDG_CACHE_HOME/ksmig`, else `~/.cache/ksmig`.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function cacheRoot(env = process.env) {
  if (env.KSMIG_CACHE) return env.KSMIG_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ksmig');
}

/**
 * Directory holding the jars for the pinned version: `<cache root>/cassandra-<version>/lib`.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function cassandraLibDir(env = process.env) {
  return join(cacheRoot(env), `cassandra-${CASSANDRA_VERSION}`, 'lib');
}

/**
 * Whether `libDir` holds a finished download: the marker exists, names this version, lists the
 * jars Cassandra cannot start without, and every listed jar is present with its recorded size.
 * @param {string} libDir
 * @returns {Promise<{ complete: true, jars: string[] } | { complete: false, reason: string }>}
 */
export async function checkComplete(libDir) {
  let marker;
  try {
    marker = JSON.parse(await readFile(join(libDir, MARKER_NAME), 'utf8'));
  } catch (err) {
    return { complete: false, reason: err?.code === 'ENOENT' ? 'no completion marker' : `unreadable completion marker (${err?.message ?? err})` };
  }
  if (marker?.version !== CASSANDRA_VERSION || !Array.isArray(marker.jars)) {
    return { complete: false, reason: `completion marker is not for Cassandra ${CASSANDRA_VERSION}` };
  }
  /** @type {{ name: string, size: number }[]} */
  const jars = marker.jars;
  const names = jars.map((j) => j.name);
  for (const required of [`cassandra-all-${CASSANDRA_VERSION}.jar`, 'jamm-']) {
    if (!names.some((n) => n.startsWith(required))) return { complete: false, reason: `marker does not list ${required}*` };
  }
  for (const jar of jars) {
    let size;
    try {
      size = (await stat(join(libDir, jar.name))).size;
    } catch {
      return { complete: false, reason: `${jar.name} is missing` };
    }
    if (size !== jar.size) return { complete: false, reason: `${jar.name} has ${size} bytes, expected ${jar.size}` };
  }
  return { complete: true, jars: names };
}

/**
 * Lists the jars in `dir` with their sizes, sorted by name.
 * @param {string} dir
 * @returns {Promise<{ name: string, size: number }[]>}
 */
export async function listJars(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.jar')).sort();
  return Promise.all(names.map(async (name) => ({ name, size: (await stat(join(dir, name))).size })));
}

/**
 * Ensures the Cassandra runtime classpath is in the cache, downloading it with Maven when it is
 * not complete. Safe to interrupt (a download lands in a temporary sibling directory and is
 * renamed into place only once finished) and to run concurrently (a loser discards its copy).
 * @param {{ env?: NodeJS.ProcessEnv, mvn?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ libDir: string, fetched: boolean, jars: string[] }>}
 */
export async function ensureCassandraRuntime(options = {}) {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const libDir = cassandraLibDir(env);
  const before = await checkComplete(libDir);
  if (before.complete) return { libDir, fetched: false, jars: before.jars };

  log(`Cassandra ${CASSANDRA_VERSION} jars not ready in ${libDir} (${before.reason}); resolving them with Maven…`);
  const parent = join(libDir, '..');
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `lib.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await runMaven(options.mvn ?? env.KSMIG_MVN ?? 'mvn', [
      '-B', '-q', '-f', POM_PATH, 'dependency:copy-dependencies',
      `-DoutputDirectory=${tmp}`, '-DincludeScope=runtime',
    ], env);
    const jars = await listJars(tmp);
    const marker = JSON.stringify({ version: CASSANDRA_VERSION, createdAt: new Date().toISOString(), jars }, null, 2);
    await writeFile(join(tmp, MARKER_NAME), `${marker}\n`);
    await install(tmp, libDir, jars, marker);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const after = await checkComplete(libDir);
  if (!after.complete) throw new Error(`Cassandra jars in ${libDir} are still incomplete after download: ${after.reason}`);
  log(`Cassandra ${CASSANDRA_VERSION}: ${after.jars.length} jars in ${libDir}`);
  return { libDir, fetched: true, jars: after.jars };
}

/**
 * Moves a finished download into place. An existing directory with exactly the same jars only
 * gains the marker (JVMs may be running from it); anything else is swapped out by rename.
 */
async function install(tmp, libDir, jars, marker) {
  if (existsSync(libDir)) {
    if ((await checkComplete(libDir)).complete) return; // a concurrent run finished first
    const current = await listJars(libDir).catch(() => []);
    if (JSON.stringify(current) === JSON.stringify(jars)) {
      const staged = join(libDir, `${MARKER_NAME}.${process.pid}`);
      await writeFile(staged, `${marker}\n`);
      await rename(staged, join(libDir, MARKER_NAME));
      return;
    }
    const old = `${tmp}.old`;
    await rename(libDir, old);
    try {
      await rename(tmp, libDir);
    } catch (err) {
      await rename(old, libDir).catch(() => {});
      throw err;
    }
    await rm(old, { recursive: true, force: true });
    return;
  }
  try {
    await rename(tmp, libDir);
  } catch (err) {
    // Lost a race against another run that renamed its copy first.
    if (!(await checkComplete(libDir)).complete) throw err;
  }
}

function runMaven(mvn, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => {
      reject(err.code === 'ENOENT'
        ? new Error(`Maven ('${mvn}') was not found; install Maven 3.8+ (Debian: apt-get install maven) or set KSMIG_MVN to its path`)
        : err);
    });
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`'${mvn} ${args.join(' ')}' failed (${signal ?? `exit ${code}`}):\n${output.trim()}`));
    });
  });
}
