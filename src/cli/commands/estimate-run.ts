import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadConfig, type ConfigInput } from '../../config/index.js';
import { PROGRESS, TABLE_FLAG_VALUES, USAGE } from '../../estimate/messages.js';
import { renderMarkdown } from '../../estimate/render/markdown.js';
import { renderJson } from '../../estimate/render/json.js';
import { renderText } from '../../estimate/render/text.js';
import type { ReadConsistency } from '../../estimate/run-units.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { KsmigError, usageError } from '../../shared/errors.js';
import { registerSecret } from '../../shared/redact.js';
import { runEstimateWorkflow, type EstimateEvent } from '../../workflows/estimate.js';
import type { CliIO } from '../io.js';

/** `ksmig estimate`'s flags as commander parses them. */
export interface EstimateFlags {
  format?: string;
  json?: boolean;
  output?: string;
  queryLog?: string[];
  queryLogFormat?: string;
  schema?: string[];
  origin?: string;
  originDc?: string;
  username?: string;
  password?: string;
  originCa?: string;
  originInsecure?: boolean;
  keyspace?: string;
  sampleRows?: string;
  sizes?: string;
  rows?: string[];
  rowBytes?: string[];
  reads?: string[];
  writes?: string[];
  logSeconds?: string;
  region?: string;
  replicaRegions?: string;
  prices?: string;
  targetUtilization?: string;
  readConsistency?: string;
  lwtFailureRate?: string;
  pitr?: boolean;
  valueBytes?: string;
  config?: string;
}

/** The Region priced when neither --region, estimate.region nor target.region names one. */
const DEFAULT_REGION = 'us-east-1';

/** Runs `ksmig estimate`: flags → config → the estimate workflow → text, JSON or Markdown; 0 when it ran. */
export async function runEstimate(paths: string[], flags: EstimateFlags, io: CliIO): Promise<number> {
  if (flags.password !== undefined) registerSecret(flags.password);
  if (flags.json === true && flags.format !== undefined && flags.format !== 'json') throw usage(USAGE.jsonAndFormat(flags.format));
  const config = loadConfig({ cwd: io.cwd, env: io.env, flags: configFlags(flags), ...(flags.config !== undefined ? { configPath: flags.config } : {}) });
  const e = config.estimate;
  const outcome = await runEstimateWorkflow(
    {
      cwd: io.cwd,
      stdin: io.stdin,
      paths,
      queryLogs: flags.queryLog ?? [],
      schemaFiles: flags.schema ?? [],
      queryLogFormat: config.queryLogFormat,
      origin: flags.origin !== undefined ? { ...config.origin } : undefined,
      keyspaces: e.keyspaces,
      sampleRows: e.sampleRows,
      sizesFile: e.sizes,
      rows: tableValues(flags.rows, '--rows'),
      rowBytes: tableValues(flags.rowBytes, '--row-bytes'),
      reads: tableValues(flags.reads, '--reads'),
      writes: tableValues(flags.writes, '--writes'),
      logSeconds: e.logSeconds,
      region: e.region ?? config.target.region ?? DEFAULT_REGION,
      replicaRegions: e.replicaRegions,
      pricesFile: e.prices,
      targetUtilization: e.targetUtilization,
      readConsistency: e.readConsistency as ReadConsistency,
      lwtFailureRate: e.lwtFailureRate,
      pitr: e.pitr,
      valueBytes: e.valueBytes,
    },
    (event) => renderEvent(event, io),
  );
  const output =
    e.format === 'json' ? renderJson(outcome.report) : e.format === 'markdown' ? renderMarkdown(outcome.report) : renderText(outcome.report, { width: io.stdout.columns });
  if (flags.output !== undefined) await writeOut(resolve(io.cwd, flags.output), output);
  else io.stdout.write(output);
  return ExitCode.Ok;
}

/** `ks.table=n` values of a repeatable flag; anything else is a usage error naming the expected form. */
function tableValues(values: readonly string[] | undefined, flag: keyof typeof TABLE_FLAG_VALUES): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values ?? []) {
    const m = /^([^.\s=]+\.[^.\s=]+)=(\d+(?:\.\d+)?)$/.exec(v.trim());
    if (m === null) throw usage(USAGE.tableValue(flag, TABLE_FLAG_VALUES[flag], v));
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

function renderEvent(event: EstimateEvent, io: CliIO): void {
  switch (event.type) {
    case 'log-lines-skipped':
      io.stderr.write(`${PROGRESS.linesSkipped(event)}\n`);
      break;
    case 'log-read':
      if (event.records > 0 && event.timestamped === 0) io.stderr.write(`${PROGRESS.noTimestamps(event.file, event.format)}\n`);
      break;
    case 'origin-read':
      // The report lists the tables it sized.
      break;
  }
}

function usage(m: { message: string; hint: string | undefined }): Error {
  return usageError(m.message, m.hint);
}

function configFlags(flags: EstimateFlags): ConfigInput {
  const list = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(',').map((x) => x.trim()).filter((x) => x !== ''));
  return {
    queryLogFormat: flags.queryLogFormat,
    origin: {
      contactPoints: list(flags.origin),
      localDataCenter: flags.originDc,
      username: flags.username,
      password: flags.password,
      tls: flags.originCa !== undefined || flags.originInsecure === true ? { ca: flags.originCa, insecure: flags.originInsecure === true ? true : undefined } : undefined,
    },
    estimate: {
      region: flags.region,
      replicaRegions: list(flags.replicaRegions),
      prices: flags.prices,
      sizes: flags.sizes,
      targetUtilization: flags.targetUtilization,
      readConsistency: flags.readConsistency,
      lwtFailureRate: flags.lwtFailureRate,
      pitr: flags.pitr === true ? true : undefined,
      sampleRows: flags.sampleRows,
      valueBytes: flags.valueBytes,
      logSeconds: flags.logSeconds,
      keyspaces: list(flags.keyspace),
      format: flags.json === true ? 'json' : flags.format,
    },
  };
}

async function writeOut(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (err) {
    throw new KsmigError('usage', 'KSMIG_OUTPUT', `cannot write ${path}: ${(err as Error).message}`, { cause: err });
  }
}
