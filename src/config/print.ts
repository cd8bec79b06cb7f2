import { stringify } from 'yaml';
import type { Config } from './types.js';

const MASK = '***';

/** A plain copy of the config with every secret that is set replaced by `***`. */
export function redactedConfig(config: Config): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(config)) as Record<string, Record<string, unknown>>;
  if (config.origin.password !== undefined) copy['origin']!['password'] = MASK;
  if (config.target.password !== undefined) copy['target']!['password'] = MASK;
  return copy;
}

/** The effective configuration as YAML, secrets redacted (for `--print-config` style output). */
export function formatConfig(config: Config): string {
  return stringify(redactedConfig(config), { sortMapEntries: false });
}
