import { Option, type Command } from 'commander';
import type { ConfigInput } from '../config/index.js';
import { usageError } from '../shared/errors.js';

/** Adds the flags that name the Amazon Keyspaces target (or a `ksmig emulate` endpoint). */
export function addTargetOptions(cmd: Command): Command {
  return cmd
    .option('--region <region>', 'AWS Region of the target (also its data center name)')
    .option('--endpoint <host>', 'target host (default cassandra.<region>.amazonaws.com; an emulator: 127.0.0.1)')
    .option('--port <port>', 'target port (default 9142)')
    .addOption(new Option('--auth <kind>', 'target authentication').choices(['sigv4', 'service-specific']))
    .option('--username <name>', 'service-specific credential user name (password from KSMIG_TARGET_PASSWORD)')
    .option('--profile <name>', 'AWS profile for SigV4 credentials (default: the standard credential chain)')
    .option('--ca <file>', 'PEM CA bundle to trust (e.g. the emulator CA); default: the system roots, which include Amazon Root CA 1-4')
    .option('--insecure', 'skip TLS certificate verification (never against real Keyspaces)')
    .option('--config <file>', 'configuration file (default: ksmig.config.yaml found from the working directory up)');
}

/** The flags `addTargetOptions` adds, as commander parses them. */
export interface TargetFlags {
  region?: string;
  endpoint?: string;
  port?: string;
  auth?: string;
  username?: string;
  profile?: string;
  ca?: string;
  insecure?: boolean;
  config?: string;
}

/** The target flags as a config layer (`loadConfig({ flags })`); a malformed port is a usage error. */
export function targetFlags(flags: TargetFlags): ConfigInput {
  return {
    target: {
      region: flags.region,
      endpoint: flags.endpoint,
      port: flags.port === undefined ? undefined : parsePort(flags.port),
      auth: flags.auth,
      username: flags.username,
      profile: flags.profile,
      ca: flags.ca,
      insecure: flags.insecure === true ? true : undefined,
    },
  };
}

/** Parses a TCP port, naming what was expected when it is not one. */
export function parsePort(value: string, flag = '--port'): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) throw usageError(`${flag} expects a port number from 1 to 65535, got '${value}'`);
  return n;
}
