import { loadConfig, type Config, type ConfigInput } from '../../config/index.js';
import type { CopyControl, CopyEvent } from '../../copy/events.js';
import { parseShard, type Shard } from '../../scan/plan.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { EventStream } from '../../shared/events.js';
import { KsmigError, usageError } from '../../shared/errors.js';
import { registerSecret } from '../../shared/redact.js';
import { runCopyWorkflow, type CopyOptions } from '../../workflows/copy.js';
import { parsePort } from '../connection-flags.js';
import type { CliIO } from '../io.js';
import { holdSignals } from '../signals.js';
import { chooseViewMode, showCopy } from '../../ui/index.js';

/** `ksmig copy`'s flags as commander parses them. */
export interface CopyFlags {
  origin?: string;
  originDc?: string;
  originUsername?: string;
  originPassword?: string;
  originCa?: string;
  originInsecure?: boolean;
  target?: string;
  region?: string;
  targetAuth?: string;
  targetUsername?: string;
  targetCa?: string;
  targetDc?: string;
  profile?: string;
  insecure?: boolean;
  keyspace?: string;
  tables?: string;
  targetKeyspace?: string;
  rate?: string;
  concurrency?: string;
  splits?: string;
  fetchSize?: string;
  checkpoint?: string;
  resume?: boolean;
  maxErrors?: string;
  rejects?: string;
  preserveTtl?: boolean;
  preserveWritetime?: boolean;
  createTables?: boolean;
  shard?: string;
  shards?: string;
  maxUnavailable?: string;
  dryRun?: boolean;
  json?: boolean;
  config?: string;
}

/** Runs `ksmig copy`: flags → config → the copy workflow → the live view; 0 copied, 1 rows rejected, 3 aborted, 4 interrupted. */
export async function runCopy(flags: CopyFlags, io: CliIO): Promise<number> {
  if (flags.originPassword !== undefined) registerSecret(flags.originPassword);
  const config = loadConfig({ cwd: io.cwd, env: io.env, flags: configFlags(flags), ...(flags.config !== undefined ? { configPath: flags.config } : {}) });
  const options = copyOptions(config, flags, io);
  const mode = chooseViewMode({ json: flags.json === true, stdout: io.stdout, env: io.env });
  const events = new EventStream<CopyEvent>();
  let control: CopyControl | undefined;
  let interrupted = false;
  const held = holdSignals();
  // The view is shown before the copy has controls (it connects and plans first): keys reach them once they exist.
  const proxy: CopyControl = {
    pause: () => control?.pause(),
    resume: () => control?.resume(),
    setRate: (units) => control?.setRate(units),
    get rate() {
      return control?.rate;
    },
    stop: () => {
      interrupted = true;
      control?.stop();
      held.interrupt();
    },
  };
  const view = showCopy(events, { mode, stdout: io.stdout, stderr: io.stderr, stdin: io.stdin, control: proxy, env: io.env });
  held.signal.addEventListener('abort', () => {
    interrupted = true;
    view.stopping();
    control?.stop();
  });
  try {
    const run = runCopyWorkflow(options, events.emitter, (c) => {
      control = c;
      if (interrupted) c.stop();
    });
    // Before rows move there is nothing to save: a signal ends the copy at once.
    const early = held.received.then(() => {
      if (control === undefined) throw new KsmigError('interrupted', 'KSMIG_INTERRUPTED', 'copy interrupted before any row was copied');
      return run;
    });
    const result = await Promise.race([run, early]);
    if (result.dryRun) view.unmount();
    else await view.done;
    if (result.interrupted || interrupted) {
      io.stderr.write(`ksmig: copy interrupted; the checkpoint is saved in ${result.checkpoint}: run the same command with --resume to continue\n`);
      return ExitCode.Interrupted;
    }
    if (result.dryRun) return ExitCode.Ok;
    if (result.rejected > 0) {
      io.stderr.write(`ksmig: ${result.rejected} rows rejected; each is in ${result.rejects} with its key and cause\n`);
      return ExitCode.Findings;
    }
    return ExitCode.Ok;
  } finally {
    view.unmount();
    held.release();
  }
}

function copyOptions(config: Config, flags: CopyFlags, io: CliIO): CopyOptions {
  const copy = config.copy;
  if (flags.origin === undefined && io.env['KSMIG_ORIGIN_CONTACT_POINTS'] === undefined) throw usageError('copy needs the origin: --origin host[:port][,host…]');
  const auth = config.target.auth;
  if (auth === 'none' && config.target.endpoint === undefined) throw usageError('--target-auth none needs --target host[:port]');
  if (auth !== 'none' && config.target.region === undefined) throw usageError('copy to Amazon Keyspaces needs --region (or AWS_REGION)', 'for a plain Cassandra target, pass --target host:port --target-auth none');
  return {
    origin: { ...config.origin },
    target: {
      region: config.target.region,
      endpoint: config.target.endpoint,
      port: config.target.port,
      auth,
      username: config.target.username,
      password: config.target.password,
      profile: config.target.profile,
      ca: config.target.ca,
      insecure: config.target.insecure,
      localDataCenter: config.target.localDataCenter,
    },
    keyspaces: copy.keyspaces,
    tables: copy.tables,
    targetKeyspace: copy.targetKeyspace,
    rate: copy.rate,
    concurrency: copy.concurrency,
    splits: copy.splits,
    fetchSize: copy.fetchSize,
    checkpoint: copy.checkpoint,
    resume: flags.resume === true,
    maxErrors: copy.maxErrors,
    rejects: copy.rejects,
    preserveTtl: copy.preserveTtl,
    preserveWritetime: copy.preserveWritetime,
    createTables: copy.createTables,
    shard: resolveShard(config, io.env),
    dryRun: flags.dryRun === true,
    maxUnavailableSeconds: copy.maxUnavailableSeconds,
    cwd: io.cwd,
  };
}

/** `--shard i/N`, or the index a job engine gives (0-based) with `--shards N`. */
function resolveShard(config: Config, env: NodeJS.ProcessEnv): Shard | undefined {
  if (config.copy.shard !== undefined) {
    const shard = parseShard(config.copy.shard);
    if (shard === undefined) throw usageError(`--shard expects i/N with 1 ≤ i ≤ N, got '${config.copy.shard}'`);
    return shard;
  }
  const index = env['JOB_COMPLETION_INDEX'] ?? env['AWS_BATCH_JOB_ARRAY_INDEX'];
  if (index === undefined || index === '') return undefined;
  const source = env['JOB_COMPLETION_INDEX'] !== undefined ? 'JOB_COMPLETION_INDEX' : 'AWS_BATCH_JOB_ARRAY_INDEX';
  if (config.copy.shards === undefined) throw usageError(`${source} is set (${index}): pass --shards N so ksmig knows how many shards there are`);
  const i = Number(index);
  if (!/^\d+$/.test(index) || i >= config.copy.shards) throw usageError(`${source}=${index} is not a shard index below --shards ${config.copy.shards}`);
  return { index: i + 1, count: config.copy.shards };
}

function configFlags(flags: CopyFlags): ConfigInput {
  const list = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(',').map((x) => x.trim()).filter((x) => x !== ''));
  const target = flags.target === undefined ? undefined : /^(.*):(\d+)$/.exec(flags.target);
  return {
    origin: {
      contactPoints: list(flags.origin),
      localDataCenter: flags.originDc,
      username: flags.originUsername,
      password: flags.originPassword,
      tls: flags.originCa !== undefined || flags.originInsecure === true ? { ca: flags.originCa, insecure: flags.originInsecure === true ? true : undefined } : undefined,
    },
    target: {
      region: flags.region,
      endpoint: target ? target[1] : flags.target,
      port: target ? parsePort(target[2] as string, '--target') : undefined,
      auth: flags.targetAuth,
      username: flags.targetUsername,
      profile: flags.profile,
      ca: flags.targetCa,
      insecure: flags.insecure === true ? true : undefined,
      localDataCenter: flags.targetDc,
    },
    copy: {
      keyspaces: list(flags.keyspace),
      tables: list(flags.tables),
      targetKeyspace: flags.targetKeyspace,
      rate: flags.rate,
      concurrency: flags.concurrency,
      splits: flags.splits,
      fetchSize: flags.fetchSize,
      checkpoint: flags.checkpoint,
      maxErrors: flags.maxErrors,
      rejects: flags.rejects,
      preserveTtl: flags.preserveTtl === true ? true : undefined,
      preserveWritetime: flags.preserveWritetime === true ? true : undefined,
      createTables: flags.createTables === true ? true : undefined,
      maxUnavailableSeconds: flags.maxUnavailable,
      shard: flags.shard,
      shards: flags.shards,
    },
  };
}
