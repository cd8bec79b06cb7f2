import { loadConfig, type Config, type ConfigInput } from '../../config/index.js';
import type { CopyControl, CopyEvent } from '../../copy/events.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { EventStream } from '../../shared/events.js';
import { KsmigError } from '../../shared/errors.js';
import { registerSecret } from '../../shared/redact.js';
import { runCopyWorkflow, type CopyOptions } from '../../workflows/copy.js';
import { clusterConfigFlags, requireClusters, resolveShard, targetOptions, type ClusterFlags } from '../cluster-flags.js';
import type { CliIO } from '../io.js';
import { holdSignals } from '../signals.js';
import { chooseViewMode, showCopy } from '../../ui/index.js';

/** `ksmig copy`'s flags as commander parses them. */
export interface CopyFlags extends ClusterFlags {
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
  requireClusters(config, flags.origin !== undefined || io.env['KSMIG_ORIGIN_CONTACT_POINTS'] !== undefined, 'copy');
  return {
    origin: { ...config.origin },
    target: targetOptions(config),
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

function configFlags(flags: CopyFlags): ConfigInput {
  const list = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(',').map((x) => x.trim()).filter((x) => x !== ''));
  return {
    ...clusterConfigFlags(flags),
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
