import { execFile } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { KsmigError } from '../shared/errors.js';

/** Java major versions Cassandra 5.0 runs on (its launcher refuses anything else). */
export const SUPPORTED_JAVA_MAJORS: readonly number[] = [17, 11];

/** A `java` executable and what `java -version` said about it. */
export interface JavaInstall {
  /** Absolute path of the `java` binary. */
  bin: string;
  /** Major version (8 for `1.8.0_x`, 17 for `17.0.15`). */
  major: number;
  /** The version string as printed, e.g. `17.0.15`. */
  version: string;
  /** Where the candidate came from (`KSMIG_JAVA_HOME`, `JAVA_HOME`, `update-alternatives`, `/usr/lib/jvm`, `PATH`). */
  source: string;
}

/**
 * Reads the version out of `java -version` output (which goes to stderr). Returns undefined when
 * the text has no `version "…"` line.
 */
export function parseJavaVersion(output: string): { major: number; version: string } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  if (!match?.[1]) return undefined;
  const version = match[1];
  const parts = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!parts?.[1]) return undefined;
  const first = Number(parts[1]);
  // Java 8 and older report "1.8.0_392"; 9+ report their major first.
  const major = first === 1 && parts[2] !== undefined ? Number(parts[2]) : first;
  return { major, version };
}

/** Whether Cassandra 5.0 can run on this Java major version. */
export function isSupportedJava(major: number): boolean {
  return SUPPORTED_JAVA_MAJORS.includes(major);
}

/**
 * The error for "no usable Java": names every JDK that was found (or that none was) and the one
 * needed, and says how to point ksmig at the right one.
 */
export function javaRefusal(found: readonly JavaInstall[], unreadable: readonly string[] = []): KsmigError {
  const needed = 'Apache Cassandra 5.0 needs Java 17 or 11';
  const seen = found.map((j) => `Java ${j.major} (${j.version}) at ${j.bin} [${j.source}]`);
  const broken = unreadable.map((bin) => `${bin} (could not run "java -version")`);
  const all = [...seen, ...broken];
  const message = all.length === 0
    ? `no Java runtime found; ${needed}`
    : `found ${all.join('; ')}, but ${needed}`;
  return new KsmigError('config', 'KSMIG_JAVA_UNSUPPORTED', message, {
    tryMessage: 'install OpenJDK 17 (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless) or set KSMIG_JAVA_HOME to a JDK 17 or 11',
  });
}

/** Runs `<bin> -version` and parses it; undefined when it cannot run or prints no version. */
export function probeJava(bin: string): Promise<{ major: number; version: string } | undefined> {
  return new Promise((resolve) => {
    execFile(bin, ['-version'], { timeout: 15_000 }, (err, stdout, stderr) => {
      if (err) {
        resolve(undefined);
        return;
      }
      resolve(parseJavaVersion(`${stderr}\n${stdout}`));
    });
  });
}

interface Candidate {
  bin: string;
  source: string;
  /** An explicit choice (KSMIG_JAVA_HOME) is used or refused, never skipped. */
  explicit: boolean;
}

/**
 * Finds a Java runtime Cassandra 5.0 accepts, in this order: `KSMIG_JAVA_HOME` (used or refused,
 * never skipped), `JAVA_HOME`, `update-alternatives --list java`, `/usr/lib/jvm/*`, `java` on PATH.
 * Java 17 is preferred over 11. Throws a KsmigError (exit 2) naming what was found otherwise.
 */
export async function findJava(env: NodeJS.ProcessEnv = process.env): Promise<JavaInstall> {
  const candidates = await javaCandidates(env);
  const found: JavaInstall[] = [];
  const unreadable: string[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const key = realPath(candidate.bin);
    if (seen.has(key)) continue;
    seen.add(key);
    const probed = await probeJava(candidate.bin);
    if (!probed) {
      if (candidate.explicit) throw javaRefusal([], [candidate.bin]);
      unreadable.push(candidate.bin);
      continue;
    }
    const install: JavaInstall = { bin: candidate.bin, source: candidate.source, ...probed };
    if (candidate.explicit && !isSupportedJava(install.major)) throw javaRefusal([install]);
    // 17 is Cassandra 5.0's newest runtime: the first one found wins without probing the rest.
    if (install.major === 17) return install;
    found.push(install);
  }
  const usable = found.find((j) => isSupportedJava(j.major));
  if (usable) return usable;
  throw javaRefusal(found, unreadable.filter((bin) => existsSync(bin)));
}

async function javaCandidates(env: NodeJS.ProcessEnv): Promise<Candidate[]> {
  const out: Candidate[] = [];
  if (env.KSMIG_JAVA_HOME) out.push({ bin: join(env.KSMIG_JAVA_HOME, 'bin', 'java'), source: 'KSMIG_JAVA_HOME', explicit: true });
  if (out.length > 0) return out;
  if (env.JAVA_HOME) out.push({ bin: join(env.JAVA_HOME, 'bin', 'java'), source: 'JAVA_HOME', explicit: false });
  for (const bin of await alternativesJava()) out.push({ bin, source: 'update-alternatives', explicit: false });
  for (const bin of jvmDirJavas()) out.push({ bin, source: '/usr/lib/jvm', explicit: false });
  const onPath = pathJava(env);
  if (onPath) out.push({ bin: onPath, source: 'PATH', explicit: false });
  return out;
}

function alternativesJava(): Promise<string[]> {
  return new Promise((resolve) => {
    execFile('update-alternatives', ['--list', 'java'], { timeout: 10_000 }, (err, stdout) => {
      resolve(err ? [] : stdout.split('\n').map((l) => l.trim()).filter((l) => l.length > 0));
    });
  });
}

function jvmDirJavas(): string[] {
  const root = '/usr/lib/jvm';
  let entries: string[];
  try {
    entries = readdirSync(root).sort();
  } catch {
    return [];
  }
  return entries.map((e) => join(root, e, 'bin', 'java')).filter((bin) => existsSync(bin));
}

function pathJava(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const bin = join(dir, 'java');
    if (existsSync(bin)) return bin;
  }
  return undefined;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
