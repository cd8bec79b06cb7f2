/**
 * Typed configuration: `ksmig.config.yaml` < `KSMIG_*` environment < flags, validated once into a
 * frozen `Config`. See docs/reports-and-config.md for every key.
 */
export { loadConfig, type LoadConfigOptions } from './load.js';
export { formatConfig, redactedConfig } from './print.js';
export { CONFIG_FILE_NAMES, findConfigFile } from './file.js';
export { CONFIG_PATH_VARIABLE, ENV_VARIABLES } from './env.js';
export { FAIL_ON_VALUES } from './schema.js';
export type { Config, ConfigInput, OriginConfig, QueryLogFormat, TargetConfig, TlsConfig, CopyConfig, VerifyConfig } from './types.js';
