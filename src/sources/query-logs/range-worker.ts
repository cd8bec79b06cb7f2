import { parentPort, workerData } from 'node:worker_threads';
import { startThread } from '../../shared/threads.js';
import { foldRange, type RangeFold, type RangeFoldTask } from './range-fold.js';

/** What a worker thread posts back: its range's fold, or why it could not fold it. */
type RangeFoldMessage = { fold: RangeFold } | { error: string };

/**
 * The body of the worker-thread entry point: folds the range it was given (`workerData`) and posts
 * the fold back. The entry point is a module of its own (src/workflows/query-log-worker.ts), so
 * that the bundle can make it one of its entry points.
 */
export function serveRangeFold(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveRangeFold runs in a worker thread');
  foldRange(workerData as RangeFoldTask).then(
    (fold) => port.postMessage({ fold } satisfies RangeFoldMessage),
    (err: unknown) => port.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies RangeFoldMessage),
  );
}

/** A range being folded on a worker thread. */
export interface RangeFoldThread {
  /** The fold; rejects when the thread failed, whatever the cause. */
  readonly done: Promise<RangeFold>;
  /** Stops the thread (its fold then rejects, if it had not settled). */
  stop(): void;
}

/**
 * Folds `task` on a new worker thread running `entry` (a module that calls `serveRangeFold`). An
 * entry written in TypeScript (the CLI run from its sources, the tests) is loaded through tsx.
 */
export function foldOnThread(entry: URL, task: RangeFoldTask): RangeFoldThread {
  const worker = startThread(entry, { workerData: task });
  const done = new Promise<RangeFold>((resolve, reject) => {
    worker.once('message', (message: RangeFoldMessage) => {
      if ('fold' in message) resolve(message.fold);
      else reject(new Error(`a worker thread failed: ${message.error}`));
    });
    worker.once('error', (err) => reject(new Error(`a worker thread failed: ${err.message}`)));
    worker.once('exit', (code) => reject(new Error(`a worker thread exited (${code}) before it posted its fold`)));
  });
  return { done, stop: () => void worker.terminate() };
}
