import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive, isCassandraOf, parseState, readPidFile, readState, removeState, STATE_FILE, writeState, type LocalState } from '../../src/local/state.js';

describe('state file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ksmig-state-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const state = (): LocalState => ({
    state: 'running', host: '127.0.0.1', port: 19042, pid: 4242, dir, jmxPort: 17199, storagePort: 17000,
    auth: false, cassandraVersion: '5.0.8', logFile: join(dir, 'logs', 'stdout.log'), startedAt: '2026-11-24T07:00:00.000Z',
  });

  it('round-trips through write and read, and exposes the pid', async () => {
    await writeState(dir, state());
    expect(await readState(dir)).toEqual(state());
    expect(await readPidFile(dir)).toBe(4242);
    expect(JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8'))).toEqual(state());
    await removeState(dir);
    expect(await readState(dir)).toBeUndefined();
    expect(await readPidFile(dir)).toBeUndefined();
  });

  it('reads a truncated or foreign file as absent', async () => {
    await writeFile(join(dir, STATE_FILE), '{"state":"running","pid":');
    expect(await readState(dir)).toBeUndefined();
    expect(parseState('[]')).toBeUndefined();
    expect(parseState(JSON.stringify({ ...state(), pid: -1 }))).toBeUndefined();
    expect(parseState(JSON.stringify({ ...state(), state: 'stopped' }))).toBeUndefined();
  });
});

describe('process checks', () => {
  it('sees this process as alive and an exited child as gone', async () => {
    expect(isAlive(process.pid)).toBe(true);
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.on('exit', resolve));
    expect(child.pid).toBeDefined();
    expect(isAlive(child.pid as number)).toBe(false);
  });

  it('does not mistake an unrelated live process for a Cassandra node', () => {
    expect(isCassandraOf(process.pid, '/tmp/anything')).toBe(false);
  });
});
