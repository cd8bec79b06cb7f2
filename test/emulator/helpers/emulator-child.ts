// An emulator in a process of its own, for measuring its memory: run it with
// `node --expose-gc --import tsx emulator-child.ts <tls-dir>`. It prints {"port","ca"} once
// listening (no backend: clients never get past authentication), then answers each "measure" line
// on stdin with its memory after a full garbage collection, the bytes it holds for unfinished
// frames and its open connections, as one JSON line.
import { createInterface } from 'node:readline';
import { startEmulator } from '../../../src/emulator/server.js';
import { ensureTlsMaterial } from '../../../src/emulator/tls.js';

/** One answer to "measure". */
export interface ChildMeasure {
  rss: number;
  heapUsed: number;
  arrayBuffers: number;
  buffered: number;
  connections: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const tlsDir = process.argv[2];
if (!tlsDir) throw new Error('usage: emulator-child.ts <tls-dir>');

const emulator = await startEmulator({
  backend: { host: '127.0.0.1', port: 1 },
  probe: false,
  listen: { host: '127.0.0.1', port: 0 },
  region: 'us-east-1',
  keys: new Map([['AKIDCHILD', 'child-secret']]),
  tls: await ensureTlsMaterial(tlsDir),
  // Sending the frames may take a while on a busy machine; that is not what is measured.
  limits: { authTimeoutMs: 0 },
});
process.stdout.write(`${JSON.stringify({ port: emulator.port, ca: emulator.caPath })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'measure') continue;
  // Counted first, so the memory below never includes a connection counted as gone.
  const counts = { buffered: emulator.bufferedBytes(), connections: emulator.connectionCount() };
  // Array buffers are freed by a sweeper that runs after the collection: give it a moment, and collect again.
  gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  const m = process.memoryUsage();
  const answer: ChildMeasure = { rss: m.rss, heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers, ...counts };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
await emulator.close();
