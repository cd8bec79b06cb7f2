#!/usr/bin/env node
// Ensures cqlsh (the PyPI package `cqlsh`, Apache Cassandra's shell repackaged) is installed in a
// Python venv in ksmig's cache, outside the clone. A peer for the copy/verify benchmarks only; ksmig
// itself never runs cqlsh.
//
// Usage: node scripts/fetch-cqlsh.mjs [--check] [--json]
//   --check  only report whether the venv is complete (exit 0 yes, 1 no); never installs.
//   --json   print {"version","venv","python","command"} instead of a sentence.
// Run it: <venv>/bin/python -m cqlshlib 127.0.0.1 9042 …   (see `command` in --json)
//
// Layout: <cache root>/cqlsh-<version>/venv with venv/.ksmig-complete.json, the completion marker.
// The venv is built in a temporary sibling, checked (`python -m cqlshlib --version`), marked and only
// then renamed into place, so an interrupted install never looks complete. It is run through its
// `bin/python -m cqlshlib` (never the generated `bin/cqlsh`, whose shebang names the temporary path).
// Python: $KSMIG_PYTHON, else python3 on PATH; cqlsh 6.2 (Cassandra 5.0) is meant for Python 3.8–3.11.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** The pinned PyPI release (6.2.x packages cqlsh from Apache Cassandra 5.0). */
export const CQLSH_VERSION = '6.2.2';

/** Name of the completion marker inside the venv. */
export const MARKER_NAME = '.ksmig-complete.json';

/**
 * ksmig's cache root: `$KSMIG_CACHE`, else `$XDG_CACHE_HOME/ksmig`, else `~/.cache/ksmig`
 * (the same rule as tools/cassandra/fetch.mjs).
 * @param {NodeJS.ProcessEnv} [env]
 */
export function cacheRoot(env = process.env) {
  if (env.KSMIG_CACHE) return env.KSMIG_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ksmig');
}

/** @param {NodeJS.ProcessEnv} [env] */
export function cqlshVenvDir(env = process.env) {
  return join(cacheRoot(env), `cqlsh-${CQLSH_VERSION}`, 'venv');
}

/** @param {string} venv */
function venvPython(venv) {
  return join(venv, 'bin', 'python');
}

/**
 * The command that runs cqlsh from `venv`: `[python, '-m', 'cqlshlib']`.
 * @param {string} venv
 * @returns {string[]}
 */
export function cqlshCommand(venv) {
  return [venvPython(venv), '-m', 'cqlshlib'];
}

/**
 * Whether `venv` holds a finished install of the pinned version (marker present and matching, the
 * venv's python present).
 * @param {string} venv
 * @returns {Promise<{ complete: true, python: string } | { complete: false, reason: string }>}
 */
export async function checkComplete(venv) {
  let marker;
  try {
    marker = JSON.parse(await readFile(join(venv, MARKER_NAME), 'utf8'));
  } catch (err) {
    return { complete: false, reason: err?.code === 'ENOENT' ? 'no completion marker' : `unreadable completion marker (${err?.message ?? err})` };
  }
  if (marker?.version !== CQLSH_VERSION) return { complete: false, reason: `completion marker is not for cqlsh ${CQLSH_VERSION}` };
  if (!existsSync(venvPython(venv))) return { complete: false, reason: 'the venv has no bin/python' };
  return { complete: true, python: String(marker.python ?? '') };
}

/**
 * Installs cqlsh into the cache unless a complete venv is already there. Idempotent; safe to
 * interrupt and to run concurrently (a loser discards its copy).
 * @param {{ env?: NodeJS.ProcessEnv, python?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ venv: string, fetched: boolean, command: string[] }>}
 */
export async function ensureCqlsh(options = {}) {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const venv = cqlshVenvDir(env);
  const before = await checkComplete(venv);
  if (before.complete) return { venv, fetched: false, command: cqlshCommand(venv) };

  const python = options.python ?? env.KSMIG_PYTHON ?? 'python3';
  const pyVersion = (await run(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], env)).trim();
  const [major, minor] = pyVersion.split('.').map(Number);
  if (major !== 3 || (minor ?? 0) < 8) throw new Error(`${python} is Python ${pyVersion}; cqlsh ${CQLSH_VERSION} needs Python 3.8–3.11 (set KSMIG_PYTHON)`);
  if ((minor ?? 0) > 11) log(`warning: ${python} is Python ${pyVersion}; cqlsh ${CQLSH_VERSION} (Cassandra 5.0) is meant for 3.8–3.11`);
  log(`cqlsh ${CQLSH_VERSION} not ready in ${venv} (${before.reason}); installing it from PyPI with Python ${pyVersion}…`);

  const parent = join(venv, '..');
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `venv.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await run(python, ['-m', 'venv', tmp], env);
    await run(venvPython(tmp), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `cqlsh==${CQLSH_VERSION}`], env);
    const reported = (await run(venvPython(tmp), ['-m', 'cqlshlib', '--version'], env)).trim();
    if (!reported.includes(CQLSH_VERSION.split('.').slice(0, 2).join('.'))) throw new Error(`installed cqlsh reports "${reported}", expected ${CQLSH_VERSION}`);
    const marker = { version: CQLSH_VERSION, reported, python: pyVersion, createdAt: new Date().toISOString() };
    await writeFile(join(tmp, MARKER_NAME), `${JSON.stringify(marker, null, 2)}\n`);
    if (existsSync(venv)) {
      if ((await checkComplete(venv)).complete) return { venv, fetched: false, command: cqlshCommand(venv) };
      await rm(venv, { recursive: true, force: true }); // an incomplete leftover
    }
    try {
      await rename(tmp, venv);
    } catch (err) {
      if (!(await checkComplete(venv)).complete) throw err; // not a lost race
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const after = await checkComplete(venv);
  if (!after.complete) throw new Error(`cqlsh venv ${venv} is still incomplete after install: ${after.reason}`);
  log(`cqlsh ${CQLSH_VERSION}: installed in ${venv}`);
  return { venv, fetched: true, command: cqlshCommand(venv) };
}

/**
 * Runs a command to completion; resolves with its stdout, rejects with the tail of its output.
 * @param {string} cmd
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<string>}
 */
function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk.toString('utf8');
      output = (output + chunk.toString('utf8')).slice(-8000);
    });
    child.stderr.on('data', (chunk) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    });
    child.on('error', (err) => reject(err.code === 'ENOENT' ? new Error(`'${cmd}' was not found (install Python 3.11 with venv, or set KSMIG_PYTHON)`) : err));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`'${cmd} ${args.join(' ')}' failed (${signal ?? `exit ${code}`}):\n${output.trim()}`));
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--check' && a !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`fetch-cqlsh: unknown argument ${unknown[0]} (expected --check and/or --json)\n`);
    process.exit(2);
  }
  const json = args.includes('--json');
  const log = (line) => process.stderr.write(`${line}\n`);
  if (args.includes('--check')) {
    const venv = cqlshVenvDir();
    const state = await checkComplete(venv);
    if (json) process.stdout.write(`${JSON.stringify({ version: CQLSH_VERSION, venv, complete: state.complete, ...(state.complete ? { command: cqlshCommand(venv) } : { reason: state.reason }) })}\n`);
    else process.stdout.write(state.complete ? `cqlsh ${CQLSH_VERSION}: complete in ${venv}\n` : `cqlsh ${CQLSH_VERSION}: not ready in ${venv} (${state.reason})\n`);
    process.exitCode = state.complete ? 0 : 1;
    return;
  }
  const started = Date.now();
  const result = await ensureCqlsh({ log });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (json) process.stdout.write(`${JSON.stringify({ version: CQLSH_VERSION, venv: result.venv, fetched: result.fetched, command: result.command })}\n`);
  else process.stdout.write(result.fetched ? `cqlsh ${CQLSH_VERSION}: installed in ${seconds}s (${result.venv})\n` : `cqlsh ${CQLSH_VERSION}: already in ${result.venv}\n`);
}

// Also importable (bench/peers/cqlsh.ts) without running the command line.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    process.stderr.write(`fetch-cqlsh: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
