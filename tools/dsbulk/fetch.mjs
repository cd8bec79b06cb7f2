// Materialises the DataStax Bulk Loader (DSBulk) runtime classpath from Maven Central into ksmig's
// cache, outside the clone, using the descriptor beside this file. A benchmark peer only (bench/peers/):
// nothing in src/ uses it. Plain JavaScript so `node scripts/fetch-dsbulk.mjs` runs before any build;
// types in fetch.d.mts.
//
// Layout: <cache root>/dsbulk-<version>/lib/*.jar plus lib/.ksmig-complete.json, the completion marker
// (version, jar names and sizes). A download lands in a temporary sibling directory and is renamed into
// place with its marker only once Maven succeeded, so an interrupted run never looks complete.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { cacheRoot, listJars } from '../cassandra/fetch.mjs';

/** The Maven descriptor that lists the DSBulk modules. */
export const POM_PATH = fileURLToPath(new URL('./pom.xml', import.meta.url));

/** Name of the file, inside `lib/`, that records a finished download. */
export const MARKER_NAME = '.ksmig-complete.json';

/** DSBulk's entry point (the class its `bin/dsbulk` launcher runs). */
export const MAIN_CLASS = 'com.datastax.oss.dsbulk.runner.DataStaxBulkLoader';

/** The DSBulk version pinned in pom.xml (`<dsbulk.version>`). */
export const DSBULK_VERSION = readPinnedVersion(readFileSync(POM_PATH, 'utf8'));

/**
 * Extracts `<dsbulk.version>` from the descriptor's text.
 * @param {string} pomText
 * @returns {string}
 */
export function readPinnedVersion(pomText) {
  const match = /<dsbulk\.version>\s*([^<\s]+)\s*<\/dsbulk\.version>/.exec(pomText);
  if (!match?.[1]) throw new Error(`${POM_PATH} has no <dsbulk.version> property`);
  return match[1];
}

/**
 * `<cache root>/dsbulk-<version>/lib` (cache root: `$KSMIG_CACHE`, else `$XDG_CACHE_HOME/ksmig`, else `~/.cache/ksmig`).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function dsbulkLibDir(env = process.env) {
  return join(cacheRoot(env), `dsbulk-${DSBULK_VERSION}`, 'lib');
}

/**
 * Whether `libDir` holds a finished download: the marker names this version, lists the runner and
 * the load/unload workflows, and every listed jar is present with its recorded size.
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
  if (marker?.version !== DSBULK_VERSION || !Array.isArray(marker.jars)) {
    return { complete: false, reason: `completion marker is not for DSBulk ${DSBULK_VERSION}` };
  }
  /** @type {{ name: string, size: number }[]} */
  const jars = marker.jars;
  const names = jars.map((j) => j.name);
  for (const required of ['dsbulk-runner-', 'dsbulk-workflow-load-', 'dsbulk-workflow-unload-', 'dsbulk-connectors-csv-', 'java-driver-core-']) {
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
 * Ensures DSBulk's classpath is in the cache, resolving it with Maven when it is not complete.
 * Idempotent, safe to interrupt and to run concurrently (a loser discards its copy).
 * @param {{ env?: NodeJS.ProcessEnv, mvn?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ libDir: string, fetched: boolean, jars: string[] }>}
 */
export async function ensureDsbulk(options = {}) {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const libDir = dsbulkLibDir(env);
  const before = await checkComplete(libDir);
  if (before.complete) return { libDir, fetched: false, jars: before.jars };

  log(`DSBulk ${DSBULK_VERSION} not ready in ${libDir} (${before.reason}); resolving it with Maven…`);
  const parent = join(libDir, '..');
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `lib.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await runMaven(options.mvn ?? env.KSMIG_MVN ?? 'mvn', [
      '-B', '-q', '-f', POM_PATH, 'dependency:copy-dependencies',
      `-DoutputDirectory=${tmp}`, '-DincludeScope=runtime',
    ], env);
    const jars = await listJars(tmp);
    const marker = JSON.stringify({ version: DSBULK_VERSION, createdAt: new Date().toISOString(), jars }, null, 2);
    await writeFile(join(tmp, MARKER_NAME), `${marker}\n`);
    if (existsSync(libDir)) {
      if ((await checkComplete(libDir)).complete) return { libDir, fetched: false, jars: jars.map((j) => j.name) };
      // An incomplete leftover (no JVM runs from an incomplete copy): replace it.
      await rm(libDir, { recursive: true, force: true });
    }
    try {
      await rename(tmp, libDir);
    } catch (err) {
      if (!(await checkComplete(libDir)).complete) throw err; // not a lost race
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const after = await checkComplete(libDir);
  if (!after.complete) throw new Error(`DSBulk jars in ${libDir} are still incomplete after download: ${after.reason}`);
  log(`DSBulk ${DSBULK_VERSION}: ${after.jars.length} jars in ${libDir}`);
  return { libDir, fetched: true, jars: after.jars };
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
