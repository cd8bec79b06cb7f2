import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Checkpoint, type CheckpointData } from '../../src/copy/checkpoint.js';
import { planFingerprint } from '../../src/copy/plan.js';
import { WriteRateLimiter } from '../../src/copy/rate-limiter.js';

const data = (): CheckpointData => ({
  version: 1,
  fingerprint: 'f',
  describes: 'd',
  partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
  createdAt: 'now',
  updatedAt: 'now',
  tables: { 'ks.t': { target: 'ks.t', ranges: [['-10', '0'], ['0', '10']], done: [], splits: {}, started: [], rows: { read: 0, written: 0, rejected: 0 } } },
});

describe('copy checkpoint', () => {
  it('is on disk whole when markDone resolves, concurrent updates included, with no temporary file left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ksmig-cp-'));
    const path = join(dir, 'cp.json');
    const cp = await Checkpoint.create(path, data());
    await Promise.all([cp.markDone('ks.t', '0', { read: 5, written: 5, rejected: 0 }), cp.markDone('ks.t', '1', { read: 3, written: 2, rejected: 1 }), cp.markSplit('ks.t', '1.9', 4)]);
    const saved = (await Checkpoint.read(path)) as CheckpointData;
    expect(saved.tables['ks.t']?.done.sort()).toEqual(['0', '1']);
    expect(saved.tables['ks.t']?.rows).toEqual({ read: 8, written: 7, rejected: 1 });
    expect(saved.tables['ks.t']?.splits).toEqual({ '1.9': 4 });
    expect(await readdir(dir)).toEqual(['cp.json']);
    // Marking a range twice counts it once.
    await cp.markDone('ks.t', '0', { read: 5, written: 5, rejected: 0 });
    expect(JSON.parse(await readFile(path, 'utf8')).tables['ks.t'].rows.read).toBe(8);
  });

  it('refuses a file that is not a checkpoint with a usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ksmig-cp-'));
    await writeFile(join(dir, 'x.json'), '{"hello": 1}');
    await expect(Checkpoint.read(join(dir, 'x.json'))).rejects.toMatchObject({ kind: 'usage', message: expect.stringContaining('is not a ksmig copy checkpoint') });
    expect(await Checkpoint.read(join(dir, 'none.json'))).toBeUndefined();
  });

  it('fingerprints what a resume must agree with', () => {
    const a = planFingerprint({ tables: [{ table: 'ks.t', target: 'ks.t' }], preserveTtl: false, preserveWritetime: false, shard: undefined, partitioner: 'M' });
    const b = planFingerprint({ tables: [{ table: 'ks.t', target: 'other.t' }], preserveTtl: false, preserveWritetime: false, shard: undefined, partitioner: 'M' });
    const c = planFingerprint({ tables: [{ table: 'ks.t', target: 'ks.t' }], preserveTtl: false, preserveWritetime: false, shard: { index: 1, count: 2 }, partitioner: 'M' });
    expect(new Set([a.fingerprint, b.fingerprint, c.fingerprint]).size).toBe(3);
    expect(b.describes).toContain('ks.t → other.t');
  });
});

describe('write-rate limiter (AIMD in write units)', () => {
  const clock = () => {
    let now = 1_000_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('cuts the limit by 30% on throttling (once per burst) and adds back 5% of the budget per calm second', () => {
    const c = clock();
    const changes: Array<[number | undefined, string]> = [];
    const limiter = new WriteRateLimiter(1000, c.now, async () => undefined, (l, r) => changes.push([l, r]));
    limiter.throttled(900);
    limiter.throttled(900);
    expect(limiter.limit).toBe(700);
    c.advance(1100);
    limiter.calmSecond(700);
    expect(limiter.limit).toBe(750);
    for (let i = 0; i < 10; i++) {
      c.advance(1000);
      limiter.calmSecond(750);
    }
    expect(limiter.limit).toBe(1000);
    expect(changes[0]).toEqual([700, 'throttled']);
  });

  it('limits nothing without a budget until the target throttles, then lifts the limit once well above use', () => {
    const c = clock();
    const limiter = new WriteRateLimiter(undefined, c.now, async () => undefined);
    expect(limiter.limit).toBeUndefined();
    limiter.throttled(2000);
    expect(limiter.limit).toBe(1400);
    for (let i = 0; i < 30 && limiter.limit !== undefined; i++) {
      c.advance(1000);
      limiter.calmSecond(500);
    }
    expect(limiter.limit).toBeUndefined();
  });

  it('starts an unlimited copy’s first limit from what it was sending, not from what the target had confirmed', async () => {
    const c = clock();
    const limiter = new WriteRateLimiter(undefined, c.now, async () => undefined);
    for (let i = 0; i < 30; i++) {
      await limiter.acquire(10);
      c.advance(33);
    }
    // 300 units in the last two seconds: 150 a second; the target had confirmed none yet.
    expect(limiter.sendingPerSecond()).toBe(150);
    limiter.throttled(0);
    expect(limiter.limit).toBeCloseTo(105, 5);
  });

  it('waits for units when the bucket is empty', async () => {
    const c = clock();
    const waits: number[] = [];
    const limiter = new WriteRateLimiter(100, c.now, async (ms) => {
      waits.push(ms);
      c.advance(ms);
    });
    await limiter.acquire(100);
    await limiter.acquire(50);
    expect(waits.reduce((a, b) => a + b, 0)).toBe(500);
  });
});
