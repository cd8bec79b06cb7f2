/**
 * Turns whatever the driver throws while connecting into one `KsmigError('connection',
 * 'KSMIG_CONNECT')` (exit 3) that names every host tried, the cause, and a next step — with every
 * registered secret masked.
 */
import cassandra from 'cassandra-driver';
import { KsmigError } from '../shared/errors.js';
import { redact } from '../shared/redact.js';

/** Which cluster a connection was for, as shown to the user. */
export type ClusterRole = 'origin Cassandra' | 'Amazon Keyspaces' | 'target Cassandra';

interface HostFailure {
  address: string;
  error: unknown;
}

const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Wraps a connection failure. `endpoints` (`host:port`) are named when the driver's error does not
 * say which hosts it tried (e.g. a name that does not resolve).
 */
export function connectError(role: ClusterRole, endpoints: readonly string[], error: unknown): KsmigError {
  if (error instanceof KsmigError && error.kind === 'connection' && error.code === 'KSMIG_CONNECT') return error;
  const failures = hostFailures(error);
  const parts =
    failures.length > 0
      ? failures.map((f) => `${f.address}: ${describe(f.error)}`)
      : [`${endpoints.join(', ')}: ${describe(error)}`];
  const message = redact(`Could not connect to ${role} at ${parts.join('; ')}`);
  const causes = failures.length > 0 ? failures.map((f) => f.error) : [error];
  // The original error may carry the password or a signed token in its fields; keep a masked copy.
  const cause = new Error(redact(causes.map(describe).join('; ')));
  return new KsmigError('connection', 'KSMIG_CONNECT', message, { cause, tryMessage: suggestion(role, causes) });
}

function hostFailures(error: unknown): HostFailure[] {
  if (!(error instanceof cassandra.errors.NoHostAvailableError)) return [];
  const inner = (error as { innerErrors?: Record<string, unknown> }).innerErrors ?? {};
  return Object.entries(inner).map(([address, e]) => ({ address, error: e }));
}

function describe(error: unknown): string {
  if (error instanceof cassandra.errors.NoHostAvailableError) {
    const failures = hostFailures(error);
    if (failures.length > 0) return failures.map((f) => `${f.address}: ${describe(f.error)}`).join('; ');
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const withCode = typeof code === 'string' && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
    // A KsmigError from our authenticator already explains itself; the driver's AuthenticationError
    // is more useful with its class name.
    return error.name && error.name !== 'Error' && error.name !== 'KsmigError' ? `${error.name}: ${withCode}` : withCode;
  }
  return String(error);
}

function suggestion(role: ClusterRole, causes: unknown[]): string {
  const codes = causes.map((c) => (c instanceof Error ? String((c as NodeJS.ErrnoException).code ?? '') : ''));
  const names = causes.map((c) => (c instanceof Error ? c.name : ''));
  const text = causes.map(describe).join(' ');
  if (codes.some((c) => CERTIFICATE_CODES.has(c)) || /certificate/i.test(text)) {
    return role === 'Amazon Keyspaces'
      ? 'The server certificate was not trusted: set target.ca to the CA that signed it (for `ksmig emulate`, the CA path it prints); only for local tests, --insecure skips the check.'
      : 'The server certificate was not trusted: set origin.tls.ca to the CA that signed it; only for local tests, --insecure skips the check.';
  }
  if (/signature expired|request time|clock/i.test(text)) {
    return 'The signing time was rejected as too old or too far ahead: synchronise this machine\'s clock (NTP) and retry.';
  }
  if (names.includes('AuthenticationError') || /credential|authentication|password|signature/i.test(text)) {
    return role === 'Amazon Keyspaces'
      ? 'Check the AWS credentials and Region (SigV4), or the service-specific username and password.'
      : 'Check the username and password.';
  }
  if (/localDataCenter|data center/i.test(text)) return 'Set the local data center to one the nodes report (origin.localDataCenter), or leave it unset to detect it.';
  if (codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN')) return 'Check the host name.';
  if (role === 'Amazon Keyspaces') {
    return 'Check the Region/endpoint and port (Keyspaces listens on 9142, TLS only) and that outbound TCP to it is allowed.';
  }
  return 'Check the host and port, that the node is running, and whether it requires TLS.';
}
