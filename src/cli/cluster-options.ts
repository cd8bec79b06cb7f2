/**
 * The flags that name the origin and the target, as `ksmig copy` and `ksmig verify` declare them.
 * What they mean is cluster-flags.ts's, loaded with the command that runs (it needs the config).
 */
import { Option, type Command } from 'commander';

/** Adds the flags that name the origin and the target; `help` words the two whose help differs between commands. */
export function addClusterOptions(cmd: Command, help: { region: string; targetAuth: string }): Command {
  return cmd
    .option('--origin <hosts>', 'origin contact points host[:port], comma-separated')
    .option('--origin-dc <dc>', 'local data center of the origin (default: detected)')
    .option('--origin-username <name>', 'origin user name')
    .option('--origin-password <password>', 'origin password (prefer KSMIG_ORIGIN_PASSWORD)')
    .option('--origin-ca <file>', 'PEM CA bundle for TLS to the origin (turns TLS on)')
    .option('--origin-insecure', 'TLS to the origin without certificate verification')
    .option('--target <host[:port]>', 'target endpoint (default cassandra.<region>.amazonaws.com:9142)')
    .option('--region <region>', help.region)
    .addOption(new Option('--target-auth <kind>', help.targetAuth).choices(['sigv4', 'password', 'none']))
    .option('--target-username <name>', 'service-specific user name (password from KSMIG_TARGET_PASSWORD)')
    .option('--target-ca <file>', 'PEM CA bundle to trust for the target (e.g. the emulator CA)')
    .option('--target-dc <dc>', 'data center of a plain Cassandra target (default: detected)')
    .option('--profile <name>', 'AWS profile for SigV4 credentials')
    .option('--insecure', 'skip TLS certificate verification of the target (never against real Keyspaces)');
}

/** `a, b,c` as `['a', 'b', 'c']`. */
