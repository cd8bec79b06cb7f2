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
    // OpenSSL's own text ("80BC…:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:…") says little.
    if (typeof code === 'string' && isTlsCode(code)) return tlsProblem(code, (error as { reason?: unknown }).reason);
    const withCode = typeof code === 'string' && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
    // A KsmigError from our authenticator already explains itself; the driver's AuthenticationError
    // is more useful with its class name.
    return error.name && error.name !== 'Error' && error.name !== 'KsmigError' ? `${error.name}: ${withCode}` : withCode;
  }
  return String(error);
}

/** OpenSSL errors as Node reports them (ERR_SSL_…, ERR_OSSL_…). */
function isTlsCode(code: string): boolean {
  return code.startsWith('ERR_SSL_') || code.startsWith('ERR_OSSL_');
}

/** TLS handshake failures whose cause can be named, by OpenSSL error code. */
const TLS_PROBLEMS: ReadonlyArray<[RegExp, string]> = [
  [/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|UNKNOWN_PROTOCOL|RECORD_LAYER_FAILURE/, 'the server did not answer in TLS: TLS was asked for (a CA file or TLS settings were given) but the node does not encrypt client connections on this port'],
  [/ALERT_UNKNOWN_CA|ALERT_BAD_CERTIFICATE|CERTIFICATE_REQUIRED|ALERT_HANDSHAKE_FAILURE/, 'the server refused the TLS handshake: it requires a client certificate it trusts (mutual TLS), or no cipher or protocol version is common to both sides'],
  [/PEM|ASN1|X509|BAD_BASE64|NO_START_LINE|KEY_VALUES_MISMATCH|DECODER/, 'a TLS certificate or key file could not be used: it is damaged, not PEM, or the key does not match the certificate'],
  [/UNSUPPORTED_PROTOCOL|VERSION_TOO_LOW|NO_PROTOCOLS_AVAILABLE/, 'the server only offers a TLS version this machine refuses (TLS 1.2 or later is required)'],
];

function tlsProblem(code: string, reason: unknown): string {
  const known = TLS_PROBLEMS.find(([pattern]) => pattern.test(code))?.[1];
  const detail = typeof reason === 'string' && reason !== '' ? reason : code;
  return known === undefined ? `the TLS handshake failed (${detail}, ${code})` : `${known} (OpenSSL: ${detail}, ${code})`;
}

function suggestion(role: ClusterRole, causes: unknown[]): string {
  const codes = causes.map((c) => (c instanceof Error ? String((c as NodeJS.ErrnoException).code ?? '') : ''));
  const names = causes.map((c) => (c instanceof Error ? c.name : ''));
  const text = causes.map(describe).join(' ');
  if (codes.some((c) => /WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST|UNKNOWN_PROTOCOL/.test(c))) {
    return role === 'Amazon Keyspaces'
      ? 'Check the endpoint and port: Keyspaces answers TLS on port 9142.'
      : 'Drop --origin-ca (and origin.tls) for a node without client encryption, or point --origin at the port where the node serves TLS.';
  }
  if (codes.some((c) => isTlsCode(c) && /PEM|ASN1|X509|BAD_BASE64|NO_START_LINE|KEY_VALUES_MISMATCH|DECODER/.test(c))) {
    return 'Check the PEM files given for TLS (the CA, and the client certificate and key): each must hold the certificate or key it is named for.';
  }
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
