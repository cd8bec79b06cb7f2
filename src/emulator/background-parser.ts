/**
 * Parses long statements on a worker thread. A statement the parser's fast path does not take can
 * cost the full parser a second or more when it is hundreds of KiB long; parsed on the event loop,
 * it would hold up every connection's requests meanwhile. On the worker only the requests waiting
 * for a statement of their own wait for it.
 */
import type { Worker } from 'node:worker_threads';
import type { Statement } from '../cql/ast/nodes.js';
import { startThread } from '../shared/threads.js';

/** What the emulator asks of a background parser (see `KeyspacesBehaviour`). */
export interface StatementParser {
  /** The one statement of `cql`, or null when it does not parse as exactly one; rejects when the thread failed. */
  parse(cql: string): Promise<Statement | null>;
  /** Stops the thread; parses still waiting reject. */
  close(): Promise<void>;
}

/** A message to the worker. */
export interface ParseRequest {
  id: number;
  cql: string;
}

/** The worker's answer: the statement (plain data, copied across threads) or null. */
export interface ParseReply {
  id: number;
  statement: Statement | null;
}

interface Waiting {
  resolve: (statement: Statement | null) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread, started on the first parse (its modules take about 0.1 s to load), answering
 * in order. It does not keep the process alive. A thread that fails or exits rejects what waits on
 * it, and the next parse starts a new one.
 */
export class BackgroundParser implements StatementParser {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private closed = false;

  /** @param entry the worker's module (parse-worker.js beside the module that starts it; .ts from the sources) */
  constructor(private readonly entry: URL) {}

  parse(cql: string): Promise<Statement | null> {
    if (this.closed) return Promise.reject(new Error('the background parser is closed'));
    const worker = this.thread();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: ParseRequest = { id, cql };
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.fail(new Error('the background parser is closed'));
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = startThread(this.entry);
    worker.unref();
    worker.on('message', (reply: ParseReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      waiting?.resolve(reply.statement);
    });
    const gone = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.fail(error);
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`the background parser's thread exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private fail(error: Error): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }
}
