import type { Config, ConfigInput } from '../../config/index.js';
import type { CopyEvent } from '../../copy/events.js';
import { LateCopyControl } from '../../copy/late-control.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { EventStream } from '../../shared/events.js';
import { runCopyWorkflow, type CopyOptions } from '../../workflows/copy.js';
import { clusterConfigFlags, loadClusterConfig, tableJobConfigFlags, tableJobOptions, type TableJobFlags } from '../cluster-flags.js';
import type { CliIO } from '../io.js';
import { holdSignals } from '../signals.js';
import { stopOnSignal, untilSignal } from '../stop-on-signal.js';
import { chooseViewMode, showCopy } from '../../ui/index.js';

/** `ksmig copy`'s flags as commander parses them. */
export interface CopyFlags extends TableJobFlags {
  checkpoint?: string;
  resume?: boolean;
  maxErrors?: string;
  rejects?: string;
  preserveTtl?: boolean;
  preserveWritetime?: boolean;
  createTables?: boolean;
  dryRun?: boolean;
}

/** Runs `ksmig copy`: flags → config → the copy workflow → the live view; 0 copied, 1 rows rejected, 3 aborted, 4 interrupted. */
export async function runCopy(flags: CopyFlags, io: CliIO): Promise<number> {
  const config = loadClusterConfig(flags, io, configFlags(flags), 'copy');
  const options = copyOptions(config, flags, io);
  const mode = chooseViewMode({ json: flags.json === true, stdout: io.stdout, env: io.env });
  const events = new EventStream<CopyEvent>();
  const held = holdSignals();
  // The view is shown before the copy has controls (it connects and plans first): keys reach them once they exist.
  const control = new LateCopyControl(() => held.interrupt());
  const view = showCopy(events, { mode, stdout: io.stdout, stderr: io.stderr, stdin: io.stdin, control, env: io.env });
  stopOnSignal(held, view, control);
  try {
    const run = runCopyWorkflow(options, events.emitter, control.attach);
    // Before rows move there is nothing to save: a signal ends the copy at once.
    const result = await Promise.race([run, untilSignal(held, control, run, 'copy interrupted before any row was copied')]);
    if (result.dryRun) view.unmount();
    else await view.done;
    if (result.interrupted || control.stopped) {
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
  return {
    ...tableJobOptions(config, io.env),
    rate: copy.rate,
    concurrency: copy.concurrency,
    checkpoint: copy.checkpoint,
    resume: flags.resume === true,
    maxErrors: copy.maxErrors,
    rejects: copy.rejects,
    preserveTtl: copy.preserveTtl,
    preserveWritetime: copy.preserveWritetime,
    createTables: copy.createTables,
    dryRun: flags.dryRun === true,
    cwd: io.cwd,
  };
}

function configFlags(flags: CopyFlags): ConfigInput {
  return {
    ...clusterConfigFlags(flags),
    copy: {
      ...tableJobConfigFlags(flags),
      rate: flags.rate,
      checkpoint: flags.checkpoint,
      maxErrors: flags.maxErrors,
      rejects: flags.rejects,
      preserveTtl: flags.preserveTtl === true ? true : undefined,
      preserveWritetime: flags.preserveWritetime === true ? true : undefined,
      createTables: flags.createTables === true ? true : undefined,
    },
  };
}
