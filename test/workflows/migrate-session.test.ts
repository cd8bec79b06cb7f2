import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MigrationSession, provisionedCapacityCost } from '../../src/workflows/migrate.js';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'ksmig-migrate-session-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('MigrationSession', () => {
  it('saves where it stands, one write after the other, and resumes from it', async () => {
    const session = await MigrationSession.open({ cwd, resume: false });
    session.state.keyspaces = ['shop'];
    await Promise.all([session.advance('audit'), session.advance('schema'), session.save(), session.advance('apply')]);
    const resumed = await MigrationSession.open({ cwd, resume: true });
    expect(resumed.state.step).toBe('apply');
    expect(resumed.state.keyspaces).toEqual(['shop']);
    expect(resumed.dir).toBe(join(cwd, '.ksmig', 'migrate'));
  });

  it('refuses to resume nothing, or a file that is not its state', async () => {
    await expect(MigrationSession.open({ cwd, resume: true })).rejects.toThrow(`nothing to resume: ${join(cwd, '.ksmig', 'migrate', 'state.json')} does not exist`);
    await mkdir(join(cwd, 'x'), { recursive: true });
    await writeFile(join(cwd, 'x', 'state.json'), '{"version": 2, "step": "copy"}');
    await expect(MigrationSession.open({ cwd, dir: 'x', resume: true })).rejects.toThrow('is not a ksmig migration state (version 1)');
  });

  it('starting a new migration moves the files of the earlier one aside, never over them', async () => {
    const first = await MigrationSession.open({ cwd, resume: false });
    await first.advance('copy');
    await writeFile(first.state.checkpoint, '{}');
    const second = await MigrationSession.open({ cwd, resume: false });
    expect(second.archived).toMatch(/previous-\d{4}-\d\d-\d\dT/);
    expect(second.state.step).toBe('connect');
    expect((await readdir(second.archived!)).sort()).toEqual(['copy-checkpoint.json', 'state.json']);
    expect(await readdir(second.dir)).toEqual([second.archived!.slice(second.dir.length + 1)]);
  });

  it('maps one keyspace to a name Keyspaces accepts, and only one', async () => {
    const session = await MigrationSession.open({ cwd, resume: false });
    session.state.keyspaces = ['shop'];
    await session.chooseTargetKeyspace('shop_v2');
    expect(session.state.targetKeyspace).toBe('shop_v2');
    await session.chooseTargetKeyspace('shop');
    expect(session.state.targetKeyspace).toBeUndefined();
    await expect(session.chooseTargetKeyspace('no-dashes')).rejects.toThrow('no-dashes is not a keyspace name Keyspaces accepts');
    session.state.keyspaces = ['shop', 'metrics'];
    await expect(session.chooseTargetKeyspace('both')).rejects.toThrow('only one keyspace can be copied into a keyspace of another name');
    await session.chooseTargetKeyspace('');
    expect(session.state.targetKeyspace).toBeUndefined();
  });

  it('reads the answers remembered in the config file (never a password), and nothing from a broken one', async () => {
    const configFile = join(cwd, 'ksmig.config.yaml');
    await writeFile(
      configFile,
      ['origin:', '  contactPoints: 10.0.0.1:9042, 10.0.0.2', '  username: app', '  tls: { ca: /etc/ca.pem }', 'target:', '  region: eu-west-1', '  auth: password', '  username: svc', '  password: not-from-here', ''].join('\n'),
    );
    const session = await MigrationSession.open({ cwd, resume: false, configFile });
    expect(await session.remembered()).toEqual({
      origin: { contactPoints: ['10.0.0.1:9042', '10.0.0.2'], localDataCenter: undefined, username: 'app', ca: '/etc/ca.pem', insecure: undefined },
      target: { region: 'eu-west-1', endpoint: undefined, port: undefined, auth: 'service-specific', username: 'svc', profile: undefined, ca: undefined, insecure: undefined },
    });
    await writeFile(configFile, 'origin: [unclosed');
    expect(await session.remembered()).toEqual({});
  });

  it('never writes a password: a failed connection test keeps nothing, secrets stay in memory', async () => {
    const configFile = join(cwd, 'ksmig.config.yaml');
    const session = await MigrationSession.open({ cwd, resume: false, configFile });
    session.setSecrets({ originPassword: 'hunter2-not-saved', targetPassword: 'also-not-saved' });
    const check = await session.checkOrigin({ contactPoints: ['127.0.0.1:1'], username: 'app' });
    expect(check.ok).toBe(false);
    await session.save();
    const state = await readFile(join(session.dir, 'state.json'), 'utf8');
    expect(state).not.toContain('hunter2');
    expect(state).not.toContain('also-not-saved');
    expect(JSON.parse(state)).not.toHaveProperty('origin');
    await expect(readFile(configFile, 'utf8')).rejects.toThrow(/ENOENT/);
    expect(session.originOptions({ contactPoints: ['h'], username: 'app' }).password).toBe('hunter2-not-saved');
  });

  it('prices provisioned capacity per table, hour and Region', () => {
    const estimate = { region: 'us-east-1', regions: 2, currency: 'USD', storage: 1, basis: 'once-per-second' as const, capacityUnitHour: { read: 0.0001, write: 0.0005 }, hoursPerMonth: 720, tables: 3 };
    expect(provisionedCapacityCost(estimate, 100, 10)).toBeCloseTo((100 * 0.0001 + 10 * 0.0005) * 720 * 3 * 2, 10);
  });
});
