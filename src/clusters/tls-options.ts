/**
 * TLS settings for driver connections. Certificates are always verified unless the user asked for
 * `insecure`; the driver itself defaults to `rejectUnauthorized: false`, so it is set explicitly.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { KsmigError } from '../shared/errors.js';

/** User-facing TLS choices (the same names as the `tls` block of the config file). */
export interface TlsSettings {
  /** PEM file with the CA certificate(s) to trust instead of Node's built-in roots. */
  ca?: string | undefined;
  /** Client certificate (PEM), for servers that require mutual TLS. */
  cert?: string | undefined;
  /** Client private key (PEM) matching `cert`. */
  key?: string | undefined;
  /** Skip certificate verification (`--insecure`). Never the default. */
  insecure?: boolean | undefined;
  /**
   * Name the server certificate must carry. Defaults to `host` when it is a DNS name; for an IP
   * address Node checks the certificate's IP SANs instead.
   */
  serverName?: string | undefined;
}

/** Reads files and builds the options the driver passes to `tls.connect` for `host`. */
export function buildTlsOptions(host: string, settings: TlsSettings = {}): ConnectionOptions {
  const options: ConnectionOptions = { rejectUnauthorized: settings.insecure !== true };
  const serverName = settings.serverName ?? (isIP(host) === 0 ? host : undefined);
  // `servername` (not `host`): the driver passes each peer's address separately, and a `host`
  // here would override it; `servername` only sets SNI and the name checked on every connection.
  if (serverName !== undefined) options.servername = serverName;
  if (settings.ca !== undefined) options.ca = readPem(settings.ca, 'CA certificate');
  if ((settings.cert === undefined) !== (settings.key === undefined)) {
    throw new KsmigError('config', 'KSMIG_TLS_CONFIG', 'A TLS client certificate needs both a certificate file and a key file.');
  }
  if (settings.cert !== undefined) options.cert = readPem(settings.cert, 'client certificate');
  if (settings.key !== undefined) options.key = readPem(settings.key, 'client key');
  return options;
}

function readPem(path: string, what: string): Buffer {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new KsmigError('config', 'KSMIG_TLS_CONFIG', `Cannot read the TLS ${what} file ${path}: ${reason}.`);
  }
  if (!data.includes('-----BEGIN ')) {
    throw new KsmigError('config', 'KSMIG_TLS_CONFIG', `The TLS ${what} file ${path} is not PEM (no "-----BEGIN" line).`);
  }
  return data;
}
