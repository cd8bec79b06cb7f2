/**
 * Environment variables ksmig reads. Secrets (passwords) come only from here or from flags,
 * never from config files. Empty values count as unset.
 */

/** `KSMIG_*` variable → config key path. Earlier entries for the same path win. */
export const ENV_VARIABLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['KSMIG_FAIL_ON', ['failOn']],
  ['KSMIG_FORMAT', ['format']],
  ['KSMIG_TOPICS', ['topics']],
  ['KSMIG_BASELINE', ['baseline']],
  ['KSMIG_NOW', ['now']],
  ['KSMIG_REGIONS', ['regions']],
  ['KSMIG_SHOW_LITERALS', ['showLiterals']],
  ['KSMIG_QUERY_LOG_FORMAT', ['queryLogFormat']],
  ['KSMIG_MAX_STATEMENT_SIZE', ['maxStatementSize']],
  ['KSMIG_SOURCE_ROOT', ['sourceRoot']],
  ['KSMIG_ORIGIN_CONTACT_POINTS', ['origin', 'contactPoints']],
  ['KSMIG_ORIGIN_PORT', ['origin', 'port']],
  ['KSMIG_ORIGIN_LOCAL_DC', ['origin', 'localDataCenter']],
  ['KSMIG_ORIGIN_USERNAME', ['origin', 'username']],
  ['KSMIG_ORIGIN_PASSWORD', ['origin', 'password']],
  ['KSMIG_TARGET_REGION', ['target', 'region']],
  ['AWS_REGION', ['target', 'region']],
  ['AWS_DEFAULT_REGION', ['target', 'region']],
  ['KSMIG_TARGET_ENDPOINT', ['target', 'endpoint']],
  ['KSMIG_TARGET_PORT', ['target', 'port']],
  ['KSMIG_TARGET_AUTH', ['target', 'auth']],
  ['KSMIG_TARGET_USERNAME', ['target', 'username']],
  ['KSMIG_TARGET_PASSWORD', ['target', 'password']],
  ['KSMIG_TARGET_PROFILE', ['target', 'profile']],
  ['AWS_PROFILE', ['target', 'profile']],
];

/** Names a config file path given in the environment (like `--config`). */
export const CONFIG_PATH_VARIABLE = 'KSMIG_CONFIG';

/** Key paths whose values are secrets: read from env/flags only, redacted when printed. */
export const SECRET_PATHS: ReadonlyArray<readonly string[]> = [
  ['origin', 'password'],
  ['target', 'password'],
];

/** The environment layer: nested settings, and which variable set each key path. */
export function envLayer(env: Readonly<Record<string, string | undefined>>): {
  data: Record<string, unknown>;
  names: Map<string, string>;
} {
  const data: Record<string, unknown> = {};
  const names = new Map<string, string>();
  for (const [name, keyPath] of ENV_VARIABLES) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const joined = keyPath.join('.');
    if (names.has(joined)) continue;
    names.set(joined, name);
    let node = data;
    for (const key of keyPath.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keyPath[keyPath.length - 1]!] = value;
  }
  return { data, names };
}
