/**
 * `npm run bench:verify` — comparing one table between an origin Cassandra and a target that holds
 * the same rows, end to end, by each tool in the same run on the same machine:
 *   (a) the cheapest peer way: DSBulk unloads both sides to CSV (both at once), `sort` each side
 *       (LC_ALL=C, both at once), `comm -3` the sorted files; rows only on one side are classified
 *       by key into missing / extra / different;
 *   (b) ksmig verify (--target-auth none).
 * Origin and target are two separate `ksmig local` nodes (Cassandra 5.0.8) loaded with the same
 * seeded rows. With `--differences K`, K target rows are then deleted, K extra rows added and K rows
 * changed, and each tool's findings are checked against that. Not part of `npm test`.
 *
 *   npm run bench:verify                     # 1,000,000 identical rows
 *   npm run bench:verify -- --rows 20000 --differences 10 --keep
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { TABLE, client, countRows, load, recreate, row } from './peers/data.js';
import { dsbulkTotals, prepareDsbulk } from './peers/dsbulk.js';
import { runKsmig, summaryTable } from './peers/ksmig.js';
import { headerLine, loadAverage, rate, thousands } from './peers/machine.js';
import { runMeasured, runOne } from './peers/proc.js';
import { build, java, log, options, startNodes } from './peers/setup.js';
import { rng } from './random.js';

const USAGE = `npm run bench:verify -- [--rows N] [--differences K] [--seed S] [--heap 1g] [--only dsbulk,ksmig] [--keep]
  --rows         rows in the table (default 1,000,000; ~200 bytes each), the same on both sides
  --differences  make K rows missing, K extra and K different on the target (default 0: identical)
  --heap         -Xmx of each Cassandra node (default 1g)
  --only         run only these paths
  --keep         keep the work directory (CSV files, tool logs)
  --dsbulk-args='…'  extra options for every DSBulk command (default none: DSBulk's defaults)`;
const KS = 'ksmig_bench';

interface Found {
  compared?: number;
  missing: number;
  extra: number;
  different: number;
}

interface Step {
  name: string;
  seconds: number;
  peakRssMiB: number;
  note?: string;
}

interface Outcome {
  label: string;
  steps: Step[];
  seconds?: number;
  peakRssMiB?: number;
  found?: Found;
  unavailable?: string;
  error?: string;
}

/** Makes the target differ from the origin: K rows deleted, K added past the end, K with another amount. */
async function diverge(target: cassandra.Client, rows: number, k: number, seed: number): Promise<{ missing: number; extra: number; different: number }> {
  if (k === 0) return { missing: 0, extra: 0, different: 0 };
  if (2 * k > rows) throw new Error(`--differences ${k} needs at least ${2 * k} rows`);
  const r = rng(seed ^ 0xd1ff);
  const picked = new Set<number>();
  while (picked.size < 2 * k) picked.add(Math.floor(r() * rows));
  const ids = [...picked];
  const opts = { prepare: true };
  for (const id of ids.slice(0, k)) await target.execute(`DELETE FROM ${KS}.${TABLE} WHERE id = ?`, [cassandra.types.Long.fromNumber(id)], opts);
  for (const id of ids.slice(k)) {
    await target.execute(`UPDATE ${KS}.${TABLE} SET amount = ? WHERE id = ?`, [row(seed, id).amount + 1, cassandra.types.Long.fromNumber(id)], opts);
  }
  await load([{ client: target, ks: KS }], seed, rows, rows + k);
  return { missing: k, extra: k, different: k };
}

/** Reads `comm -3` output: column 1 = only in origin, column 2 (tab-prefixed) = only in target; the key is the first CSV field. */
async function classify(commOutput: string): Promise<Found> {
  const onlyOrigin = new Set<string>();
  const onlyTarget = new Set<string>();
  for (const line of (await readFile(commOutput, 'utf8')).split('\n')) {
    if (line === '') continue;
    if (line.startsWith('\t')) onlyTarget.add(line.slice(1).split(',', 1)[0]!);
    else onlyOrigin.add(line.split(',', 1)[0]!);
  }
  let different = 0;
  for (const id of onlyOrigin) if (onlyTarget.has(id)) different++;
  return { missing: onlyOrigin.size - different, extra: onlyTarget.size - different, different };
}

async function csvFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.csv')).sort().map((n) => join(dir, n));
}

async function main(): Promise<void> {
  const opt = options(USAGE, { differences: { default: '0' }, 'dsbulk-args': { default: '' } });
  const dsbulkArgs = (opt.extra['dsbulk-args'] ?? '').split(/\s+/).filter((a) => a !== '');
  const k = Number(opt.extra['differences'] ?? 0);
  if (!Number.isInteger(k) || k < 0) throw new Error(`--differences must be a non-negative integer`);
  const want = (name: string): boolean => !opt.only || opt.only.has(name);
  const jdk = await java();
  const dsbulk = want('dsbulk') ? await prepareDsbulk(jdk.bin, log, dsbulkArgs) : undefined;
  if (want('ksmig')) build();

  // The machine and its load as the run starts (the load average is printed again at the end).
  const header = headerLine({
    java: jdk.version,
    extra: [`Cassandra 5.0.8 ×2 (origin, target; -Xmx ${opt.heap})`, ...(dsbulk ? [`DSBulk ${dsbulk.version} ${dsbulkArgs.length > 0 ? dsbulkArgs.join(' ') : '(defaults)'}`] : []), 'GNU coreutils sort/comm'],
  });
  const work = await mkdtemp(join(tmpdir(), 'ksmig-bench-verify-'));
  const toolLog = join(work, 'tools.log');
  log(`work directory ${work}; starting origin and target Cassandra nodes…`);
  const { origin, target } = await startNodes(opt.heap, jdk);
  const originClient = client(origin.port);
  const targetClient = client(target.port);
  const outcomes: Outcome[] = [];
  let failed = false;
  try {
    await Promise.all([recreate(originClient, KS), recreate(targetClient, KS)]);
    const loadStart = process.hrtime.bigint();
    await load(
      [
        { client: originClient, ks: KS },
        { client: targetClient, ks: KS },
      ],
      opt.seed,
      0,
      opt.rows,
      (n) => log(`  loaded ${thousands(n)} rows on both sides`),
    );
    const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
    const expected = await diverge(targetClient, opt.rows, k, opt.seed);
    const [originCount, targetCount] = await Promise.all([countRows(originClient, KS), countRows(targetClient, KS)]);
    if (originCount !== opt.rows) throw new Error(`origin holds ${originCount} rows after loading ${opt.rows}`);

    const attempt = async (label: string, body: (o: Outcome) => Promise<void>): Promise<void> => {
      const o: Outcome = { label, steps: [] };
      outcomes.push(o);
      log(`${label}…`);
      try {
        await body(o);
        if (!o.unavailable) {
          o.seconds = o.steps.reduce((s, x) => s + x.seconds, 0);
          o.peakRssMiB = Math.max(...o.steps.map((x) => x.peakRssMiB));
        }
      } catch (err) {
        o.error = err instanceof Error ? err.message.split('\n').slice(0, 6).join('\n') : String(err);
      }
    };

    if (dsbulk) {
      await attempt(`DSBulk ${dsbulk.version} + sort + comm`, async (o) => {
        const a = join(work, 'origin-csv');
        const b = join(work, 'target-csv');
        const logDir = join(work, 'dsbulk-logs');
        const unload = await runMeasured(
          [
            dsbulk.command('unload', { port: origin.port, ks: KS, table: TABLE, dir: a, logDir, header: false }),
            dsbulk.command('unload', { port: target.port, ks: KS, table: TABLE, dir: b, logDir, header: false }),
          ],
          toolLog,
        );
        if (unload.codes.some((c) => c !== 0)) throw new Error(`DSBulk unload exited ${unload.codes.join(', ')}:\n${unload.outputs.join('\n').slice(-2000)}`);
        const totals = unload.outputs.map((out) => dsbulkTotals(out)?.total ?? NaN);
        o.steps.push({ name: 'unload both sides → CSV', seconds: unload.seconds, peakRssMiB: unload.peakRssMiB, note: `${totals.map(thousands).join(' + ')} rows (two JVMs at once)` });

        const env = { ...process.env, LC_ALL: 'C' };
        const sortCmd = async (dir: string, out: string): Promise<{ cmd: string; args: string[]; env: NodeJS.ProcessEnv }> => ({ cmd: 'sort', args: ['-o', out, ...(await csvFiles(dir))], env });
        const sa = join(work, 'origin.sorted');
        const sb = join(work, 'target.sorted');
        const sorted = await runMeasured([await sortCmd(a, sa), await sortCmd(b, sb)], toolLog);
        if (sorted.codes.some((c) => c !== 0)) throw new Error(`sort exited ${sorted.codes.join(', ')}:\n${sorted.outputs.join('\n').slice(-2000)}`);
        const bytes = (await stat(sa)).size + (await stat(sb)).size;
        o.steps.push({ name: 'sort both sides', seconds: sorted.seconds, peakRssMiB: sorted.peakRssMiB, note: `${(bytes / 2 ** 20).toFixed(0)} MiB of CSV` });
        if (!opt.keep) await Promise.all([rm(a, { recursive: true, force: true }), rm(b, { recursive: true, force: true })]);

        const diff = join(work, 'comm.txt');
        const started = process.hrtime.bigint();
        const comm = await runOne({ cmd: 'bash', args: ['-c', 'comm -3 "$1" "$2" > "$3"', 'comm', sa, sb, diff], env }, toolLog);
        o.found = await classify(diff);
        const classifySeconds = Number(process.hrtime.bigint() - started) / 1e9 - comm.seconds;
        o.steps.push({ name: 'comm -3 + classify', seconds: comm.seconds + classifySeconds, peakRssMiB: comm.peakRssMiB, note: `${thousands(o.found.missing + o.found.extra + 2 * o.found.different)} differing lines` });
        if (!opt.keep) await Promise.all([rm(sa, { force: true }), rm(sb, { force: true })]);
      });
    }

    if (want('ksmig')) {
      await attempt('ksmig verify', async (o) => {
        const r = await runKsmig(['verify', '--origin', `127.0.0.1:${origin.port}`, '--target', `127.0.0.1:${target.port}`, '--target-auth', 'none', '--keyspace', KS, '--json'], {}, toolLog);
        if (!r.available) {
          o.unavailable = r.message;
          return;
        }
        const t = summaryTable(r.summary, `${KS}.${TABLE}`);
        // A verify that finds differences may well exit non-zero; only a missing summary is a failure.
        if (!t) throw new Error(`ksmig verify exited ${r.code} without a summary line:\n${r.output.slice(-2000)}`);
        o.found = { compared: t['compared'], missing: t['missing'] ?? NaN, extra: t['extra'] ?? NaN, different: t['different'] ?? NaN };
        o.steps.push({ name: '', seconds: r.seconds, peakRssMiB: r.peakRssMiB, note: `exit ${r.code}; ksmig process alone ${r.ownPeakRssMiB.toFixed(0)} MiB` });
      });
    }

    const lines: string[] = [];
    lines.push(`ksmig verify benchmark: ${thousands(opt.rows)} rows of ~200 B (${KS}.${TABLE}) on origin and target, ${k === 0 ? 'identical' : `target with ${k} missing, ${k} extra and ${k} different rows`}, one run, fresh processes`);
    lines.push(header);
    lines.push(`both sides loaded in ${loadSeconds.toFixed(1)} s; exact counts: origin ${thousands(originCount)}, target ${thousands(targetCount)}`);
    lines.push('');
    const fmt = (label: string, seconds: number | undefined, rss: number | undefined, tail: string): string =>
      `  ${label.padEnd(54)} ${seconds === undefined ? ''.padStart(9) : `${seconds.toFixed(2)} s`.padStart(9)}  ${
        seconds === undefined ? ''.padStart(16) : rate(opt.rows, seconds).padStart(16)
      }  ${rss === undefined ? ''.padStart(10) : `${rss.toFixed(0)} MiB`.padStart(10)}  ${tail}`;
    lines.push(`  ${'path'.padEnd(54)} ${'time'.padStart(9)}  ${'compared/s'.padStart(16)}  ${'peak RSS'.padStart(10)}  findings / notes`);
    const wanted = `missing ${expected.missing}, extra ${expected.extra}, different ${expected.different}`;
    for (const o of outcomes) {
      if (o.unavailable || o.error) {
        lines.push(`  ${o.label.padEnd(54)} ${o.unavailable ?? `FAILED: ${o.error}`}`);
        continue;
      }
      if (o.steps.length > 1) for (const s of o.steps) lines.push(fmt(`${o.label}: ${s.name}`, s.seconds, s.peakRssMiB, s.note ?? ''));
      const f = o.found;
      const got = f ? `missing ${f.missing}, extra ${f.extra}, different ${f.different}` : 'no findings';
      const right = got === wanted;
      if (!right) failed = true;
      const compared = f?.compared !== undefined ? `compared ${thousands(f.compared)}; ` : '';
      const single = o.steps.length === 1 ? `; ${o.steps[0]?.note ?? ''}` : '';
      lines.push(fmt(`${o.label}${o.steps.length > 1 ? ' total' : ''}`, o.seconds, o.peakRssMiB, `${compared}${got}${right ? ' (as expected)' : ` — EXPECTED ${wanted}`}${single}`));
    }
    lines.push('');
    const peer = outcomes.find((o) => o.label.startsWith('DSBulk'))?.seconds;
    const ours = outcomes.find((o) => o.label === 'ksmig verify');
    if (ours?.seconds === undefined) lines.push(`ksmig verify: no figure (${ours?.unavailable ?? ours?.error ?? 'not run'})`);
    else lines.push(`ksmig verify: ${peer === undefined ? 'DSBulk path not run' : `${(peer / ours.seconds).toFixed(2)}× the DSBulk + sort + comm throughput`}; peak RSS ${ours.peakRssMiB?.toFixed(0)} MiB`);
    lines.push('Rows compared per second = origin rows / wall time. Times are whole fresh processes (start-up included); peak RSS is the process trees running at once, sampled every 100 ms plus each process\'s own high-water mark.');
    lines.push(`load average at end: ${loadAverage()}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    if (outcomes.some((o) => o.error !== undefined)) failed = true;
  } finally {
    await originClient.shutdown();
    await targetClient.shutdown();
    await Promise.all([origin.stop(), target.stop()]);
    if (opt.keep || failed) log(`kept ${work} (tool output in ${toolLog})`);
    else await rm(work, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:verify failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
