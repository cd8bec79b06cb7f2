import path from 'node:path';
import type { z } from 'zod';
import { KsmigError } from '../shared/errors.js';
import { registerSecret } from '../shared/redact.js';
import { CONFIG_PATH_VARIABLE, SECRET_PATHS, envLayer } from './env.js';
import { findConfigFile, readConfigFile, type ConfigFile } from './file.js';
import { configSchema, copySchema, estimateSchema, verifySchema, originSchema, targetSchema, targetTableSchema, tlsSchema, type ParsedConfig } from './schema.js';
import { closest } from './suggest.js';
import type { CapacityMode } from '../convert/target-schema.js';
import type { Config, ConfigInput } from './types.js';

/** Inputs of `loadConfig`; everything is passed in so tests and the CLI control the world. */
export interface LoadConfigOptions {
  /** Where the config file search starts, and what relative paths in env/flags are relative to. */
  cwd: string;
  /** The environment (`KSMIG_*`, `AWS_REGION`, `AWS_PROFILE`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Values from command-line flags, in the config file's shape; `undefined` values are ignored. */
  flags?: ConfigInput;
  /** `--config <file>`: use this file instead of searching (relative to `cwd`). */
  configPath?: string;
}

type KeyPath = ReadonlyArray<string | number>;

interface Layer {
  kind: 'file' | 'env' | 'flags';
  data: Record<string, unknown>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; arrays and scalars replace; `undefined` leaves the lower layer's value. */
function merge(lower: Record<string, unknown>, upper: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...lower };
  for (const [k, v] of Object.entries(upper)) {
    if (v === undefined) continue;
    out[k] = isPlainObject(v) ? merge(isPlainObject(out[k]) ? out[k] : {}, v) : v;
  }
  return out;
}

function valueAt(data: unknown, keyPath: KeyPath): unknown {
  let node = data;
  for (const k of keyPath) {
    if (!isPlainObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

function isSecretPath(keyPath: KeyPath): boolean {
  return SECRET_PATHS.some((p) => p.length === keyPath.length && p.every((k, i) => k === keyPath[i]));
}

function showValue(value: unknown, keyPath: KeyPath): string {
  if (isSecretPath(keyPath)) return '***';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Keys the schema knows at an object path, for "did you mean" hints. */
function knownKeys(objectPath: KeyPath): string[] {
  const shapeKeys = (s: z.ZodObject) => Object.keys(s.shape);
  const p = objectPath.join('.');
  if (p === '') return shapeKeys(configSchema);
  if (p === 'origin') return shapeKeys(originSchema);
  if (p === 'origin.tls') return shapeKeys(tlsSchema);
  if (p === 'target') return shapeKeys(targetSchema);
  if (p === 'copy') return shapeKeys(copySchema);
  if (p === 'verify') return shapeKeys(verifySchema);
  if (p === 'estimate') return shapeKeys(estimateSchema);
  if (objectPath.length === 2 && objectPath[0] === 'targetTables') return shapeKeys(targetTableSchema);
  return [];
}

function suggestion(key: string, objectPath: KeyPath): string {
  const near = closest(key, knownKeys(objectPath));
  return near !== undefined ? ` (did you mean "${near}"?)` : '';
}

function displayPath(keyPath: KeyPath): string {
  return keyPath.map((k) => String(k)).join('.') || '(top level)';
}

/** Says where a key's value came from: the file (with line), the variable, or the flags. */
function describeOrigin(
  keyPath: KeyPath,
  layers: readonly Layer[],
  file: ConfigFile | undefined,
  fileDisplay: string | undefined,
  envNames: Map<string, string>,
  atKey: boolean,
): string | undefined {
  // Objects merge key by key; anything else (a list, a comma-separated string, a scalar) replaces
  // the lower layers' value whole. So going down the path, the first value that is not an object
  // decides: the highest layer that set it gave everything below it.
  let owner: { layer: Layer; prefix: KeyPath } | undefined;
  for (let n = 1; n <= keyPath.length; n += 1) {
    const prefix = keyPath.slice(0, n);
    const layer = [...layers].reverse().find((l) => valueAt(l.data, prefix) !== undefined);
    if (layer === undefined) break;
    owner = { layer, prefix };
    if (!isPlainObject(valueAt(layer.data, prefix))) break;
  }
  if (owner === undefined) return undefined;
  if (owner.layer.kind === 'flags') return 'flags';
  if (owner.layer.kind === 'env') return envNames.get(owner.prefix.join('.'));
  const at = file?.positionOf(keyPath, atKey);
  return at ? `${fileDisplay}:${at.line}:${at.col}` : fileDisplay;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  merged: Record<string, unknown>,
): Array<{ keyPath: KeyPath; text: string; atKey?: boolean }> {
  const keyPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const value = valueAt(merged, keyPath);
  const got = value === undefined ? '' : `, got ${showValue(value, keyPath)}`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ keyPath: [...keyPath, key], text: `unknown setting${suggestion(key, keyPath)}`, atKey: true }));
    case 'invalid_value':
      return [{ keyPath, text: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}` }];
    case 'invalid_type':
      return [{ keyPath, text: value === undefined ? `expected ${issue.expected}` : `expected ${issue.expected}${got}` }];
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? issue.message;
      return [{ keyPath, text: inner, atKey: true }];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`;
      const custom = issue.message.startsWith('Too ') ? `expected ${bound}` : issue.message;
      return [{ keyPath, text: `${custom}${got}` }];
    }
    default: {
      // Custom checks whose message already quotes the value say so with `params.namesValue`.
      const namesValue = issue.code === 'custom' && issue.params?.['namesValue'] === true;
      return [{ keyPath, text: `${issue.message.replace(/^Invalid input: /, '')}${namesValue ? '' : got}` }];
    }
  }
}

function resolvePaths(config: ParsedConfig, fileDir: string | undefined, fromFile: (keyPath: KeyPath) => boolean, cwd: string): void {
  const resolveAt = (keyPath: KeyPath, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    return path.resolve(fromFile(keyPath) && fileDir !== undefined ? fileDir : cwd, value);
  };
  config.baseline = resolveAt(['baseline'], config.baseline);
  config.sourceRoot = resolveAt(['sourceRoot'], config.sourceRoot);
  if (config.origin.tls) {
    config.origin.tls.ca = resolveAt(['origin', 'tls', 'ca'], config.origin.tls.ca);
    config.origin.tls.cert = resolveAt(['origin', 'tls', 'cert'], config.origin.tls.cert);
    config.origin.tls.key = resolveAt(['origin', 'tls', 'key'], config.origin.tls.key);
  }
  config.target.ca = resolveAt(['target', 'ca'], config.target.ca);
  config.copy.checkpoint = resolveAt(['copy', 'checkpoint'], config.copy.checkpoint);
  config.copy.rejects = resolveAt(['copy', 'rejects'], config.copy.rejects);
  config.verify.report = resolveAt(['verify', 'report'], config.verify.report);
  config.verify.queries = resolveAt(['verify', 'queries'], config.verify.queries);
  config.estimate.prices = resolveAt(['estimate', 'prices'], config.estimate.prices);
  config.estimate.sizes = resolveAt(['estimate', 'sizes'], config.estimate.sizes);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** `on-demand` or `provisioned:<read>:<write>` (already validated by the schema) as a capacity mode. */
function parseCapacity(text: string | undefined): CapacityMode | undefined {
  if (text === undefined) return undefined;
  const m = /^provisioned:(\d+):(\d+)$/.exec(text);
  return m ? { mode: 'provisioned', readCapacityUnits: Number(m[1]), writeCapacityUnits: Number(m[2]) } : { mode: 'on-demand' };
}

/** Converts the schema output to the documented `Config` shape, with every optional key present. */
function toConfig(p: ParsedConfig, configFile: string | undefined): Config {
  return {
    failOn: p.failOn,
    format: p.format,
    topics: p.topics,
    rules: p.rules,
    disable: p.disable,
    ruleOptions: p.ruleOptions,
    baseline: p.baseline,
    showLiterals: p.showLiterals,
    now: p.now,
    regions: p.regions,
    capacity: parseCapacity(p.capacity),
    targetTables: p.targetTables,
    queryLogFormat: p.queryLogFormat,
    maxStatementSize: p.maxStatementSize,
    sourceRoot: p.sourceRoot,
    origin: {
      contactPoints: p.origin.contactPoints,
      port: p.origin.port,
      localDataCenter: p.origin.localDataCenter,
      username: p.origin.username,
      password: p.origin.password,
      tls: p.origin.tls && { ca: p.origin.tls.ca, cert: p.origin.tls.cert, key: p.origin.tls.key, insecure: p.origin.tls.insecure },
    },
    target: {
      region: p.target.region,
      // Keyspaces' service endpoint for a Region (keyspaces-facts.md §1).
      endpoint: p.target.endpoint ?? (p.target.region !== undefined ? `cassandra.${p.target.region}.amazonaws.com` : undefined),
      port: p.target.port,
      auth: p.target.auth === 'password' ? 'service-specific' : p.target.auth,
      localDataCenter: p.target.localDataCenter,
      username: p.target.username,
      password: p.target.password,
      profile: p.target.profile,
      ca: p.target.ca,
      insecure: p.target.insecure,
    },
    copy: {
      keyspaces: p.copy.keyspaces,
      tables: p.copy.tables,
      targetKeyspace: p.copy.targetKeyspace,
      rate: p.copy.rate,
      concurrency: p.copy.concurrency,
      splits: p.copy.splits,
      fetchSize: p.copy.fetchSize,
      checkpoint: p.copy.checkpoint,
      maxErrors: p.copy.maxErrors === undefined ? undefined : p.copy.maxErrors.endsWith('%') ? { percent: Number(p.copy.maxErrors.slice(0, -1)) } : { count: Number(p.copy.maxErrors) },
      rejects: p.copy.rejects,
      preserveTtl: p.copy.preserveTtl,
      preserveWritetime: p.copy.preserveWritetime,
      createTables: p.copy.createTables,
      maxUnavailableSeconds: p.copy.maxUnavailableSeconds,
      shard: p.copy.shard,
      shards: p.copy.shards,
    },
    verify: {
      rate: p.verify.rate,
      sample: p.verify.sample,
      compareTtl: p.verify.compareTtl,
      compareWritetime: p.verify.compareWritetime,
      fix: p.verify.fix,
      fixExtra: p.verify.fixExtra,
      report: p.verify.report,
      queries: p.verify.queries,
      samplesPerShape: p.verify.samplesPerShape,
    },
    estimate: {
      region: p.estimate.region,
      replicaRegions: p.estimate.replicaRegions,
      prices: p.estimate.prices,
      sizes: p.estimate.sizes,
      targetUtilization: p.estimate.targetUtilization,
      readConsistency: p.estimate.readConsistency,
      lwtFailureRate: p.estimate.lwtFailureRate,
      pitr: p.estimate.pitr,
      sampleRows: p.estimate.sampleRows,
      valueBytes: p.estimate.valueBytes,
      logSeconds: p.estimate.logSeconds,
      keyspaces: p.estimate.keyspaces,
      format: p.estimate.format,
    },
    configFile,
  };
}

/**
 * Loads the configuration: the config file (`configPath`, else `KSMIG_CONFIG`, else the nearest
 * `ksmig.config.yaml|yml|json` at or above `cwd`), overlaid by the environment, then by `flags`;
 * validated once. Relative paths in the file are relative to the file; others to `cwd`.
 * Passwords are registered with `redact` and refused in config files.
 *
 * @throws KsmigError of kind `config` (exit 2) naming each bad key, where it was set, and what was expected.
 */
export function loadConfig(options: LoadConfigOptions): Config {
  const env = options.env ?? {};
  const explicit = options.configPath ?? (env[CONFIG_PATH_VARIABLE] || undefined);
  const filePath = explicit !== undefined ? path.resolve(options.cwd, explicit) : findConfigFile(options.cwd);
  const fileDisplay =
    filePath === undefined ? undefined : explicit ?? (path.relative(options.cwd, filePath) || path.basename(filePath));
  const file = filePath !== undefined ? readConfigFile(filePath, fileDisplay!) : undefined;

  if (file) {
    for (const secret of SECRET_PATHS) {
      if (valueAt(file.data, secret) !== undefined) {
        const at = file.positionOf(secret);
        const name = `KSMIG_${secret.map((k) => k.toUpperCase()).join('_')}`;
        throw new KsmigError(
          'config',
          'KSMIG_CONFIG_SECRET_IN_FILE',
          `${fileDisplay}${at ? `:${at.line}:${at.col}` : ''}: ${secret.join('.')}: secrets are not read from config files`,
          { tryMessage: `Remove it from the file and set ${name} in the environment.` },
        );
      }
    }
  }

  const { data: envData, names: envNames } = envLayer(env);
  const layers: Layer[] = [
    ...(file ? [{ kind: 'file' as const, data: file.data }] : []),
    { kind: 'env', data: envData },
    { kind: 'flags', data: options.flags ?? {} },
  ];
  const merged = layers.reduce<Record<string, unknown>>((acc, l) => merge(acc, l.data), {});

  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues
      .flatMap((issue) => describeIssue(issue, merged))
      .map(({ keyPath, text, atKey }) => {
        const where = describeOrigin(keyPath, layers, file, fileDisplay, envNames, atKey === true);
        return `  ${where ? `${where}: ` : ''}${displayPath(keyPath)}: ${text}`;
      });
    const unique = [...new Set(lines)];
    throw new KsmigError('config', 'KSMIG_CONFIG_INVALID', `invalid configuration:\n${unique.join('\n')}`, {
      tryMessage: 'See docs/reports-and-config.md for every setting and its values.',
    });
  }

  const parsed = result.data;
  const fromFile = (keyPath: KeyPath) =>
    file !== undefined &&
    valueAt(file.data, keyPath) !== undefined &&
    valueAt(envData, keyPath) === undefined &&
    valueAt(options.flags ?? {}, keyPath) === undefined;
  resolvePaths(parsed, file ? path.dirname(file.path) : undefined, fromFile, options.cwd);
  registerSecret(parsed.origin.password);
  registerSecret(parsed.target.password);
  return deepFreeze(toConfig(parsed, file?.path));
}
