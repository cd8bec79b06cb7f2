/**
 * `npm run bench:copy` — copying one table from an origin Cassandra to an empty target, end to end,
 * by each tool in the same run on the same machine:
 *   (a) DSBulk unload to CSV, then DSBulk load (each step timed, and the total);
 *   (b) cqlsh COPY TO a CSV file, then COPY FROM it;
 *   (c) ksmig copy, Cassandra to Cassandra (--target-auth none);
 *   (d) ksmig copy to the Keyspaces emulator (TLS + SigV4) in front of the same target node, and
 *       its peer: DSBulk loading the CSV of (a) through the emulator (TLS, the access key as a
 *       service-specific user name and password, LOCAL_QUORUM); its total counts (a)'s unload again.
 * Origin and target are two separate `ksmig local` nodes (Cassandra 5.0.8). The table (~200-byte
 * rows, seeded) is loaded once into the origin; before each tool the target keyspace is dropped and
 * recreated empty, and after it the target rows are counted exactly (token-range count) and 200
 * rows are compared with the origin. Prints rows/s, peak RSS of each process tree, and ksmig's
 * ratios to DSBulk and cqlsh. Not part of `npm test`.
 *
 *   npm run bench:copy                       # 1,000,000 rows
 *   npm run bench:copy -- --rows 20000 --only dsbulk,cqlsh,ksmig,dsbulk-emulator,emulator --keep
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import cassandra from 'cassandra-driver';
import { SigV4AuthProvider } from '../src/clusters/sigv4-authenticator.js';
import { runEmulator } from '../src/emulator/run.js';
import { copyTotals, prepareCqlsh } from './peers/cqlsh.js';
import { COLUMNS, TABLE, client, countRows, load, recreate, spotCheck, tableDdl } from './peers/data.js';
import { dsbulkTotals, prepareDsbulk } from './peers/dsbulk.js';
import { runKsmig, summaryTable } from './peers/ksmig.js';
import { headerLine, loadAverage, rate, thousands } from './peers/machine.js';
import { runOne } from './peers/proc.js';
import { build, java, log, options, startNodes } from './peers/setup.js';

const USAGE = `npm run bench:copy -- [--rows N] [--seed S] [--heap 1g] [--only dsbulk,cqlsh,ksmig,dsbulk-emulator,emulator] [--keep]
  --rows   rows in the table (default 1,000,000; ~200 bytes each)
  --heap   -Xmx of each Cassandra node (default 1g)
  --only   run only these paths
  --keep   keep the work directory (CSV files, tool logs)
  --dsbulk-args='…'  extra options for every DSBulk command (default none: DSBulk's defaults)`;
const KS = 'ksmig_bench';
const REGION = 'us-east-1';
const ACCESS_KEY = 'AKIABENCHCOPY0000001';
const SECRET_KEY = 'bench-copy-secret-0123456789';

interface Step {
  name: string;
  seconds: number;
  peakRssMiB: number;
  note?: string;
}

interface Outcome {
  label: string;
  steps: Step[];
  /** Total seconds (sum of the steps). */
  seconds?: number;
  peakRssMiB?: number;
  counted?: number;
  spotBad?: number;
  unavailable?: string;
  error?: string;
  note?: string;
}

async function main(): Promise<void> {
  const opt = options(USAGE, { 'dsbulk-args': { default: '' } });
  const dsbulkArgs = (opt.extra['dsbulk-args'] ?? '').split(/\s+/).filter((a) => a !== '');
  const want = (k: string): boolean => !opt.only || opt.only.has(k);
  const jdk = await java();
  const dsbulk = want('dsbulk') || want('dsbulk-emulator') ? await prepareDsbulk(jdk.bin, log, dsbulkArgs) : undefined;
  const cqlsh = want('cqlsh') ? await prepareCqlsh(log) : undefined;
  if (want('ksmig') || want('emulator')) build();

  // The machine and its load as the run starts (the load average is printed again at the end).
  const header = headerLine({
    java: jdk.version,
    extra: [`Cassandra 5.0.8 ×2 (origin, target; -Xmx ${opt.heap})`, ...(dsbulk ? [`DSBulk ${dsbulk.version} ${dsbulkArgs.length > 0 ? dsbulkArgs.join(' ') : '(defaults)'}`] : []), ...(cqlsh ? [`cqlsh ${cqlsh.version}`] : [])],
  });
  const work = await mkdtemp(join(tmpdir(), 'ksmig-bench-copy-'));
  const toolLog = join(work, 'tools.log');
  log(`work directory ${work}; starting origin and target Cassandra nodes…`);
  const { origin, target } = await startNodes(opt.heap, jdk);
  const originClient = client(origin.port);
  const targetClient = client(target.port);
  const outcomes: Outcome[] = [];
  let failed = false;
  try {
    await recreate(originClient, KS);
    const loadStart = process.hrtime.bigint();
    await load([{ client: originClient, ks: KS }], opt.seed, 0, opt.rows, (n) => log(`  loaded ${thousands(n)} rows`));
    const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
    const originCount = await countRows(originClient, KS);
    if (originCount !== opt.rows) throw new Error(`origin holds ${originCount} rows after loading ${opt.rows}`);

    const check = async (outcome: Outcome): Promise<void> => {
      outcome.counted = await countRows(targetClient, KS);
      outcome.spotBad = (await spotCheck({ client: originClient, ks: KS }, { client: targetClient, ks: KS }, opt.rows, opt.seed)).length;
    };
    const attempt = async (label: string, body: (o: Outcome) => Promise<void>): Promise<void> => {
      const o: Outcome = { label, steps: [] };
      outcomes.push(o);
      log(`${label}…`);
      try {
        await recreate(targetClient, KS);
        await body(o);
        if (!o.unavailable) {
          o.seconds = o.steps.reduce((s, x) => s + x.seconds, 0);
          o.peakRssMiB = Math.max(...o.steps.map((x) => x.peakRssMiB));
          await check(o);
        }
      } catch (err) {
        o.error = err instanceof Error ? err.message.split('\n').slice(0, 6).join('\n') : String(err);
      }
    };

    // DSBulk's CSV files are kept until the DSBulk-through-the-emulator path has loaded them too.
    const dsbulkCsv = join(work, 'dsbulk-csv');
    let dsbulkUnload: Step | undefined;
    if (dsbulk && want('dsbulk')) {
      await attempt(`DSBulk ${dsbulk.version}`, async (o) => {
        const logDir = join(work, 'dsbulk-logs');
        const unload = await runOne(dsbulk.command('unload', { port: origin.port, ks: KS, table: TABLE, dir: dsbulkCsv, logDir }), toolLog);
        const u = dsbulkTotals(unload.output);
        dsbulkUnload = { name: 'unload → CSV', seconds: unload.seconds, peakRssMiB: unload.peakRssMiB, note: `${thousands(u?.total ?? NaN)} rows, ${await dirMiB(dsbulkCsv)} MiB of CSV` };
        o.steps.push(dsbulkUnload);
        const loaded = await runOne(dsbulk.command('load', { port: target.port, ks: KS, table: TABLE, dir: dsbulkCsv, logDir }), toolLog);
        const l = dsbulkTotals(loaded.output);
        o.steps.push({ name: 'load ← CSV', seconds: loaded.seconds, peakRssMiB: loaded.peakRssMiB, note: `${thousands(l?.total ?? NaN)} rows, ${l?.failed ?? '?'} failed` });
      });
    }

    if (cqlsh) {
      await attempt(`cqlsh ${cqlsh.version}`, async (o) => {
        const dir = join(work, 'cqlsh');
        await mkdir(dir, { recursive: true });
        const file = join(dir, 'copy.csv');
        const cols = COLUMNS.join(', ');
        const to = await runOne(cqlsh.command(origin.port, `COPY ${KS}.${TABLE} (${cols}) TO '${file}' WITH HEADER = true`, dir), toolLog);
        o.steps.push({ name: 'COPY TO → CSV', seconds: to.seconds, peakRssMiB: to.peakRssMiB, note: `${((await stat(file)).size / 2 ** 20).toFixed(0)} MiB of CSV` });
        // cqlsh exits 2 when any batch failed even once, though COPY retries it (up to 5 times) and
        // may still import every row: the rows-imported line and the target count decide.
        const from = await runOne(cqlsh.command(target.port, `COPY ${KS}.${TABLE} (${cols}) FROM '${file}' WITH HEADER = true`, dir), toolLog, true);
        const totals = copyTotals(from.output);
        if (!totals) throw new Error(`cqlsh COPY FROM exited ${from.code} without a rows-imported line:\n${from.output.slice(-2000)}`);
        const retried = (from.output.match(/will retry later/g) ?? []).length;
        o.steps.push({
          name: 'COPY FROM ← CSV',
          seconds: from.seconds,
          peakRssMiB: from.peakRssMiB,
          note: `${thousands(totals.rows)} rows imported, ${totals.skipped} skipped${retried > 0 ? `; ${retried} batches retried after write timeouts (exit ${from.code})` : ''}`,
        });
        if (!opt.keep) await rm(file, { force: true });
      });
    }

    if (want('ksmig')) {
      await attempt('ksmig copy (Cassandra → Cassandra)', async (o) => {
        const r = await runKsmig(
          ['copy', '--origin', `127.0.0.1:${origin.port}`, '--target', `127.0.0.1:${target.port}`, '--target-auth', 'none', '--keyspace', KS, '--json', '--checkpoint', join(work, 'ksmig-copy.json')],
          {},
          toolLog,
        );
        if (!r.available) {
          o.unavailable = r.message;
          return;
        }
        if (r.code !== 0) throw new Error(`ksmig copy exited ${r.code}:\n${r.output.slice(-2000)}`);
        const t = summaryTable(r.summary, `${KS}.${TABLE}`);
        o.steps.push({ name: 'copy', seconds: r.seconds, peakRssMiB: r.peakRssMiB, note: ksmigNote(t, r.ownPeakRssMiB) });
      });
    }

    if (want('emulator') || (dsbulk && want('dsbulk-emulator'))) {
      const emuDir = join(work, 'emulator');
      await mkdir(emuDir, { recursive: true });
      const keysPath = join(emuDir, 'keys');
      await writeFile(keysPath, `${ACCESS_KEY} ${SECRET_KEY}\n`);
      // No capacity limits and no per-connection rate limit: this measures TLS, authentication and
      // the Keyspaces checks on every request, not throttling.
      const emulator = await runEmulator({
        backend: { host: target.host, port: target.port },
        listen: { host: '127.0.0.1', port: 0 },
        region: REGION,
        keysPath,
        stateDir: emuDir,
        maxSkewSeconds: 900,
        ddlDelaySeconds: 0,
      });
      const viaEmulator = new cassandra.Client({
        contactPoints: [`127.0.0.1:${emulator.port}`],
        localDataCenter: REGION,
        sslOptions: { ca: [readFileSync(emulator.caPath)], host: 'localhost', rejectUnauthorized: true },
        authProvider: new SigV4AuthProvider({ region: REGION, credentials: async () => ({ accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY }) }),
      });
      // The target table as a Keyspaces user creates it: through the endpoint.
      const createThroughEmulator = async (): Promise<void> => {
        await targetClient.execute(`DROP KEYSPACE IF EXISTS ${KS}`);
        await viaEmulator.execute(`CREATE KEYSPACE ${KS} WITH replication = {'class': 'SingleRegionStrategy'}`);
        await viaEmulator.execute(tableDdl(KS).replace('IF NOT EXISTS ', ''));
      };
      try {
        if (dsbulk && want('dsbulk-emulator')) {
          await attempt(`DSBulk ${dsbulk.version} (→ emulator → Cassandra)`, async (o) => {
            await createThroughEmulator();
            const logDir = join(work, 'dsbulk-logs');
            if (!existsSync(dsbulkCsv)) {
              const unload = await runOne(dsbulk.command('unload', { port: origin.port, ks: KS, table: TABLE, dir: dsbulkCsv, logDir }), toolLog);
              o.steps.push({ name: 'unload → CSV', seconds: unload.seconds, peakRssMiB: unload.peakRssMiB });
            } else if (dsbulkUnload) {
              o.steps.push({ ...dsbulkUnload, name: 'unload → CSV', note: 'the same unload as above, counted again' });
            }
            // DSBulk reaches the endpoint over TLS with the access key pair as a service-specific
            // user name and password (the emulator accepts both; no SigV4 plugin jar needed), writing
            // at LOCAL_QUORUM, the only write consistency Keyspaces accepts.
            const truststore = join(emuDir, 'truststore.p12');
            if (!existsSync(truststore)) {
              await runOne({ cmd: join(dirname(jdk.bin), 'keytool'), args: ['-importcert', '-noprompt', '-alias', 'emulator-ca', '-file', emulator.caPath, '-keystore', truststore, '-storetype', 'PKCS12', '-storepass', 'changeit'] });
            }
            const ssl = '--datastax-java-driver.advanced.ssl-engine-factory';
            const loaded = await runOne(
              dsbulk.command('load', {
                port: emulator.port,
                ks: KS,
                table: TABLE,
                dir: dsbulkCsv,
                logDir,
                extra: [
                  '-u', ACCESS_KEY, '-p', SECRET_KEY, '-cl', 'LOCAL_QUORUM',
                  `${ssl}.class`, 'DefaultSslEngineFactory',
                  `${ssl}.truststore-path`, truststore,
                  `${ssl}.truststore-password`, 'changeit',
                  `${ssl}.hostname-validation`, 'false',
                ],
              }),
              toolLog,
            );
            const l = dsbulkTotals(loaded.output);
            o.steps.push({ name: 'load ← CSV', seconds: loaded.seconds, peakRssMiB: loaded.peakRssMiB, note: `${thousands(l?.total ?? NaN)} rows, ${l?.failed ?? '?'} failed` });
          });
        }
        if (want('emulator')) {
          await attempt('ksmig copy (→ emulator → Cassandra)', async (o) => {
            await createThroughEmulator();
            const r = await runKsmig(
              [
                'copy', '--origin', `127.0.0.1:${origin.port}`, '--target', `127.0.0.1:${emulator.port}`, '--target-ca', emulator.caPath,
                '--region', REGION, '--target-auth', 'sigv4', '--keyspace', KS, '--json', '--checkpoint', join(work, 'ksmig-copy-emulator.json'),
              ],
              { AWS_ACCESS_KEY_ID: ACCESS_KEY, AWS_SECRET_ACCESS_KEY: SECRET_KEY, AWS_REGION: REGION },
              toolLog,
            );
            if (!r.available) {
              o.unavailable = r.message;
              return;
            }
            if (r.code !== 0) throw new Error(`ksmig copy exited ${r.code}:\n${r.output.slice(-2000)}`);
            const t = summaryTable(r.summary, `${KS}.${TABLE}`);
            o.steps.push({ name: 'copy', seconds: r.seconds, peakRssMiB: r.peakRssMiB, note: ksmigNote(t, r.ownPeakRssMiB) });
          });
        }
      } finally {
        await viaEmulator.shutdown();
        await emulator.close();
      }
    }
    if (!opt.keep) await rm(dsbulkCsv, { recursive: true, force: true });

    report(opt.rows, loadSeconds, originCount, outcomes, header);
    failed = outcomes.some((o) => o.error !== undefined || (o.counted !== undefined && o.counted !== opt.rows) || (o.spotBad ?? 0) > 0);
  } finally {
    await originClient.shutdown();
    await targetClient.shutdown();
    await Promise.all([origin.stop(), target.stop()]);
    if (opt.keep || failed) log(`kept ${work} (tool output in ${toolLog})`);
    else await rm(work, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

function ksmigNote(t: Record<string, number> | undefined, ownPeak: number): string {
  const own = `ksmig process alone ${ownPeak.toFixed(0)} MiB`;
  if (!t) return `no summary line; ${own}`;
  return `read ${thousands(t['read'] ?? NaN)}, written ${thousands(t['written'] ?? NaN)}, rejected ${t['rejected'] ?? '?'}; ${own}`;
}

async function dirMiB(dir: string): Promise<string> {
  let bytes = 0;
  for (const name of await readdir(dir)) bytes += (await stat(join(dir, name))).size;
  return (bytes / 2 ** 20).toFixed(0);
}

function report(rows: number, loadSeconds: number, originCount: number, outcomes: Outcome[], header: string): void {
  const lines: string[] = [];
  lines.push(`ksmig copy benchmark: ${thousands(rows)} rows of ~200 B (${KS}.${TABLE}), origin → empty target, one run, fresh processes`);
  lines.push(header);
  lines.push(`origin loaded in ${loadSeconds.toFixed(1)} s (${rate(rows, loadSeconds)}); exact count ${thousands(originCount)}`);
  lines.push('');
  const row = (label: string, seconds: number | undefined, rss: number | undefined, tail: string): string =>
    `  ${label.padEnd(50)} ${seconds === undefined ? ''.padStart(9) : `${seconds.toFixed(2)} s`.padStart(9)}  ${
      seconds === undefined ? ''.padStart(16) : rate(rows, seconds).padStart(16)
    }  ${rss === undefined ? ''.padStart(10) : `${rss.toFixed(0)} MiB`.padStart(10)}  ${tail}`;
  lines.push(`  ${'path'.padEnd(50)} ${'time'.padStart(9)}  ${'throughput'.padStart(16)}  ${'peak RSS'.padStart(10)}  target check / notes`);
  for (const o of outcomes) {
    if (o.unavailable) {
      lines.push(`  ${o.label.padEnd(50)} ${o.unavailable}`);
      continue;
    }
    if (o.error) {
      lines.push(`  ${o.label.padEnd(50)} FAILED: ${o.error}`);
      continue;
    }
    for (const s of o.steps) lines.push(row(`${o.label} ${s.name}`, s.seconds, s.peakRssMiB, s.note ?? ''));
    const complete = o.counted === rows ? `target count ${thousands(o.counted)} (complete)` : `target count ${thousands(o.counted ?? NaN)} — INCOMPLETE`;
    const spot = o.spotBad === 0 ? '200 sampled rows equal the origin' : `${o.spotBad} of 200 sampled rows DIFFER`;
    lines.push(row(`${o.label}${o.steps.length > 1 ? ' total' : ''}`, o.seconds, o.peakRssMiB, `${complete}; ${spot}`));
  }
  lines.push('');
  const total = (prefix: string, viaEmulator: boolean): number | undefined =>
    outcomes.find((o) => o.label.startsWith(prefix) && o.label.includes('emulator') === viaEmulator && o.seconds !== undefined)?.seconds;
  for (const k of outcomes.filter((o) => o.label.startsWith('ksmig'))) {
    if (k.seconds === undefined) {
      lines.push(`${k.label}: no figure (${k.unavailable ?? k.error ?? 'failed'})`);
      continue;
    }
    const viaEmulator = k.label.includes('emulator');
    const vs = (peer: number | undefined, name: string): string => (peer === undefined ? `${name}: not run` : `${(peer / k.seconds!).toFixed(2)}× ${name}'s throughput`);
    const peers = [vs(total('DSBulk', viaEmulator), viaEmulator ? 'DSBulk through the emulator' : 'DSBulk'), ...(viaEmulator ? [] : [vs(total('cqlsh', false), 'cqlsh')])];
    lines.push(`${k.label}: ${peers.join(', ')}; peak RSS ${k.peakRssMiB?.toFixed(0)} MiB (target: under 300 MB at 1M rows)`);
  }
  lines.push('Times are wall clock of whole fresh processes (JVM/Python/Node start-up included); peak RSS is the whole process tree, sampled every 100 ms plus each process\'s own high-water mark.');
  lines.push(`load average at end: ${loadAverage()}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:copy failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
