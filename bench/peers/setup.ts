// Shared set-up of the copy and verify benchmarks: options, the Java runtime for DSBulk, the build
// that bin/ksmig.js runs from, and two local Cassandra nodes (origin and target).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findJava, startLocalCassandra, type JavaInstall, type LocalCassandra } from '../../src/local/index.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface BenchOptions {
  rows: number;
  seed: number;
  heap: string;
  /** Which measured paths to run (all by default). */
  only: Set<string> | undefined;
  keep: boolean;
  extra: Record<string, string | undefined>;
}

export function options(usage: string, extra: Record<string, { default: string }> = {}): BenchOptions {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '20261206' },
      heap: { type: 'string', default: '1g' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, { type: 'string' as const, default: v.default }])),
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const rows = Number(String(values.rows).replace(/[_,]/g, ''));
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a positive integer, got ${values.rows}`);
  const extraValues: Record<string, string | undefined> = {};
  for (const k of Object.keys(extra)) extraValues[k] = (values as Record<string, unknown>)[k] as string | undefined;
  return {
    rows,
    seed: Number(values.seed),
    heap: String(values.heap),
    only: values.only ? new Set(String(values.only).split(',').map((s) => s.trim())) : undefined,
    keep: Boolean(values.keep),
    extra: extraValues,
  };
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

export async function java(): Promise<JavaInstall> {
  return findJava();
}

/** `npm run build` so that bin/ksmig.js runs this tree's code. */
export function build(): void {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run build failed');
}

/**
 * Two separate single-node clusters on loopback, started together: an origin and a target. Two
 * nodes (not one node with two keyspaces) so that reading and writing land on different JVMs, as in
 * a real migration, and a count or compare on one side never sees the other's data.
 */
export async function startNodes(heap: string, javaInstall: JavaInstall): Promise<{ origin: LocalCassandra; target: LocalCassandra }> {
  const [origin, target] = await Promise.allSettled([
    startLocalCassandra({ heap, java: javaInstall, log }),
    startLocalCassandra({ heap, java: javaInstall, log }),
  ]);
  if (origin.status === 'fulfilled' && target.status === 'fulfilled') return { origin: origin.value, target: target.value };
  for (const r of [origin, target]) if (r.status === 'fulfilled') await r.value.stop();
  throw origin.status === 'rejected' ? origin.reason : (target as PromiseRejectedResult).reason;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}
