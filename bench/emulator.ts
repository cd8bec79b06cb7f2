// Benchmark: what `ksmig emulate` costs a client. The same cassandra-driver client code runs the same
// prepared statements directly against Cassandra and through the emulator (TLS + SigV4 + the
// Keyspaces rules), in the same run, alternating rounds so both sides see the same machine load.
// Prints requests/s (concurrency 64), latency p50/p99 (one request in flight) and the ratios.
//
//   npm run bench:emulator                      # starts its own Cassandra (ksmig local)
//   KSMIG_BENCH_CASSANDRA=127.0.0.1:9042 npm run bench:emulator
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { SigV4AuthProvider } from '../src/clusters/sigv4-authenticator.js';
import { runEmulator } from '../src/emulator/run.js';
import { startLocalCassandra, type LocalCassandra } from '../src/local/index.js';

const LATENCY_REQUESTS = Number(process.env.KSMIG_BENCH_LATENCY_REQUESTS ?? 2000);
const THROUGHPUT_REQUESTS = Number(process.env.KSMIG_BENCH_THROUGHPUT_REQUESTS ?? 20000);
const CONCURRENCY = 64;
const ROUNDS = 3;
const REGION = 'us-east-1';
const KS = 'ksmig_bench';

interface Side {
  name: string;
  client: cassandra.Client;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function latency(side: Side): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_REQUESTS; i++) {
    const started = process.hrtime.bigint();
    await side.client.execute(`SELECT v FROM ${KS}.kv WHERE k = ?`, [i % 100], { prepare: true, consistency: cassandra.types.consistencies.localOne });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function throughput(side: Side): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async (): Promise<void> => {
    while (next < THROUGHPUT_REQUESTS) {
      const i = next++;
      if (i % 2 === 0) {
        await side.client.execute(`SELECT v FROM ${KS}.kv WHERE k = ?`, [i % 100], { prepare: true, consistency: cassandra.types.consistencies.localOne });
      } else {
        await side.client.execute(`INSERT INTO ${KS}.kv (k, v) VALUES (?, ?)`, [i % 100, `value-${i}`], {
          prepare: true,
          consistency: cassandra.types.consistencies.localQuorum,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return THROUGHPUT_REQUESTS / (Number(process.hrtime.bigint() - started) / 1e9);
}

async function main(): Promise<void> {
  let node: LocalCassandra | undefined;
  let backend: { host: string; port: number };
  const shared = process.env.KSMIG_BENCH_CASSANDRA;
  if (shared) {
    const [host = '127.0.0.1', port = '9042'] = shared.split(':');
    backend = { host, port: Number(port) };
  } else {
    process.stderr.write('Starting Apache Cassandra (ksmig local)…\n');
    node = await startLocalCassandra({});
    backend = { host: node.host, port: node.port };
  }
  const dir = await mkdtemp(join(tmpdir(), 'ksmig-bench-emulator-'));
  const keysPath = join(dir, 'keys');
  await writeFile(keysPath, 'AKIABENCHMARK0000001 bench-secret-key-0123456789\n');
  const emulator = await runEmulator({
    backend,
    listen: { host: '127.0.0.1', port: 0 },
    region: REGION,
    keysPath,
    stateDir: dir,
    maxSkewSeconds: 900,
    ddlDelaySeconds: 0,
  });
  const direct: Side = {
    name: 'direct',
    client: new cassandra.Client({ contactPoints: [`${backend.host}:${backend.port}`], localDataCenter: 'datacenter1' }),
  };
  const viaEmulator: Side = {
    name: 'emulator',
    client: new cassandra.Client({
      contactPoints: [`127.0.0.1:${emulator.port}`],
      localDataCenter: REGION,
      sslOptions: { ca: [readFileSync(emulator.caPath)], host: 'localhost', rejectUnauthorized: true },
      authProvider: new SigV4AuthProvider({
        region: REGION,
        credentials: async () => ({ accessKeyId: 'AKIABENCHMARK0000001', secretAccessKey: 'bench-secret-key-0123456789' }),
      }),
    }),
  };
  try {
    await viaEmulator.client.execute(`CREATE KEYSPACE IF NOT EXISTS ${KS} WITH replication = {'class': 'SingleRegionStrategy'}`);
    await viaEmulator.client.execute(`CREATE TABLE IF NOT EXISTS ${KS}.kv (k int PRIMARY KEY, v text)`);
    for (const side of [direct, viaEmulator]) {
      // Warm-up: connections, prepared statements, JIT.
      await latency({ ...side });
      await throughput(side);
    }
    const results = new Map<string, { rps: number[]; p50: number[]; p99: number[] }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 === 0 ? [direct, viaEmulator] : [viaEmulator, direct]) {
        const r = results.get(side.name) ?? { rps: [], p50: [], p99: [] };
        const l = await latency(side);
        r.p50.push(l.p50);
        r.p99.push(l.p99);
        r.rps.push(await throughput(side));
        results.set(side.name, r);
      }
    }
    const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const d = results.get('direct');
    const e = results.get('emulator');
    if (!d || !e) throw new Error('missing results');
    const row = (name: string, r: { rps: number[]; p50: number[]; p99: number[] }): string =>
      `${name.padEnd(10)} ${median(r.rps).toFixed(0).padStart(8)} req/s   p50 ${median(r.p50).toFixed(3)} ms   p99 ${median(r.p99).toFixed(3)} ms`;
    const cpu = cpus();
    process.stdout.write(
      [
        `ksmig emulate benchmark — cassandra-driver ${cassandra.version ?? ''}, prepared SELECT/INSERT, ${THROUGHPUT_REQUESTS} requests at concurrency ${CONCURRENCY}, latency over ${LATENCY_REQUESTS} sequential SELECTs, median of ${ROUNDS} rounds`,
        `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
        row('direct', d),
        row('emulator', e),
        `throughput ratio (emulator / direct): ${(median(e.rps) / median(d.rps)).toFixed(2)}`,
        `added latency: p50 ${signed(median(e.p50) - median(d.p50))} ms, p99 ${signed(median(e.p99) - median(d.p99))} ms`,
        'The emulator side includes TLS, SigV4 (at connect) and the Keyspaces policy checks on every request.',
        '',
      ].join('\n'),
    );
  } finally {
    await direct.client.shutdown();
    await viaEmulator.client.shutdown();
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
    await node?.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:emulator failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
