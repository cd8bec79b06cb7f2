import type { Readable, Writable } from 'node:stream';
import { ExitCode } from '../shared/exit-codes.js';

/**
 * What a command may touch of the outside world. `run()` gets the real process streams; tests
 * pass their own, so commands never reach for `process.*` directly.
 */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** A write to stdout that failed for another reason than a closed pipe (see `processIO`), if any. */
  outputError?: () => Error | undefined;
  /**
   * Aborted when SIGINT or SIGTERM arrives (set by `run()`): a command stops at its next
   * checkpoint and cleans up; `run()` then prints what was interrupted and exits 4.
   */
  interrupted?: AbortSignal;
}

let guarded = false;
let outputError: Error | undefined;

/**
 * Error listeners on the process's stdout and stderr; without one, a failed write is an uncaught
 * exception with a stack trace.
 *
 * A closed pipe (EPIPE: `ksmig audit … | head -1`, a pager that quit) is the reader saying it has
 * read enough, not a failure: like `git` and `rg`, ksmig says nothing about it. The stream is
 * destroyed, so later writes are dropped; the command finishes its other work (an `--output` or
 * baseline file) and exits with the code it computed, so `set -o pipefail` still gates on
 * findings (exit 1). `rg` exits 0 here and `git` dies of SIGPIPE (141); keeping the command's
 * own code is what a CI gate needs.
 *
 * Any other write error (a full disk behind `> report.sarif`) must not pass for success: it is
 * reported on stderr once and the run exits 3 (aborted).
 */
function guardProcessOutput(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || outputError !== undefined) return;
    outputError = error;
    process.stderr.write(`ksmig: cannot write to standard output: ${error.message}\n`);
    // The error may arrive after run() returned its code; this keeps the run failed either way.
    process.exitCode = ExitCode.Aborted;
  });
  // Nowhere is left to report a broken stderr; it must not crash ksmig either.
  process.stderr.on('error', () => undefined);
}

/** The process's own streams. */
export function processIO(): CliIO {
  guardProcessOutput();
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    outputError: () => outputError,
  };
}
