import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatConfig, loadConfig, redactedConfig } from '../../src/config/index.js';
import { KsmigError } from '../../src/shared/errors.js';
import { TOPICS } from '../../src/rules/schema.js';
import { redact } from '../../src/shared/redact.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/config');
const temp = mkdtempSync(path.join(tmpdir(), 'ksmig-config-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A fresh directory under the temp root with the given files. */
function project(name: string, files: Record<string, string>): string {
  const dir = path.join(temp, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function configError(fn: () => unknown): KsmigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KsmigError);
    expect((error as KsmigError).kind).toBe('config');
    expect((error as KsmigError).exitCode).toBe(2);
    return error as KsmigError;
  }
  throw new Error('expected a config error');
}

describe('loadConfig', () => {
  it('without any file, env or flags gives the documented defaults', () => {
    const config = loadConfig({ cwd: project('empty', {}), env: {} });
    expect(config).toEqual({
      failOn: 'error',
      format: 'text',
      topics: [],
      rules: [],
      disable: [],
      ruleOptions: {},
      baseline: undefined,
      showLiterals: false,
      now: undefined,
      regions: [],
      capacity: undefined,
      targetTables: {},
      queryLogFormat: 'auto',
      maxStatementSize: 1024 * 1024,
      sourceRoot: undefined,
      origin: { contactPoints: ['127.0.0.1'], port: 9042, localDataCenter: undefined, username: undefined, password: undefined, tls: undefined },
      target: {
        region: undefined,
        endpoint: undefined,
        port: 9142,
        auth: 'sigv4',
        localDataCenter: undefined,
        username: undefined,
        password: undefined,
        profile: undefined,
        ca: undefined,
        insecure: false,
      },
      copy: {
        keyspaces: [],
        tables: [],
        targetKeyspace: undefined,
        rate: undefined,
        concurrency: 64,
        splits: undefined,
        fetchSize: 1000,
        checkpoint: undefined,
        maxErrors: undefined,
        rejects: undefined,
        preserveTtl: false,
        preserveWritetime: false,
        createTables: false,
        maxUnavailableSeconds: 600,
        shard: undefined,
        shards: undefined,
      },
      verify: { rate: undefined, sample: 100, compareTtl: undefined, compareWritetime: undefined, fix: false, fixExtra: false, report: undefined, queries: undefined, samplesPerShape: 20 },
      estimate: {
        region: undefined,
        replicaRegions: [],
        prices: undefined,
        sizes: undefined,
        targetUtilization: 70,
        readConsistency: 'LOCAL_QUORUM',
        lwtFailureRate: 0,
        pitr: false,
        sampleRows: 1000,
        valueBytes: 64,
        logSeconds: undefined,
        keyspaces: [],
        format: 'text',
      },
      configFile: undefined,
    });
  });

  it('reads every key of the full example, resolving paths against the file', () => {
    const dir = path.join(fixtures, 'full');
    const config = loadConfig({ cwd: dir, env: {} });
    expect(config.configFile).toBe(path.join(dir, 'ksmig.config.yaml'));
    expect(config.failOn).toBe('warning');
    expect(config.format).toBe('sarif');
    expect(config.topics).toEqual(['lwt', 'ttl', 'allow-filtering']);
    expect(config.disable).toEqual(['KS4201', 'compaction-ignored']);
    expect(config.ruleOptions).toEqual({ KS3501: { maxInValues: 50 }, 'batch-size': { logged: 100 } });
    expect(config.baseline).toBe(path.join(dir, '.ksmig-baseline.json'));
    expect(config.now).toBe('2026-01-31T12:00:00.000Z');
    expect(config.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(config.targetTables).toEqual({
      'shop.orders': { ttl: true, clientSideTimestamps: false },
      'shop.events': { ttl: false, clientSideTimestamps: true },
    });
    expect(config.origin).toEqual({
      contactPoints: ['10.0.0.5', '10.0.0.6'],
      port: 9042,
      localDataCenter: 'dc1',
      username: 'migrator',
      password: undefined,
      tls: { ca: path.join(dir, 'certs/origin-ca.pem'), cert: undefined, key: undefined, insecure: false },
    });
    expect(config.target).toMatchObject({ region: 'us-east-1', endpoint: 'cassandra.us-east-1.amazonaws.com', port: 9142, profile: 'migration' });
  });

  it('finds the nearest config file walking up from the working directory', () => {
    const root = project('walk', {
      'ksmig.config.yml': 'format: json\n',
      'a/ksmig.config.json': '{ "format": "github" }',
      'a/b/c/file.cql': 'SELECT 1;',
    });
    expect(loadConfig({ cwd: path.join(root, 'a/b/c'), env: {} }).format).toBe('github');
    expect(loadConfig({ cwd: path.join(root, 'a/b/c'), env: {} }).configFile).toBe(path.join(root, 'a/ksmig.config.json'));
    expect(loadConfig({ cwd: root, env: {} }).format).toBe('json');
  });

  it('reads JSON config files', () => {
    const config = loadConfig({ cwd: path.join(fixtures, 'json'), env: {} });
    expect(config.failOn).toBe('info');
    expect(config.target).toMatchObject({ region: 'eu-central-1', auth: 'service-specific', username: 'ks-user-at-123' });
  });

  it('file < env < flags, with comma lists and booleans from env, and undefined flags ignored', () => {
    const cwd = project('layers', { 'ksmig.config.yaml': 'failOn: warning\nformat: json\ntopics: [lwt]\norigin:\n  port: 9043\n  localDataCenter: dc1\n' });
    const config = loadConfig({
      cwd,
      env: { KSMIG_FORMAT: 'sarif', KSMIG_TOPICS: 'ttl, batch', KSMIG_SHOW_LITERALS: 'yes', KSMIG_ORIGIN_PORT: '9044', KSMIG_FAIL_ON: '' },
      flags: { format: 'junit', failOn: undefined, origin: { contactPoints: 'h1,h2' } },
    });
    expect(config.format).toBe('junit');
    expect(config.failOn).toBe('warning');
    expect(config.topics).toEqual(['ttl', 'batch']);
    expect(config.showLiterals).toBe(true);
    expect(config.origin).toMatchObject({ port: 9044, localDataCenter: 'dc1', contactPoints: ['h1', 'h2'] });
  });

  it('flag objects with unset (undefined) members keep defaults and lower layers', () => {
    const cwd = project('nested-undefined', {});
    const config = loadConfig({
      cwd,
      env: { KSMIG_TARGET_PROFILE: 'from-env' },
      flags: { target: { region: 'eu-west-1', port: undefined, insecure: undefined, profile: undefined } },
    });
    expect(config.target).toMatchObject({ region: 'eu-west-1', port: 9142, insecure: false, profile: 'from-env' });
  });

  it('--config and KSMIG_CONFIG pick a file; a missing one is a config error', () => {
    const dir = project('explicit', { 'conf/custom.yaml': 'format: github\n', 'ksmig.config.yaml': 'format: json\n' });
    expect(loadConfig({ cwd: dir, env: {}, configPath: 'conf/custom.yaml' }).format).toBe('github');
    expect(loadConfig({ cwd: dir, env: { KSMIG_CONFIG: 'conf/custom.yaml' } }).format).toBe('github');
    const error = configError(() => loadConfig({ cwd: dir, env: {}, configPath: 'nope.yaml' }));
    expect(error.code).toBe('KSMIG_CONFIG_NOT_FOUND');
    expect(error.message).toBe('config file not found: nope.yaml');
  });

  it('AWS_REGION and AWS_PROFILE fill the target unless KSMIG_ variables say otherwise', () => {
    const cwd = project('aws-env', {});
    expect(loadConfig({ cwd, env: { AWS_REGION: 'eu-west-1', AWS_PROFILE: 'p' } }).target).toMatchObject({ region: 'eu-west-1', profile: 'p' });
    expect(loadConfig({ cwd, env: { AWS_REGION: 'eu-west-1', KSMIG_TARGET_REGION: 'ap-south-1' } }).target.region).toBe('ap-south-1');
    expect(loadConfig({ cwd, env: { KSMIG_TARGET_ENDPOINT: 'localhost', KSMIG_TARGET_REGION: 'us-east-1' } }).target.endpoint).toBe('localhost');
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({ cwd: path.join(fixtures, 'full'), env: {} });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.origin.contactPoints)).toBe(true);
    expect(Object.isFrozen(config.targetTables['shop.orders'])).toBe(true);
    expect(() => {
      (config.topics as string[]).push('x');
    }).toThrow(TypeError);
  });
});

describe('configuration errors', () => {
  it('name every bad key with its file position and what was expected', () => {
    const error = configError(() => loadConfig({ cwd: path.join(fixtures, 'invalid'), env: {} }));
    expect(error.code).toBe('KSMIG_CONFIG_INVALID');
    expect(error.message.split('\n')).toEqual([
      'invalid configuration:',
      '  ksmig.config.yaml:1:9: failOn: expected one of "error", "warning", "info", "never", got "fatal"',
      `  ksmig.config.yaml:3:10: topics.0: unknown topic "LWT" (did you mean "lwt"?); the topics are ${TOPICS.join(', ')}`,
      '  ksmig.config.yaml:4:6: now: expected an ISO 8601 date or date-time such as 2026-01-31T12:00:00Z, got "yesterday"',
      '  ksmig.config.yaml:6:3: targetTables.orders: expected a "keyspace.table" key',
      '  ksmig.config.yaml:9:10: targetTables.shop.events.ttl: expected boolean, got "sometimes"',
      '  ksmig.config.yaml:11:9: origin.port: expected at most 65535, got 99999',
      '  ksmig.config.yaml:13:11: target.region: expected an AWS Region name such as us-east-1, got "US East"',
      '  ksmig.config.yaml:14:9: target.auth: expected one of "sigv4", "service-specific", "password", "none", got "kerberos"',
      '  ksmig.config.yaml:2:1: formatt: unknown setting (did you mean "format"?)',
    ]);
  });

  it('name the environment variable or the flags a bad value came from', () => {
    const cwd = project('bad-env', {});
    const error = configError(() =>
      loadConfig({ cwd, env: { KSMIG_ORIGIN_PORT: 'abc', KSMIG_FORMAT: 'xml' }, flags: { failOn: 'sometimes' } }),
    );
    expect(error.message.split('\n').slice(1).sort()).toEqual([
      '  KSMIG_FORMAT: format: expected one of "text", "json", "sarif", "junit", "github", got "xml"',
      '  KSMIG_ORIGIN_PORT: origin.port: expected number, got "abc"',
      '  flags: failOn: expected one of "error", "warning", "info", "never", got "sometimes"',
    ]);
  });

  it('refuse unknown topics from the file, the environment and the flags, naming the topic and listing the valid ones', () => {
    const cwd = project('bad-topics', { 'ksmig.config.yaml': 'topics: [lwt, secondary-indexes]\n' });
    const fromFile = configError(() => loadConfig({ cwd, env: {} }));
    expect(fromFile.message.split('\n')).toEqual([
      'invalid configuration:',
      `  ksmig.config.yaml:1:15: topics.1: unknown topic "secondary-indexes" (did you mean "secondary-index"?); the topics are ${TOPICS.join(', ')}`,
    ]);
    const fromEnv = configError(() => loadConfig({ cwd: project('bad-topics-env', {}), env: { KSMIG_TOPICS: 'ttl,nonsense' } }));
    expect(fromEnv.message).toContain('  KSMIG_TOPICS: topics.1: unknown topic "nonsense"; the topics are syntax, lwt, allow-filtering,');
    // Flags win over the file, so a good flag hides a bad file value and a bad flag is named as such.
    expect(loadConfig({ cwd, env: {}, flags: { topics: 'ttl' } }).topics).toEqual(['ttl']);
    const fromFlags = configError(() => loadConfig({ cwd, env: {}, flags: { topics: 'lwt,nonsense' } }));
    expect(fromFlags.message).toContain('  flags: topics.1: unknown topic "nonsense"; the topics are ');
    expect(fromFlags.message).not.toContain('ksmig.config.yaml');
    for (const t of TOPICS) expect(fromFlags.message).toContain(t);
  });

  it('resolve sourceRoot against the config file, or the working directory for env and flags', () => {
    const cwd = project('source-root', { 'ci/ksmig.config.yaml': 'sourceRoot: ..\n', 'ci/sub/x.cql': '' });
    expect(loadConfig({ cwd: path.join(cwd, 'ci/sub'), env: {} }).sourceRoot).toBe(cwd);
    expect(loadConfig({ cwd: path.join(cwd, 'ci/sub'), env: {}, flags: { sourceRoot: '.' } }).sourceRoot).toBe(path.join(cwd, 'ci/sub'));
    expect(loadConfig({ cwd: path.join(cwd, 'ci'), env: { KSMIG_SOURCE_ROOT: 'sub' } }).sourceRoot).toBe(path.join(cwd, 'ci/sub'));
  });

  it('reports YAML syntax errors with file, line and column', () => {
    const cwd = project('syntax', { 'ksmig.config.yaml': 'failOn: error\ntopics: [lwt\n' });
    const error = configError(() => loadConfig({ cwd, env: {} }));
    expect(error.code).toBe('KSMIG_CONFIG_SYNTAX');
    expect(error.message).toMatch(/^ksmig\.config\.yaml:\d+:\d+: /);
  });

  it('refuses a top level that is not a mapping, and two config files in one directory', () => {
    const list = project('list', { 'ksmig.config.yaml': '- a\n- b\n' });
    expect(configError(() => loadConfig({ cwd: list, env: {} })).message).toBe('ksmig.config.yaml: expected a mapping of settings at the top level');
    const two = project('two', { 'ksmig.config.yaml': 'format: json\n', 'ksmig.config.json': '{}' });
    expect(configError(() => loadConfig({ cwd: two, env: {} })).code).toBe('KSMIG_CONFIG_AMBIGUOUS');
  });
});

describe('secrets', () => {
  it('are refused in config files, pointing at the environment variable', () => {
    const cwd = project('secret-file', { 'ksmig.config.yaml': 'target:\n  username: u\n  password: hunter2-in-file\n' });
    const error = configError(() => loadConfig({ cwd, env: {} }));
    expect(error.code).toBe('KSMIG_CONFIG_SECRET_IN_FILE');
    expect(error.message).toBe('ksmig.config.yaml:3:13: target.password: secrets are not read from config files');
    expect(error.message).not.toContain('hunter2');
    expect(error.tryMessage).toContain('KSMIG_TARGET_PASSWORD');
  });

  it('come from the environment, are redacted when printed and registered with redact()', () => {
    const cwd = project('secret-env', {});
    const config = loadConfig({ cwd, env: { KSMIG_TARGET_PASSWORD: 's3cr3t-target-pw', KSMIG_ORIGIN_PASSWORD: 'origin-pw-123' } });
    expect(config.target.password).toBe('s3cr3t-target-pw');
    expect(redactedConfig(config)).toMatchObject({ origin: { password: '***' }, target: { password: '***' } });
    const printed = formatConfig(config);
    expect(printed).toContain('password: "***"');
    expect(printed).not.toContain('s3cr3t-target-pw');
    expect(printed).not.toContain('origin-pw-123');
    expect(redact('login failed for s3cr3t-target-pw')).toBe('login failed for ***');
  });

  it('never appear in validation errors', () => {
    const cwd = project('secret-bad', {});
    const error = configError(() => loadConfig({ cwd, env: {}, flags: { origin: { password: 12345678 } } }));
    expect(error.message).toBe('invalid configuration:\n  flags: origin.password: expected string, got ***');
  });
});
