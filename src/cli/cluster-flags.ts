/**
 * The flags that name the origin and the target, shared by `ksmig copy` and `ksmig verify`, mapped
 * into the config file's shape; the flags of the tables they work on; and the shard a process works on.
 */
import { loadConfig, type Config, type ConfigInput } from '../config/index.js';
import type { TargetSessionOptions } from '../clusters/target-session.js';
import { parseShard, type Shard } from '../scan/plan.js';
import { usageError } from '../shared/errors.js';
import { registerSecret } from '../shared/redact.js';
import type { TableJobOptions } from '../workflows/sessions.js';
import { parsePort } from './connection-flags.js';
import type { CliIO } from './io.js';

function commaList(v: string | undefined): string[] | undefined {
  return v === undefined ? undefined : v.split(',').map((x) => x.trim()).filter((x) => x !== '');
}

/** Origin and target flags as commander parses them. */
export interface ClusterFlags {
  origin?: string;
  originDc?: string;
  originUsername?: string;
  originPassword?: string;
  originCa?: string;
  originInsecure?: boolean;
  target?: string;
  region?: string;
  targetAuth?: string;
  targetUsername?: string;
  targetCa?: string;
  targetDc?: string;
  profile?: string;
  insecure?: boolean;
}

/** The `origin` and `target` config layers of the flags. */
export function clusterConfigFlags(flags: ClusterFlags): ConfigInput {
  const target = flags.target === undefined ? undefined : /^(.*):(\d+)$/.exec(flags.target);
  return {
    origin: {
      contactPoints: commaList(flags.origin),
      localDataCenter: flags.originDc,
      username: flags.originUsername,
      password: flags.originPassword,
      tls: flags.originCa !== undefined || flags.originInsecure === true ? { ca: flags.originCa, insecure: flags.originInsecure === true ? true : undefined } : undefined,
    },
    target: {
      region: flags.region,
      endpoint: target ? target[1] : flags.target,
      port: target ? parsePort(target[2] as string, '--target') : undefined,
      auth: flags.targetAuth,
      username: flags.targetUsername,
      profile: flags.profile,
      ca: flags.targetCa,
      insecure: flags.insecure === true ? true : undefined,
      localDataCenter: flags.targetDc,
    },
  };
}

/** The flags of a job over origin tables (`ksmig copy`, `ksmig verify`) besides its own, as commander parses them. */
export interface TableJobFlags extends ClusterFlags {
  keyspace?: string;
  tables?: string;
  targetKeyspace?: string;
  rate?: string;
  concurrency?: string;
  splits?: string;
  fetchSize?: string;
  shard?: string;
  shards?: string;
  maxUnavailable?: string;
  json?: boolean;
  config?: string;
}

/** What the flags of a job over origin tables put in the config's `copy` section (both jobs read it). */
export function tableJobConfigFlags(flags: TableJobFlags): ConfigInput {
  return {
    keyspaces: commaList(flags.keyspace),
    tables: commaList(flags.tables),
    targetKeyspace: flags.targetKeyspace,
    concurrency: flags.concurrency,
    splits: flags.splits,
    fetchSize: flags.fetchSize,
    maxUnavailableSeconds: flags.maxUnavailable,
    shard: flags.shard,
    shards: flags.shards,
  };
}

/**
 * The config of `command` (copy, verify): the file, the environment, then `layer` (its flags); the
 * origin password given as a flag is redacted wherever it would be printed. A usage error when the
 * origin or the target is not named well enough to connect.
 */
export function loadClusterConfig(flags: TableJobFlags, io: Pick<CliIO, 'cwd' | 'env'>, layer: ConfigInput, command: string): Config {
  if (flags.originPassword !== undefined) registerSecret(flags.originPassword);
  const config = loadConfig({ cwd: io.cwd, env: io.env, flags: layer, ...(flags.config !== undefined ? { configPath: flags.config } : {}) });
  requireClusters(config, flags.origin !== undefined || io.env['KSMIG_ORIGIN_CONTACT_POINTS'] !== undefined, command);
  return config;
}

/** The options of a job over origin tables that its config gives. */
export function tableJobOptions(config: Config, env: NodeJS.ProcessEnv): TableJobOptions {
  return {
    origin: { ...config.origin },
    target: targetOptions(config),
    keyspaces: config.copy.keyspaces,
    tables: config.copy.tables,
    targetKeyspace: config.copy.targetKeyspace,
    splits: config.copy.splits,
    fetchSize: config.copy.fetchSize,
    shard: resolveShard(config, env),
    maxUnavailableSeconds: config.copy.maxUnavailableSeconds,
  };
}

/** Stops with a usage error (exit 2) when the origin or the target is not named well enough to connect. */
export function requireClusters(config: Config, originGiven: boolean, command: string): void {
  if (!originGiven) throw usageError(`${command} needs the origin: --origin host[:port][,host…]`);
  const auth = config.target.auth;
  if (auth === 'none' && config.target.endpoint === undefined) throw usageError('--target-auth none needs --target host[:port]');
  if (auth !== 'none' && config.target.region === undefined) throw usageError(`${command} to Amazon Keyspaces needs --region (or AWS_REGION)`, 'for a plain Cassandra target, pass --target host:port --target-auth none');
}

/** The target session options of a config. */
export function targetOptions(config: Config): TargetSessionOptions {
  return {
    region: config.target.region,
    endpoint: config.target.endpoint,
    port: config.target.port,
    auth: config.target.auth,
    username: config.target.username,
    password: config.target.password,
    profile: config.target.profile,
    ca: config.target.ca,
    insecure: config.target.insecure,
    localDataCenter: config.target.localDataCenter,
  };
}

/** `--shard i/N`, or the index a job engine gives (0-based) with `--shards N`. */
export function resolveShard(config: Config, env: NodeJS.ProcessEnv): Shard | undefined {
  if (config.copy.shard !== undefined) {
    const shard = parseShard(config.copy.shard);
    if (shard === undefined) throw usageError(`--shard expects i/N with 1 ≤ i ≤ N, got '${config.copy.shard}'`);
    return shard;
  }
  const index = env['JOB_COMPLETION_INDEX'] ?? env['AWS_BATCH_JOB_ARRAY_INDEX'];
  if (index === undefined || index === '') return undefined;
  const source = env['JOB_COMPLETION_INDEX'] !== undefined ? 'JOB_COMPLETION_INDEX' : 'AWS_BATCH_JOB_ARRAY_INDEX';
  if (config.copy.shards === undefined) throw usageError(`${source} is set (${index}): pass --shards N so ksmig knows how many shards there are`);
  const i = Number(index);
  if (!/^\d+$/.test(index) || i >= config.copy.shards) throw usageError(`${source}=${index} is not a shard index below --shards ${config.copy.shards}`);
  return { index: i + 1, count: config.copy.shards };
}

