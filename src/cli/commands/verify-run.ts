import { resolve } from 'node:path';
import { loadConfig, type Config, type ConfigInput } from '../../config/index.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { EventStream } from '../../shared/events.js';
import { KsmigError } from '../../shared/errors.js';
import { registerSecret } from '../../shared/redact.js';
import type { QueryShapeResult, VerifyEvent } from '../../verify/events.js';
import { DifferenceSpool, writeReport } from '../../verify/report.js';
import { runQueryVerification } from '../../workflows/query-verify.js';
import { runVerifyWorkflow, type VerifyControl, type VerifyOptions } from '../../workflows/verify.js';
import { chooseViewMode, showVerify } from '../../ui/index.js';
import { clusterConfigFlags, requireClusters, resolveShard, targetOptions, type ClusterFlags } from '../cluster-flags.js';
import type { CliIO } from '../io.js';
import { holdSignals } from '../signals.js';

/** `ksmig verify`'s flags as commander parses them. */
export interface VerifyFlags extends ClusterFlags {
  keyspace?: string;
  tables?: string;
  targetKeyspace?: string;
  rate?: string;
  concurrency?: string;
  splits?: string;
  fetchSize?: string;
  sample?: string;
  compareTtl?: string | boolean;
  compareWritetime?: string | boolean;
  fix?: boolean;
  fixExtra?: boolean;
  queries?: string;
  samplesPerShape?: string;
  report?: string;
  shard?: string;
  shards?: string;
  maxUnavailable?: string;
  json?: boolean;
  config?: string;
}

/** Runs `ksmig verify`: 0 identical, 1 differences remain (or queries answer differently), 2 usage, 3 unreachable, 4 interrupted. */
export async function runVerify(flags: VerifyFlags, io: CliIO): Promise<number> {
  if (flags.originPassword !== undefined) registerSecret(flags.originPassword);
  const config = loadConfig({ cwd: io.cwd, env: io.env, flags: configFlags(flags), ...(flags.config !== undefined ? { configPath: flags.config } : {}) });
  requireClusters(config, flags.origin !== undefined || io.env['KSMIG_ORIGIN_CONTACT_POINTS'] !== undefined, 'verify');
  const options = verifyOptions(config, io);
  const mode = chooseViewMode({ json: flags.json === true, stdout: io.stdout, env: io.env });
  const events = new EventStream<VerifyEvent>();
  let control: VerifyControl | undefined;
  let interrupted = false;
  const held = holdSignals();
  const view = showVerify(events, {
    mode,
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    env: io.env,
    control: {
      stop: () => {
        interrupted = true;
        control?.stop();
        held.interrupt();
      },
    },
  });
  held.signal.addEventListener('abort', () => {
    interrupted = true;
    view.stopping();
    control?.stop();
  });
  const spool = config.verify.report !== undefined ? await DifferenceSpool.open() : undefined;
  try {
    const run = (async () => {
      const result = await runVerifyWorkflow({ ...options, report: config.verify.report, ...(spool ? { onDifference: (d) => spool.add(d) } : {}) }, events.emitter, (c) => {
        control = c;
        if (interrupted) c.stop();
      });
      let queries: QueryShapeResult[] | undefined;
      if (config.verify.queries !== undefined && !result.interrupted) {
        queries = await runQueryVerification(
          { origin: options.origin, target: options.target, file: config.verify.queries, samplesPerShape: config.verify.samplesPerShape, targetKeyspace: options.targetKeyspace, keyspaces: options.keyspaces, concurrency: options.concurrency, cwd: io.cwd },
          events.emitter,
        );
      }
      return { result, queries };
    })();
    const early = held.received.then(() => {
      if (control === undefined) throw new KsmigError('interrupted', 'KSMIG_INTERRUPTED', 'verify interrupted before any row was compared');
      return run;
    });
    const { result, queries } = await Promise.race([run, early]);
    const queriesDiffer = queries?.some((q) => q.mismatch > 0 || q.errors > 0) ?? false;
    events.emit({
      type: 'summary',
      tables: result.tables.map((t) => ({ table: t.table, compared: t.compared, missing: t.missing, extra: t.extra, different: t.different, keys: t.keys })),
      ...(queries !== undefined ? { queries: queries.map((q) => ({ shape: q.shape, runs: q.runs, match: q.match, mismatch: q.mismatch, errors: q.errors })) } : {}),
    });
    await view.done;
    if (spool !== undefined && config.verify.report !== undefined) {
      await writeReport(
        config.verify.report,
        {
          mode: result.mode,
          identical: !result.differencesRemain && !queriesDiffer,
          tables: result.tables.map((t) => ({ table: t.table, target: t.target, compared: t.compared, missing: t.missing, extra: t.extra, different: t.different, repaired: t.repaired, stillDifferent: t.stillDifferent, seconds: t.seconds })),
          queries,
          generatedAt: new Date().toISOString(),
        },
        spool,
      );
      io.stderr.write(`ksmig: wrote the verify report (${spool.size} differences) to ${config.verify.report}\n`);
    }
    if (result.interrupted || interrupted) {
      io.stderr.write('ksmig: verify interrupted; run it again to compare from the start\n');
      return ExitCode.Interrupted;
    }
    return result.differencesRemain || queriesDiffer ? ExitCode.Findings : ExitCode.Ok;
  } finally {
    view.unmount();
    held.release();
    await spool?.dispose();
  }
}

function verifyOptions(config: Config, io: CliIO): VerifyOptions {
  const tolerance = (value: number | undefined, fallback: number, flagGiven: boolean): number | undefined => (flagGiven ? (value ?? fallback) : value);
  return {
    origin: { ...config.origin },
    target: targetOptions(config),
    keyspaces: config.copy.keyspaces,
    tables: config.copy.tables,
    targetKeyspace: config.copy.targetKeyspace,
    rate: config.verify.rate,
    concurrency: config.copy.concurrency,
    splits: config.copy.splits,
    fetchSize: config.copy.fetchSize,
    samplePercent: config.verify.sample,
    compareTtl: tolerance(config.verify.compareTtl, 60, false),
    compareWritetime: tolerance(config.verify.compareWritetime, 0, false),
    fix: config.verify.fix,
    fixExtra: config.verify.fixExtra,
    shard: resolveShard(config, io.env),
    maxUnavailableSeconds: config.copy.maxUnavailableSeconds,
  };
}

function configFlags(flags: VerifyFlags): ConfigInput {
  const list = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(',').map((x) => x.trim()).filter((x) => x !== ''));
  // `--compare-ttl` alone means the default tolerance.
  const optional = (v: string | boolean | undefined, fallback: string): string | undefined => (v === true ? fallback : v === undefined || v === false ? undefined : v);
  return {
    ...clusterConfigFlags(flags),
    copy: {
      keyspaces: list(flags.keyspace),
      tables: list(flags.tables),
      targetKeyspace: flags.targetKeyspace,
      concurrency: flags.concurrency,
      splits: flags.splits,
      fetchSize: flags.fetchSize,
      maxUnavailableSeconds: flags.maxUnavailable,
      shard: flags.shard,
      shards: flags.shards,
    },
    verify: {
      rate: flags.rate,
      sample: flags.sample,
      compareTtl: optional(flags.compareTtl, '60'),
      compareWritetime: optional(flags.compareWritetime, '0'),
      fix: flags.fix === true ? true : undefined,
      fixExtra: flags.fixExtra === true ? true : undefined,
      report: flags.report === undefined ? undefined : resolve(flags.report),
      queries: flags.queries,
      samplesPerShape: flags.samplesPerShape,
    },
  };
}
