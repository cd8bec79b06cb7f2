import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyLogLine, LogFollower } from '../../src/local/readiness.js';

describe('classifyLogLine', () => {
  it('finds the CQL listening line and its port', () => {
    const line = 'INFO  [main] 2026-11-24 07:29:21,638 PipelineConfigurator - Starting listening for CQL clients on /127.0.0.1:37193 (unencrypted)...';
    expect(classifyLogLine(line)).toEqual({ kind: 'cql-listening', port: 37193 });
    expect(classifyLogLine('Starting listening for CQL clients on localhost/127.0.0.1:9042 (encrypted)...')).toEqual({ kind: 'cql-listening', port: 9042 });
  });

  it('finds Startup complete', () => {
    expect(classifyLogLine('INFO  [main] 2026-11-24 07:29:21,643 CassandraDaemon - Startup complete')).toEqual({ kind: 'startup-complete' });
  });

  it('finds bind failures with the port when the message names one', () => {
    expect(classifyLogLine('ERROR [main] CassandraDaemon - Failed to bind port 9042 on 127.0.0.1.')).toMatchObject({ kind: 'bind-failed', port: 9042 });
    expect(classifyLogLine('Unable to bind to address /127.0.0.1:7000. Set listen_address in cassandra.yaml to an interface you can use')).toMatchObject({ kind: 'bind-failed', port: 7000 });
    expect(classifyLogLine('java.rmi.server.ExportException: Port already in use: 7199; nested exception is:')).toMatchObject({ kind: 'bind-failed', port: 7199 });
    expect(classifyLogLine('/127.0.0.1:34775 is in use by another process.  Change listen_address:storage_port in cassandra.yaml')).toMatchObject({ kind: 'bind-failed', port: 34775 });
    expect(classifyLogLine('Exception (java.lang.IllegalStateException) encountered during startup: Failed to bind port 44387 on 127.0.0.1.')).toMatchObject({ kind: 'bind-failed', port: 44387 });
    expect(classifyLogLine('Caused by: java.net.BindException: Address already in use')).toMatchObject({ kind: 'bind-failed', port: undefined });
  });

  it('flags fatal startup errors and ignores ordinary lines', () => {
    expect(classifyLogLine('ERROR [main] CassandraDaemon - Exception encountered during startup')).toMatchObject({ kind: 'fatal' });
    expect(classifyLogLine('WARN  [main] StartupChecks - jemalloc shared library could not be preloaded')).toBeUndefined();
    expect(classifyLogLine('INFO  [main] StorageService - Startup completed in 3s? no')).toBeUndefined();
  });
});

describe('LogFollower', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ksmig-follow-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns nothing for a file that does not exist yet', async () => {
    expect(await new LogFollower(join(dir, 'absent.log')).poll()).toEqual([]);
  });

  it('returns only complete new lines, across partial writes', async () => {
    const file = join(dir, 'out.log');
    await writeFile(file, 'one\ntw');
    const follower = new LogFollower(file, 3);
    expect(await follower.poll()).toEqual(['one']);
    await appendFile(file, 'o\nthree\n');
    expect(await follower.poll()).toEqual(['two', 'three']);
    expect(await follower.poll()).toEqual([]);
    await appendFile(file, 'four\nfi');
    expect(await follower.poll()).toEqual(['four']);
    expect(follower.tail()).toEqual(['two', 'three', 'four', 'fi']);
  });
});
