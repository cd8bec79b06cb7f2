// Benchmark: what `ksmig emulate` costs a client. The same cassandra-driver client code runs the same
// prepared statements against four endpoints in the same run, rounds alternating their order so all
// see the same machine load:
//
//   direct    Cassandra itself
//   tcp       a plain TCP relay (one more process and hop, nothing else)
//   tls       a TLS-terminating relay (the hop plus TLS: what TLS alone costs)
//   proxy     the emulator's server with no Keyspaces behaviour (its own process): TLS, SigV4 at
//             connect, every frame decoded and forwarded — what the emulator costs before its policy
//   emulator  `ksmig emulate` as users run it (bin/ksmig.js, its own process): TLS, SigV4 at
//             connect, and the Keyspaces policy checks on every request
//
// The relays and the emulator are separate processes, as a client and an emulator are. Prints, per
// endpoint, requests/s (concurrency 64, prepared SELECT/INSERT half each) and latency p50/p99 (one
// request in flight, prepared SELECT), best and median over the rounds, the ratios to direct, and the
// CPU time the emulator, the proxy and the relay process spend per request; and the load average.
//
//   npm run bench:emulator                                  # starts its own Cassandra (ksmig local)
//   KSMIG_BENCH_CASSANDRA=127.0.0.1:9042 npm run bench:emulator
//   KSMIG_BENCH_ROUNDS=3 KSMIG_BENCH_EMULATOR_NODE_ARGS='--cpu-prof --cpu-prof-dir=prof' npm run bench:emulator
//   KSMIG_BENCH_KSMIG=/other/checkout/bin/ksmig.js …    # another build's emulator, same client and relays
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect as netConnect, createServer as createNetServer, type Server, type Socket } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { fileURLToPath } from 'node:url';
import cassandra from 'cassandra-driver';
import { SigV4AuthProvider } from '../src/clusters/sigv4-authenticator.js';
import { loadKeys } from '../src/emulator/keys.js';
import { startEmulator } from '../src/emulator/server.js';
import { ensureTlsMaterial } from '../src/emulator/tls.js';
import { startLocalCassandra, type LocalCassandra } from '../src/local/index.js';

const LATENCY_REQUESTS = Number(process.env.KSMIG_BENCH_LATENCY_REQUESTS ?? 2000);
// A throughput sample of 20,000 requests lasted about 0.4 s, short enough for another process's
// burst on a shared machine to move one endpoint's figure by a third; 100,000 last about 2 s.
const THROUGHPUT_REQUESTS = Number(process.env.KSMIG_BENCH_THROUGHPUT_REQUESTS ?? 100_000);
const ROUNDS = Number(process.env.KSMIG_BENCH_ROUNDS ?? 5);
const CONCURRENCY = 64;
const REGION = 'us-east-1';
const KS = 'ksmig_bench';
const ACCESS_KEY = 'AKIABENCHMARK0000001';
const SECRET = 'bench-secret-key-0123456789';
const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Side {
  name: 'direct' | 'tcp' | 'tls' | 'proxy' | 'emulator';
  client: cassandra.Client;
  /** The process serving this side (the relay's or the emulator's), for its CPU time. */
  pid?: number;
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  /** CPU µs the serving process spent per request during the throughput run. */
  cpuPerRequestUs?: number;
  /** CPU µs the whole machine spent per request during the throughput run (client, Cassandra, relay or emulator). */
  machinePerRequestUs?: number;
  /** CPU µs this process (the client) spent per request during the throughput run. */
  clientPerRequestUs?: number;
  /** CPU µs Cassandra spent per request during the throughput run. */
  cassandraPerRequestUs?: number;
  /** Share of the machine's CPU time left idle during the throughput run (0 to 1). */
  idle?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** CPU time (user + system) of a process so far, in µs, from /proc (Linux); undefined elsewhere. */
function processCpuUs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line (11 and 12 after the command name), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
  } catch {
    return undefined;
  }
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

/**
 * The pid of the process listening on `port` of the loopback interface (Linux /proc: the listening
 * socket's inode, then the process holding it), so a Cassandra given by address can be measured too.
 */
function listenerPid(port: number): number | undefined {
  try {
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set<string>();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        // local_address is field 1 (hex ip:port), st 3 (0A: LISTEN), inode 9.
        if (f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A' && f[9] !== undefined) inodes.add(`socket:[${f[9]}]`);
      }
    }
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        for (const fd of readdirSync(`/proc/${pid}/fd`)) if (inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid);
      } catch {
        // A process that ended, or one not ours to read.
      }
    }
  } catch {
    // Not Linux.
  }
  return undefined;
}

/** The machine's CPU time so far, busy and idle, in µs summed over its processors (Linux /proc/stat); undefined elsewhere. */
function machineCpuUs(): { busy: number; idle: number } | undefined {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is counted in user already).
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    return { busy: ((user + nice + system + irq + softirq + steal) * 1e6) / 100, idle: ((idle + iowait) * 1e6) / 100 };
  } catch {
    return undefined;
  }
}

async function throughput(side: Side, cassandraPid: number | undefined): Promise<Omit<Sample, 'p50' | 'p99'>> {
  let next = 0;
  const cpu0 = side.pid === undefined ? undefined : processCpuUs(side.pid);
  const cassandra0 = cassandraPid === undefined ? undefined : processCpuUs(cassandraPid);
  const client0 = process.cpuUsage();
  const machine0 = machineCpuUs();
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
  const rps = THROUGHPUT_REQUESTS / (Number(process.hrtime.bigint() - started) / 1e9);
  const cpu1 = side.pid === undefined ? undefined : processCpuUs(side.pid);
  const cassandra1 = cassandraPid === undefined ? undefined : processCpuUs(cassandraPid);
  const client = process.cpuUsage(client0);
  const machine1 = machineCpuUs();
  const sample: Omit<Sample, 'p50' | 'p99'> = { rps, clientPerRequestUs: (client.user + client.system) / THROUGHPUT_REQUESTS };
  if (cassandra0 !== undefined && cassandra1 !== undefined) sample.cassandraPerRequestUs = (cassandra1 - cassandra0) / THROUGHPUT_REQUESTS;
  if (cpu0 !== undefined && cpu1 !== undefined) sample.cpuPerRequestUs = (cpu1 - cpu0) / THROUGHPUT_REQUESTS;
  if (machine0 !== undefined && machine1 !== undefined) {
    const busy = machine1.busy - machine0.busy;
    const idle = machine1.idle - machine0.idle;
    sample.machinePerRequestUs = busy / THROUGHPUT_REQUESTS;
    sample.idle = idle / Math.max(1, busy + idle);
  }
  return sample;
}

// ---------------------------------------------------------------------------------------------
// The relays (child process: `bench/emulator.ts --relays <backend> <tls dir>`)

/** Pipes every accepted socket to a new connection to the backend, both ways, Nagle off. */
function relay(accepted: Socket, backend: { host: string; port: number }): void {
  const upstream = netConnect(backend);
  accepted.setNoDelay(true);
  upstream.setNoDelay(true);
  accepted.pipe(upstream).pipe(accepted);
  const close = (): void => {
    accepted.destroy();
    upstream.destroy();
  };
  accepted.on('error', close).on('close', close);
  upstream.on('error', close).on('close', close);
}

async function runRelays(backendArg: string, tlsDir: string): Promise<void> {
  const [host = '127.0.0.1', port = '9042'] = backendArg.split(':');
  const backend = { host, port: Number(port) };
  const tls = await ensureTlsMaterial(tlsDir);
  const listen = (server: Server): Promise<number> =>
    new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  const tcpPort = await listen(createNetServer((s) => relay(s, backend)));
  const tlsPort = await listen(createTlsServer({ cert: tls.cert, key: tls.key, minVersion: 'TLSv1.2' }, (s) => relay(s, backend)));
  // Exit (rather than be killed) when stopped, so a `--cpu-prof` of the relays gets written.
  process.once('SIGTERM', () => process.exit(0));
  process.stdout.write(`${JSON.stringify({ tcpPort, tlsPort })}\n`);
}

// ---------------------------------------------------------------------------------------------
// The proxy (child process: `bench/emulator.ts --proxy <backend> <tls dir> <keys file>`)

/** The emulator's own server (TLS, SigV4, framing, the system tables) without the Keyspaces behaviour. */
async function runProxy(backendArg: string, tlsDir: string, keysPath: string): Promise<void> {
  const [host = '127.0.0.1', port = '9042'] = backendArg.split(':');
  const running = await startEmulator({
    backend: { host, port: Number(port) },
    listen: { host: '127.0.0.1', port: 0 },
    region: REGION,
    keys: await loadKeys(keysPath),
    tls: await ensureTlsMaterial(tlsDir),
  });
  process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
  process.stdout.write(`${JSON.stringify({ port: running.port })}\n`);
}

// ---------------------------------------------------------------------------------------------

/** Spawns a child and resolves with the first line it prints (its ports). */
function startChild(command: string, args: string[]): Promise<{ child: ChildProcess; line: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ child, line: out.slice(0, nl) });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited ${code} before it was ready:\n${err}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

async function main(): Promise<void> {
  const relaysAt = process.argv.indexOf('--relays');
  if (relaysAt >= 0) {
    await runRelays(process.argv[relaysAt + 1] ?? '', process.argv[relaysAt + 2] ?? '');
    return;
  }
  const proxyAt = process.argv.indexOf('--proxy');
  if (proxyAt >= 0) {
    await runProxy(process.argv[proxyAt + 1] ?? '', process.argv[proxyAt + 2] ?? '', process.argv[proxyAt + 3] ?? '');
    return;
  }
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
  const tlsDir = join(dir, 'tls');
  await writeFile(keysPath, `${ACCESS_KEY} ${SECRET}\n`);
  const tls = await ensureTlsMaterial(tlsDir);
  const children: ChildProcess[] = [];
  const sides: Side[] = [];
  try {
    const emulatorNodeArgs = (process.env.KSMIG_BENCH_EMULATOR_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
    const emulator = await startChild(process.execPath, [
      ...emulatorNodeArgs,
      process.env.KSMIG_BENCH_KSMIG ?? join(ROOT, 'bin', 'ksmig.js'),
      'emulate',
      '--backend', `${backend.host}:${backend.port}`,
      '--listen', '127.0.0.1:0',
      '--region', REGION,
      '--keys', keysPath,
      '--state-dir', dir,
      '--tls-dir', tlsDir,
      '--ddl-delay', '0',
      '--json',
    ]);
    children.push(emulator.child);
    const emulatorPort = (JSON.parse(emulator.line) as { port: number }).port;
    const relays = await startChild(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--relays', `${backend.host}:${backend.port}`, tlsDir]);
    children.push(relays.child);
    const ports = JSON.parse(relays.line) as { tcpPort: number; tlsPort: number };
    const proxy = await startChild(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--proxy', `${backend.host}:${backend.port}`, tlsDir, keysPath]);
    children.push(proxy.child);
    const proxyPort = (JSON.parse(proxy.line) as { port: number }).port;
    const sigv4 = (): SigV4AuthProvider =>
      new SigV4AuthProvider({ region: REGION, credentials: async () => ({ accessKeyId: ACCESS_KEY, secretAccessKey: SECRET }) });
    const ssl = { ca: [readFileSync(tls.caPath)], host: 'localhost', rejectUnauthorized: true };
    sides.push(
      { name: 'direct', client: new cassandra.Client({ contactPoints: [`${backend.host}:${backend.port}`], localDataCenter: 'datacenter1' }) },
      { name: 'tcp', pid: relays.child.pid, client: new cassandra.Client({ contactPoints: [`127.0.0.1:${ports.tcpPort}`], localDataCenter: 'datacenter1' }) },
      {
        name: 'tls',
        pid: relays.child.pid,
        client: new cassandra.Client({ contactPoints: [`127.0.0.1:${ports.tlsPort}`], localDataCenter: 'datacenter1', sslOptions: ssl }),
      },
      {
        name: 'proxy',
        pid: proxy.child.pid,
        client: new cassandra.Client({ contactPoints: [`127.0.0.1:${proxyPort}`], localDataCenter: REGION, sslOptions: ssl, authProvider: sigv4() }),
      },
      {
        name: 'emulator',
        pid: emulator.child.pid,
        client: new cassandra.Client({ contactPoints: [`127.0.0.1:${emulatorPort}`], localDataCenter: REGION, sslOptions: ssl, authProvider: sigv4() }),
      },
    );
    const viaEmulator = sides[4]!.client;
    await viaEmulator.execute(`CREATE KEYSPACE IF NOT EXISTS ${KS} WITH replication = {'class': 'SingleRegionStrategy'}`);
    await viaEmulator.execute(`CREATE TABLE IF NOT EXISTS ${KS}.kv (k int PRIMARY KEY, v text)`);
    const cassandraPid = node?.pid ?? listenerPid(backend.port);
    const loadAtStart = loadavg();
    for (const side of sides) {
      // Warm-up: connections, prepared statements, JIT.
      await latency(side);
      await throughput(side, cassandraPid);
    }
    const results = new Map<Side['name'], Sample[]>();
    const loads: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      loads.push(loadavg()[0]!);
      // Rotate which endpoint goes first, and reverse every other round.
      const order = sides.map((_, i) => sides[(i + round) % sides.length]!);
      if (round % 2 === 1) order.reverse();
      for (const side of order) {
        const l = await latency(side);
        const t = await throughput(side, cassandraPid);
        const sample: Sample = { ...t, p50: l.p50, p99: l.p99 };
        results.set(side.name, [...(results.get(side.name) ?? []), sample]);
      }
      process.stderr.write(`round ${round + 1}/${ROUNDS} done (load ${loadavg().map((x) => x.toFixed(2)).join(' ')})\n`);
    }

    const median = (xs: number[]): number => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    };
    const stat = (name: Side['name'], key: keyof Sample, better: 'high' | 'low') => {
      const xs = (results.get(name) ?? []).map((s) => s[key]).filter((x): x is number => x !== undefined);
      return { best: better === 'high' ? Math.max(...xs) : Math.min(...xs), median: median(xs) };
    };
    const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
    const cpu = cpus();
    const lines = [
      `ksmig emulate benchmark — cassandra-driver ${cassandra.version ?? ''}, prepared SELECT/INSERT, ${THROUGHPUT_REQUESTS} requests at concurrency ${CONCURRENCY}, latency over ${LATENCY_REQUESTS} sequential SELECTs; best and median of ${ROUNDS} rounds`,
      `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; backend ${backend.host}:${backend.port}`,
      `load average: ${loadAtStart.map((x) => x.toFixed(2)).join(' ')} at the start, ${loads.map((x) => x.toFixed(1)).join(', ')} at the rounds' starts, ${loadavg().map((x) => x.toFixed(2)).join(' ')} at the end`,
      '',
      `${'endpoint'.padEnd(10)} ${'req/s best'.padStart(11)} ${'median'.padStart(8)}   ${'p50 best'.padStart(9)} ${'median'.padStart(7)}   ${'p99 median'.padStart(10)}`,
    ];
    for (const side of sides) {
      const rps = stat(side.name, 'rps', 'high');
      const p50 = stat(side.name, 'p50', 'low');
      const p99 = stat(side.name, 'p99', 'low');
      lines.push(
        `${side.name.padEnd(10)} ${rps.best.toFixed(0).padStart(11)} ${rps.median.toFixed(0).padStart(8)}   ${p50.best.toFixed(3).padStart(9)} ${p50.median.toFixed(3).padStart(7)}   ${p99.median.toFixed(3).padStart(10)}`,
      );
    }
    lines.push('', `CPU per request (µs, medians)  ${'client'.padStart(6)} ${'Cassandra'.padStart(9)} ${'server'.padStart(6)} ${'machine'.padStart(7)}   idle`);
    const us = (x: { median: number }): string => (Number.isFinite(x.median) ? x.median.toFixed(1) : '');
    for (const side of sides) {
      const idle = stat(side.name, 'idle', 'low');
      lines.push(
        `${side.name.padEnd(30)} ${us(stat(side.name, 'clientPerRequestUs', 'low')).padStart(6)} ${us(stat(side.name, 'cassandraPerRequestUs', 'low')).padStart(9)} ${(side.pid === undefined ? '' : us(stat(side.name, 'cpuPerRequestUs', 'low'))).padStart(6)} ${us(stat(side.name, 'machinePerRequestUs', 'low')).padStart(7)}   ${Number.isFinite(idle.median) ? `${(idle.median * 100).toFixed(0)}%`.padStart(4) : ''}`,
      );
    }
    const d = { rps: stat('direct', 'rps', 'high'), p50: stat('direct', 'p50', 'low'), p99: stat('direct', 'p99', 'low') };
    lines.push('');
    for (const name of ['tcp', 'tls', 'proxy', 'emulator'] as const) {
      const rps = stat(name, 'rps', 'high');
      const p50 = stat(name, 'p50', 'low');
      const p99 = stat(name, 'p99', 'low');
      lines.push(
        `${name.padEnd(8)} / direct: throughput ${(rps.median / d.rps.median).toFixed(2)} (median), ${(rps.best / d.rps.best).toFixed(2)} (best); added latency p50 ${signed(p50.median - d.p50.median)} ms, p99 ${signed(p99.median - d.p99.median)} ms (medians)`,
      );
    }
    lines.push(
      'tcp: one more process and hop; tls: that plus TLS; proxy: the emulator\'s server without its Keyspaces policy (TLS, SigV4 at connect, every frame decoded and forwarded);',
      'emulator: `ksmig emulate`, that plus the Keyspaces policy checks on every request.',
      'CPU per request, during the throughput run: client: this process (cassandra-driver, and TLS where the endpoint has it); Cassandra: its JVM; server: the relay',
      'process (tcp, tls; both relays share it), the proxy or the emulator; machine: every process on the machine; idle: the share of the machine left idle.',
      'Where the machine is busy, throughput goes as the inverse of machine CPU per request: direct / emulator is then about the best ratio possible here.',
      '',
    );
    process.stdout.write(lines.join('\n'));
  } finally {
    for (const side of sides) await side.client.shutdown();
    for (const child of children) await stopChild(child);
    await rm(dir, { recursive: true, force: true });
    await node?.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:emulator failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
