/**
 * The copy engine: token ranges of every table are scanned in parallel (a few at a time, page by
 * page), each row becomes its writes (`RowWriter`), and writes go to the target with bounded
 * concurrency under the write-unit rate limiter. Rows of one partition travel in unlogged batches
 * of at most 30 statements; nothing is batched across partitions. Throttling is waited out and
 * retried, never counted as loss; a target or origin that goes away is waited for (up to
 * `maxUnavailableMs`); a row the target refuses for good is retried, then rejected with its key and
 * cause; a range that keeps failing is split and its pieces retried. A range is finished only once
 * the checkpoint on disk says so.
 */
import cassandra from 'cassandra-driver';
import { throttleKindOf, backoffDelayMs } from '../clusters/retry-policy.js';
import { limits } from '../keyspaces/limits.js';
import { scanEta } from '../scan/eta.js';
import { scanRange, type ScanPage } from '../scan/range-scan.js';
import { splitRange, type TokenRange } from '../scan/ranges.js';
import type { Partitioner } from '../scan/tokens.js';
import { KsmigError } from '../shared/errors.js';
import { RateWindow, type RateWindowOptions } from '../shared/rate-window.js';
import { redact } from '../shared/redact.js';
import type { Checkpoint } from './checkpoint.js';
import type { CopyControl, CopyEvent, FidelityMode } from './events.js';
import { BURST_SECONDS, type WriteRateLimiter } from './rate-limiter.js';
import type { RejectsFile } from './rejects.js';
import type { RowWriter, RowWrites, WriteStatement } from './row-writer.js';

/** One table to copy. */
export interface CopyJob {
  /** Origin `keyspace.table` (the checkpoint's key). */
  table: string;
  writer: RowWriter;
  /** The scan's CQL (`rangeQuery` with the writer's select list). */
  query: string;
  /** This process's planned ranges, by plan id. */
  ranges: Array<{ id: string; range: TokenRange }>;
  estimatedRows: number | undefined;
}

/** `--max-errors`: a count of rejected rows, or a percentage of the rows read. */
export interface ErrorThreshold {
  count?: number;
  percent?: number;
}

export interface CopierOptions {
  origin: cassandra.Client;
  target: cassandra.Client;
  partitioner: Partitioner;
  jobs: CopyJob[];
  checkpoint: Checkpoint;
  limiter: WriteRateLimiter;
  rejects: RejectsFile | undefined;
  /** Writes in flight at most. */
  concurrency: number;
  /** Rows per page of a range scan. */
  fetchSize: number;
  maxErrors: ErrorThreshold | undefined;
  /** How long the origin or target may be unreachable before the copy gives up (exit 3). */
  maxUnavailableMs: number;
  readConsistency: number;
  emit: (event: CopyEvent) => void;
  /** Progress events every this many ms (default 250). */
  progressMs?: number;
}

/** How the copy ended, per table. */
export interface CopyOutcome {
  interrupted: boolean;
  tables: Array<{ table: string; read: number; written: number; rejected: number; seconds: number; fidelity: FidelityMode; clampedCells: number }>;
}

interface Task {
  job: CopyJob;
  id: string;
  range: TokenRange;
  depth: number;
}

interface TableState {
  job: CopyJob;
  read: number;
  written: number;
  rejected: number;
  clampedCells: number;
  /** Tasks not yet finished (split tasks add their pieces). */
  pending: number;
  rangesDone: number;
  rangesTotal: number;
  startedAt: number | undefined;
  finishedAt: number | undefined;
}

/**
 * How the copy's speed is measured: no window begins in the first second, when the limiter's full
 * bucket lets a second of capacity out at once (see {@link RateWindow}).
 */
export const COPY_SPEED_OPTIONS: RateWindowOptions = { settleMs: BURST_SECONDS * 1000 };

const MAX_SPLIT_DEPTH = 3;
const SPLIT_PARTS = 4;
const ROW_ATTEMPTS = 3;
const SCAN_ATTEMPTS = 4;

/** A failure that ends the whole copy (exit 3), e.g. the target stayed unreachable. */
class FatalCopyError extends KsmigError {}

/** A range whose scan keeps failing for reasons other than throttling or an outage. */
class RangeFailure extends Error {}

/** Thrown through a range's work when the copy is being stopped (not a failure). */
class StopSignal extends Error {}

export class Copier implements CopyControl {
  private readonly tables = new Map<string, TableState>();
  private readonly queue: Task[] = [];
  private readonly active = new Set<string>();
  private inFlight = 0;
  private readonly slotWaiters: Array<() => void> = [];
  private paused = false;
  private pauseGate: Promise<void> | undefined;
  private releasePause: (() => void) | undefined;
  private stopping = false;
  private fatal: Error | undefined;
  private rowsRead = 0;
  private rowsWritten = 0;
  private rowsRejected = 0;
  private units = 0;
  private throttledCount = 0;
  private retries = 0;
  private readonly speed = new RateWindow({ rows: 0, units: 0 }, COPY_SPEED_OPTIONS);
  private readonly startedAt = Date.now();
  private readonly perRangeInFlight: number;
  private readonly parallelRanges: number;

  constructor(private readonly options: CopierOptions) {
    this.parallelRanges = Math.max(2, Math.min(16, Math.ceil(options.concurrency / 16)));
    this.perRangeInFlight = Math.max(8, 2 * Math.ceil(options.concurrency / this.parallelRanges));
    for (const job of options.jobs) {
      const state: TableState = { job, read: 0, written: 0, rejected: 0, clampedCells: 0, pending: 0, rangesDone: 0, rangesTotal: 0, startedAt: undefined, finishedAt: undefined };
      this.tables.set(job.table, state);
      for (const planned of job.ranges) this.enqueue(state, { job, id: planned.id, range: planned.range, depth: 0 }, false);
    }
  }

  // ── CopyControl ──

  get rate(): number | undefined {
    return this.options.limiter.budget;
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.pauseGate = new Promise((resolve) => (this.releasePause = resolve));
    this.options.emit({ type: 'paused' });
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.releasePause?.();
    this.pauseGate = undefined;
    // The bucket refilled while paused and goes out at once, as at the start.
    this.speed.restart(this.written());
    this.options.emit({ type: 'resumed' });
  }

  setRate(unitsPerSecond: number | undefined): void {
    this.options.limiter.setBudget(unitsPerSecond);
  }

  stop(): void {
    this.stopping = true;
    this.resume();
    for (const wake of this.slotWaiters.splice(0)) wake();
  }

  // ── running ──

  /** Copies every queued range; resolves when all are done or the copy was stopped. Throws on a fatal error. */
  async run(): Promise<CopyOutcome> {
    const progressMs = this.options.progressMs ?? 250;
    let lastCalm = Date.now();
    const ticker = setInterval(() => {
      this.emitProgress();
      if (Date.now() - lastCalm >= 1000) {
        lastCalm = Date.now();
        this.options.limiter.calmSecond(this.unitsPerSecond());
      }
    }, progressMs);
    try {
      for (const state of this.tables.values()) if (state.pending === 0) this.finishTable(state);
      const workers = Array.from({ length: this.parallelRanges }, () => this.worker());
      await Promise.all(workers);
    } finally {
      clearInterval(ticker);
    }
    this.emitProgress();
    if (this.fatal !== undefined) throw this.fatal;
    return {
      interrupted: this.stopping,
      tables: [...this.tables.values()].map((s) => {
        const saved = this.options.checkpoint.data.tables[s.job.table]?.rows ?? { read: 0, written: 0, rejected: 0 };
        return {
          table: s.job.table,
          read: saved.read + this.unsaved(s, 'read'),
          written: saved.written + this.unsaved(s, 'written'),
          rejected: saved.rejected + this.unsaved(s, 'rejected'),
          seconds: s.startedAt === undefined ? 0 : ((s.finishedAt ?? Date.now()) - s.startedAt) / 1000,
          fidelity: s.job.writer.fidelity,
          clampedCells: s.clampedCells,
        };
      }),
    };
  }

  /** Rows of this run in ranges not (yet) recorded as finished. */
  private readonly savedThisRun = new Map<string, { read: number; written: number; rejected: number }>();
  /** Ranges this run finished (not those a resumed checkpoint had). */
  private rangesDoneThisRun = 0;
  private unsaved(s: TableState, key: 'read' | 'written' | 'rejected'): number {
    return s[key] - (this.savedThisRun.get(s.job.table)?.[key] ?? 0);
  }

  private enqueue(state: TableState, task: Task, front: boolean): void {
    const checkpoint = this.options.checkpoint;
    if (checkpoint.isDone(task.job.table, task.id)) {
      state.rangesTotal++;
      state.rangesDone++;
      return;
    }
    const parts = checkpoint.data.tables[task.job.table]?.splits[task.id];
    if (parts !== undefined) {
      splitRange(task.range, parts).forEach((piece, i) => this.enqueue(state, { job: task.job, id: `${task.id}.${i}`, range: piece, depth: task.depth + 1 }, front));
      return;
    }
    state.pending++;
    state.rangesTotal++;
    if (front) this.queue.unshift(task);
    else this.queue.push(task);
  }

  private async worker(): Promise<void> {
    for (;;) {
      if (this.stopping || this.fatal !== undefined) return;
      const task = this.queue.shift();
      if (task === undefined) return;
      await this.gate();
      if (this.stopping || this.fatal !== undefined) {
        this.queue.unshift(task);
        return;
      }
      try {
        await this.copyRange(task);
      } catch (error) {
        if (this.stopping || error instanceof StopSignal) return;
        if (error instanceof FatalCopyError || this.fatal !== undefined) {
          this.fatal ??= error as Error;
          return;
        }
        await this.splitOrFail(task, error);
      }
    }
  }

  private async splitOrFail(task: Task, error: unknown): Promise<void> {
    const state = this.tables.get(task.job.table) as TableState;
    const cause = describe(error);
    if (task.depth >= MAX_SPLIT_DEPTH || task.range.end - task.range.start < BigInt(SPLIT_PARTS)) {
      this.fatal ??= new FatalCopyError('aborted', 'KSMIG_COPY_RANGE', `range (${task.range.start}, ${task.range.end}] of ${task.job.table} keeps failing: ${cause}`, {
        tryMessage: 'Resume with --resume once the cause is fixed; finished ranges are not copied again.',
      });
      return;
    }
    await this.options.checkpoint.markSplit(task.job.table, task.id, SPLIT_PARTS);
    const key = Number(task.id.split('.')[0]);
    this.options.emit({ type: 'range-split', table: task.job.table, range: key, parts: SPLIT_PARTS, cause });
    state.pending--;
    state.rangesTotal--;
    splitRange(task.range, SPLIT_PARTS)
      .reverse()
      .forEach((piece, i) => this.enqueue(state, { job: task.job, id: `${task.id}.${SPLIT_PARTS - 1 - i}`, range: piece, depth: task.depth + 1 }, true));
  }

  private async copyRange(task: Task): Promise<void> {
    const { job } = task;
    const state = this.tables.get(job.table) as TableState;
    if (state.startedAt === undefined) {
      state.startedAt = Date.now();
      this.options.emit({ type: 'table-start', table: job.table });
    }
    const label = `${job.table}#${task.id}`;
    this.active.add(label);
    const rangeIndex = Number(task.id.split('.')[0]);
    this.options.emit({ type: 'range-start', table: job.table, range: rangeIndex, start: task.range.start.toString(), end: task.range.end.toString() });
    if (job.writer.fidelity === 'counter') await this.options.checkpoint.markStarted(job.table, task.id);
    const counts = { read: 0, written: 0, rejected: 0 };
    const pending = new Set<Promise<void>>();
    let rangeInFlight = 0;
    let writeError: unknown;
    const rangeWaiters: Array<() => void> = [];
    const dispatch = async (rows: RowWrites[]): Promise<void> => {
      while (rangeInFlight >= this.perRangeInFlight && writeError === undefined) await new Promise<void>((r) => rangeWaiters.push(r));
      if (writeError !== undefined) throw writeError;
      if (this.stopping) throw new StopSignal();
      rangeInFlight++;
      const units = rows.reduce((a, r) => a + r.units, 0);
      await this.options.limiter.acquire(units);
      await this.takeSlot();
      const p: Promise<void> = this.writeRows(job, rows, counts, state)
        .catch((error: unknown) => {
          writeError ??= error;
        })
        .finally(() => {
          this.releaseSlot();
          rangeInFlight--;
          rangeWaiters.shift()?.();
          pending.delete(p);
        });
      pending.add(p);
    };
    // Consecutive failures of one page: an outage is measured from the first of them.
    let outageSince: number | undefined;
    const onFailure = async (error: unknown, attempt: number): Promise<void> => {
      if (attempt === 1) outageSince = undefined;
      if (this.stopping) throw new StopSignal();
      if (throttleKindOf(error) !== undefined || isOutage(error)) {
        outageSince ??= Date.now();
        if (Date.now() - outageSince > this.options.maxUnavailableMs) {
          throw new FatalCopyError('connection', 'KSMIG_COPY_ORIGIN', `the origin has been unreachable for ${Math.round((Date.now() - outageSince) / 1000)} s: ${describe(error)}`, {
            tryMessage: 'Resume with --resume once the origin is reachable; finished ranges are not copied again.',
          });
        }
        await this.retryPause(job.table, 'origin', error, Math.min(attempt, 8));
        return;
      }
      if (attempt >= SCAN_ATTEMPTS) throw new RangeFailure(describe(error));
      await this.retryPause(job.table, 'origin', error, attempt);
    };
    try {
      let batch: RowWrites[] = [];
      let statements = 0;
      let previousPartition: string | undefined;
      const flush = async (): Promise<void> => {
        if (batch.length === 0 || this.stopping) return;
        const rows = batch;
        batch = [];
        statements = 0;
        await dispatch(rows);
      };
      const pages: AsyncGenerator<ScanPage> = scanRange(this.options.origin, job.query, task.range, this.options.partitioner, {
        fetchSize: this.options.fetchSize,
        consistency: this.options.readConsistency,
        onFailure,
        stopped: () => this.stopping || this.fatal !== undefined,
      });
      for await (const page of pages) {
        for (const row of page.rows) {
          counts.read++;
          state.read++;
          this.rowsRead++;
          const writes = job.writer.writes(row, previousPartition);
          previousPartition = writes.partition;
          if (writes.refused !== undefined) {
            await this.reject(job, writes.key(), writes.refused, counts, state);
            continue;
          }
          if (writes.clampedCells > 0) state.clampedCells += writes.clampedCells;
          const batchable = job.writer.fidelity !== 'counter';
          if (!batchable || batch.length === 0 || batch[0]?.partition !== writes.partition || statements + writes.statements.length > limits.unloggedBatchStatements) {
            await flush();
          }
          batch.push(writes);
          statements += writes.statements.length;
          if (!batchable) await flush();
        }
        await flush();
        await this.gate();
        if (this.stopping || this.fatal !== undefined) break;
      }
      await flush();
      await Promise.all(pending);
      if (writeError !== undefined) throw writeError;
    } catch (error) {
      await Promise.allSettled(pending);
      this.active.delete(label);
      throw error;
    }
    this.active.delete(label);
    if (this.stopping || this.fatal !== undefined) return;
    await this.options.checkpoint.markDone(job.table, task.id, counts);
    const saved = this.savedThisRun.get(job.table) ?? { read: 0, written: 0, rejected: 0 };
    this.savedThisRun.set(job.table, { read: saved.read + counts.read, written: saved.written + counts.written, rejected: saved.rejected + counts.rejected });
    state.rangesDone++;
    this.rangesDoneThisRun++;
    state.pending--;
    this.options.emit({ type: 'range-done', table: job.table, range: rangeIndex, rows: counts.written });
    if (state.pending === 0) this.finishTable(state);
  }

  private finishTable(state: TableState): void {
    state.finishedAt = Date.now();
    const saved = this.options.checkpoint.data.tables[state.job.table]?.rows ?? { read: 0, written: 0, rejected: 0 };
    const seconds = state.startedAt === undefined ? 0 : (state.finishedAt - state.startedAt) / 1000;
    this.options.emit({ type: 'table-done', table: state.job.table, read: saved.read, written: saved.written, rejected: saved.rejected, seconds, fidelity: state.job.writer.fidelity });
  }

  /** Writes `rows` (one partition's rows as an unlogged batch, or one row), isolating and rejecting rows the target refuses. */
  private async writeRows(job: CopyJob, rows: RowWrites[], counts: { written: number; rejected: number }, state: TableState): Promise<void> {
    const statements = rows.flatMap((r) => r.statements);
    try {
      await this.send(job, statements, rows.length === 1 && statements.length === 1 ? 'single' : 'batch', rows.reduce((a, r) => a + r.units, 0));
      counts.written += rows.length;
      state.written += rows.length;
      this.rowsWritten += rows.length;
      this.units += rows.reduce((a, r) => a + r.units, 0);
    } catch (error) {
      if (error instanceof FatalCopyError || error instanceof StopSignal || this.stopping) throw error;
      if (rows.length > 1) {
        // Find the row the target refuses: each on its own.
        for (const row of rows) await this.writeRows(job, [row], counts, state);
        return;
      }
      const row = rows[0] as RowWrites;
      await this.reject(job, row.key(), describe(error), counts, state);
    }
  }

  /** Sends statements, waiting out throttling and outages; other errors are retried a few times, then thrown. */
  private async send(job: CopyJob, statements: WriteStatement[], mode: 'single' | 'batch', units: number): Promise<void> {
    const counter = job.writer.fidelity === 'counter';
    let outageSince: number | undefined;
    let throttles = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        if (mode === 'single') {
          const s = statements[0] as WriteStatement;
          await this.options.target.execute(s.query, s.params as cassandra.ArrayOrObject, { prepare: true, consistency: cassandra.types.consistencies.localQuorum, isIdempotent: !counter });
        } else {
          await this.options.target.batch(
            statements.map((s) => ({ query: s.query, params: s.params })),
            { prepare: true, logged: false, consistency: cassandra.types.consistencies.localQuorum, isIdempotent: !counter },
          );
        }
        return;
      } catch (error) {
        if (this.stopping) throw new StopSignal();
        const kind = throttleKindOf(error);
        if (kind !== undefined) {
          throttles++;
          this.throttledCount++;
          this.options.limiter.throttled(this.unitsPerSecond());
          const delayMs = backoffDelayMs(Math.min(throttles, 8), { baseDelayMs: 100, maxDelayMs: 10_000 });
          this.options.emit({ type: 'throttled', table: job.table, kind, retry: throttles, delayMs });
          await sleep(delayMs);
          // A retry is another write: it waits for its units like the first one did, so retries
          // cannot outrun the lowered limit and keep the target throttling.
          await this.options.limiter.acquire(units);
          attempt--;
          continue;
        }
        if (isOutage(error)) {
          outageSince ??= Date.now();
          if (Date.now() - outageSince > this.options.maxUnavailableMs) {
            throw new FatalCopyError('connection', 'KSMIG_COPY_TARGET', `the target has been unreachable for ${Math.round((Date.now() - outageSince) / 1000)} s: ${describe(error)}`, {
              tryMessage: 'Resume with --resume once the target is reachable; finished ranges are not copied again.',
            });
          }
          await this.retryPause(job.table, 'target', error, attempt);
          attempt--;
          continue;
        }
        if (attempt >= ROW_ATTEMPTS) throw error;
        await this.retryPause(job.table, 'target', error, attempt);
      }
    }
  }

  private async retryPause(table: string, side: 'origin' | 'target', error: unknown, attempt: number): Promise<void> {
    this.retries++;
    const delayMs = backoffDelayMs(Math.min(attempt, 8), { baseDelayMs: 200, maxDelayMs: 5_000 });
    this.options.emit({ type: 'retry', table, side, cause: describe(error), attempt, delayMs });
    await sleep(delayMs);
  }

  private async reject(job: CopyJob, key: Record<string, unknown>, cause: string, counts: { rejected: number }, state: TableState): Promise<void> {
    counts.rejected++;
    state.rejected++;
    this.rowsRejected++;
    this.options.emit({ type: 'reject', table: job.table, key, cause });
    await this.options.rejects?.add({ table: job.table, key, cause });
    const max = this.options.maxErrors;
    if (max === undefined) return;
    const overCount = max.count !== undefined && this.rowsRejected > max.count;
    // A percentage needs a sample before it means anything.
    const overPercent = max.percent !== undefined && this.rowsRead >= 100 && (this.rowsRejected / this.rowsRead) * 100 > max.percent;
    if (overCount || overPercent) {
      throw (this.fatal ??= new FatalCopyError('aborted', 'KSMIG_COPY_MAX_ERRORS', `${this.rowsRejected} rows rejected (${((this.rowsRejected / Math.max(1, this.rowsRead)) * 100).toFixed(2)}% of ${this.rowsRead} read): over --max-errors`, {
        tryMessage: 'See the rejects file for each row and its cause; fix the cause and resume with --resume.',
      }));
    }
  }

  private async gate(): Promise<void> {
    while (this.paused && this.pauseGate !== undefined) await this.pauseGate;
  }

  private async takeSlot(): Promise<void> {
    while (this.inFlight >= this.options.concurrency && !this.stopping) await new Promise<void>((r) => this.slotWaiters.push(r));
    this.inFlight++;
  }

  private releaseSlot(): void {
    this.inFlight--;
    this.slotWaiters.shift()?.();
  }

  private written(): { rows: number; units: number } {
    return { rows: this.rowsWritten, units: this.units };
  }

  /**
   * Write units per second the target confirmed lately, for the limiter. While that is still being
   * measured, what the copy is sending stands in: 0 would let a calm second lift an unbudgeted limit.
   */
  private unitsPerSecond(): number {
    return this.speed.current(this.written())?.units ?? this.options.limiter.sendingPerSecond();
  }

  private emitProgress(): void {
    const rate = this.speed.sample(this.written());
    let rangesDone = 0;
    let rangesTotal = 0;
    const tables = [...this.tables.values()].map((s) => {
      rangesDone += s.rangesDone;
      rangesTotal += s.rangesTotal;
      const saved = this.options.checkpoint.data.tables[s.job.table]?.rows ?? { read: 0, written: 0, rejected: 0 };
      const read = saved.read + this.unsaved(s, 'read');
      return {
        table: s.job.table,
        rowsRead: read,
        rowsWritten: saved.written + this.unsaved(s, 'written'),
        rowsRejected: saved.rejected + this.unsaved(s, 'rejected'),
        rangesDone: s.rangesDone,
        rangesTotal: s.rangesTotal,
        estimatedRows: s.job.estimatedRows,
      };
    });
    const elapsed = (Date.now() - this.startedAt) / 1000;
    const etaSeconds = scanEta(
      tables.map((t) => ({ rows: t.rowsRead, rangesDone: t.rangesDone, rangesTotal: t.rangesTotal, estimatedRows: t.estimatedRows })),
      { rowsPerSecond: rate?.rows, elapsedSeconds: elapsed, rangesThisRun: this.rangesDoneThisRun },
    );
    this.options.emit({
      type: 'progress',
      elapsedSeconds: elapsed,
      rowsRead: tables.reduce((a, t) => a + t.rowsRead, 0),
      rowsWritten: tables.reduce((a, t) => a + t.rowsWritten, 0),
      rowsRejected: tables.reduce((a, t) => a + t.rowsRejected, 0),
      writeUnits: this.units,
      rowsPerSecond: rate?.rows,
      writeUnitsPerSecond: rate?.units,
      rateLimit: this.options.limiter.limit,
      rateBudget: this.options.limiter.budget,
      rangesDone,
      rangesTotal,
      activeRanges: [...this.active],
      throttled: this.throttledCount,
      retries: this.retries,
      etaSeconds,
      paused: this.paused,
      tables,
    });
  }
}

/** True for failures that mean a node is unreachable for now (not a refusal of the statement). */
function isOutage(error: unknown): boolean {
  const e = error as { name?: string; code?: string; innerErrors?: unknown; message?: string };
  if (error instanceof cassandra.errors.NoHostAvailableError || error instanceof cassandra.errors.OperationTimedOutError || error instanceof cassandra.errors.BusyConnectionError) return true;
  if (error instanceof cassandra.errors.ResponseError) {
    const codes = cassandra.types.responseErrorCodes;
    return error.code === codes.isBootstrapping || error.code === codes.serverError;
  }
  return typeof e?.code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(e.code);
}

function describe(error: unknown): string {
  if (error instanceof cassandra.errors.NoHostAvailableError) {
    const inner = Object.entries((error as { innerErrors?: Record<string, unknown> }).innerErrors ?? {}).map(([host, e]) => `${host}: ${e instanceof Error ? e.message : String(e)}`);
    return redact(inner.length > 0 ? `no host available (${inner.join('; ')})` : error.message);
  }
  return redact(error instanceof Error ? error.message : String(error));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
