/**
 * `ksmig demo` interrupted (SIGINT/SIGTERM reach it as an aborted signal): it stops between steps
 * with an `interrupted` error (exit 4) and goes no further — no cluster started, no report written.
 * The cluster part (two nodes, the emulator, copy and verify) is exercised end to end by
 * test/integration/demo.test.ts; these runs leave it out.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KsmigError } from '../../src/shared/errors.js';
import { runDemoWorkflow, type DemoEvent } from '../../src/workflows/demo.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function run(abortOn: (event: DemoEvent) => boolean, cluster: boolean): Promise<{ events: DemoEvent[]; error: unknown; work: string }> {
  const work = await mkdtemp(join(tmpdir(), 'ksmig-demo-test-'));
  dirs.push(work);
  const abort = new AbortController();
  const events: DemoEvent[] = [];
  let error: unknown;
  try {
    await runDemoWorkflow({ cluster, cwd: process.cwd(), workDir: work, signal: abort.signal }, (event) => {
      events.push(event);
      if (abortOn(event)) abort.abort();
    });
  } catch (err) {
    error = err;
  }
  return { events, error, work };
}

describe('the demo, interrupted', () => {
  it('stops during the audit', async () => {
    const { events, error } = await run((e) => e.type === 'step', false);
    expect(error).toBeInstanceOf(KsmigError);
    expect((error as KsmigError).kind).toBe('interrupted');
    expect(events.map((e) => e.type)).not.toContain('audit');
  });

  it('stops after the conversion, before any cluster is started or the report written', async () => {
    const { events, error, work } = await run((e) => e.type === 'target-schema', true);
    expect((error as KsmigError).kind).toBe('interrupted');
    const types = events.map((e) => e.type);
    expect(types).toContain('audit');
    expect(types).not.toContain('cassandra');
    expect(types).not.toContain('report');
    expect(types).not.toContain('done');
    expect(await readdir(work)).toEqual(['keyspaces-schema.cql']);
  });

  it('runs to its end when not interrupted (without the cluster part)', async () => {
    const { events, error } = await run(() => false, false);
    expect(error).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['audit', 'target-schema', 'skipped', 'report', 'done']));
  });
});
