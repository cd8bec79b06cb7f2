// Memory held for unfinished frames goes back once their connections close: the issue's
// reproduction (12 connections, each 15 MiB into a 16 MiB frame) against an emulator in a process
// of its own, measured after full garbage collections. The bytes the emulator accounts for and the
// process's array buffers must return to where they started; resident memory must give back at
// least half of what it took (the C heap keeps some pages, so an exact bound would flake).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { connect, type TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Opcode } from '../../src/emulator/protocol/constants.js';
import type { ChildMeasure } from './helpers/emulator-child.js';

const MIB = 1024 * 1024;
const CONNECTIONS = 12;
const SENT = 15 * MIB;
const child = fileURLToPath(new URL('./helpers/emulator-child.ts', import.meta.url));

describe('memory for unfinished frames', () => {
  it(`returns after ${CONNECTIONS} connections holding ${SENT / MIB} MiB each have closed`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-memory-'));
    const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', child, join(dir, 'tls')], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
    const nextLine = async (): Promise<string> => {
      const { value, done } = await lines.next();
      if (done) throw new Error('the emulator process exited');
      return value as string;
    };
    const measure = async (): Promise<ChildMeasure> => {
      proc.stdin.write('measure\n');
      return JSON.parse(await nextLine()) as ChildMeasure;
    };
    const sockets: TLSSocket[] = [];
    try {
      const { port, ca } = JSON.parse(await nextLine()) as { port: number; ca: string };
      const base = await measure();
      const header = Buffer.alloc(9);
      header.writeUInt8(4, 0);
      header.writeUInt8(Opcode.Query, 4);
      header.writeUInt32BE(16 * MIB - 1, 5);
      const body = Buffer.alloc(SENT, 0x61);
      await Promise.all(
        Array.from(
          { length: CONNECTIONS },
          () =>
            new Promise<void>((resolve, reject) => {
              const socket = connect({ host: '127.0.0.1', port, ca: readFileSync(ca), servername: 'localhost' }, () => {
                socket.write(header);
                socket.write(body, (err) => (err ? reject(err) : resolve()));
              });
              socket.on('error', reject);
              sockets.push(socket);
            }),
        ),
      );
      let loaded = await measure();
      for (let i = 0; i < 600 && loaded.buffered < CONNECTIONS * SENT; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        loaded = await measure();
      }
      for (const s of sockets) s.destroy();
      let after = await measure();
      for (let i = 0; i < 100 && after.connections > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        after = await measure();
      }
      after = await measure();
      const report = (m: ChildMeasure): string => `rss ${(m.rss / MIB).toFixed(0)} MiB, array buffers ${(m.arrayBuffers / MIB).toFixed(0)} MiB, held ${(m.buffered / MIB).toFixed(0)} MiB`;
      process.stderr.write(`[emulator-memory] before: ${report(base)}; loaded: ${report(loaded)}; after closing: ${report(after)}\n`);
      expect(loaded.buffered).toBeGreaterThanOrEqual(CONNECTIONS * SENT);
      expect(loaded.rss - base.rss).toBeGreaterThan(CONNECTIONS * SENT * 0.8);
      expect(after.connections).toBe(0);
      expect(after.buffered).toBe(0);
      expect(after.arrayBuffers).toBeLessThan(base.arrayBuffers + 8 * MIB);
      expect(after.rss - base.rss).toBeLessThan((loaded.rss - base.rss) / 2);
    } finally {
      for (const s of sockets) s.destroy();
      proc.stdin.end();
      proc.kill();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
