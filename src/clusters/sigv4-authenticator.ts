/**
 * SigV4 authentication for `cassandra-driver` against Amazon Keyspaces (and `ksmig emulate`).
 * Replaces AWS's `aws-sigv4-auth-cassandra-plugin`: no aws-sdk v2, credentials from the v3 provider
 * chain with refresh, and a credential failure always answers the driver (the plugin's hangs).
 */
import cassandra from 'cassandra-driver';
import { KsmigError } from '../shared/errors.js';
import { redact } from '../shared/redact.js';
import type { ClusterLog } from './log.js';
import { RefreshingCredentials, defaultCredentialSource, type AwsCredentialSource } from './aws-credentials.js';
import { SIGV4_INITIAL_RESPONSE, keyspacesSigV4Response, parseNonce } from './sigv4.js';

/** Driver callback shape: `(error, responseToken)`. */
type AuthCallback = (error: Error | null, token?: Buffer) => void;

/** Options for {@link SigV4AuthProvider}. */
export interface SigV4AuthProviderOptions {
  /** The AWS Region of the endpoint; it is part of the signature. */
  region: string;
  /** Credential source; defaults to the AWS SDK's Node chain (honouring `profile`). */
  credentials?: AwsCredentialSource | RefreshingCredentials;
  /** Named profile for the default chain (`--profile`). Ignored when `credentials` is given. */
  profile?: string | undefined;
  /** Clock for the signing time, for tests. */
  now?: () => number;
  log?: ClusterLog;
}

/** The driver-facing SigV4 authenticator for one connection. */
export class SigV4Authenticator implements cassandra.auth.Authenticator {
  private readonly endpoint: string;
  private readonly region: string;
  private readonly credentials: RefreshingCredentials;
  private readonly now: () => number;
  private readonly log: ClusterLog | undefined;

  constructor(endpoint: string, region: string, credentials: RefreshingCredentials, now: () => number, log?: ClusterLog) {
    this.endpoint = endpoint;
    this.region = region;
    this.credentials = credentials;
    this.now = now;
    this.log = log;
  }

  initialResponse(callback: AuthCallback): void {
    callback(null, Buffer.from(SIGV4_INITIAL_RESPONSE));
  }

  evaluateChallenge(challenge: Buffer, callback: AuthCallback): void {
    let nonce: string;
    try {
      nonce = parseNonce(challenge);
    } catch (error) {
      callback(error as Error);
      return;
    }
    this.credentials.get().then(
      (creds) => {
        let response: string;
        try {
          response = keyspacesSigV4Response({
            nonce,
            region: this.region,
            accessKeyId: creds.accessKeyId,
            secretAccessKey: creds.secretAccessKey,
            sessionToken: creds.sessionToken,
            date: new Date(this.now()),
          });
        } catch (error) {
          settle(callback, error as Error);
          return;
        }
        this.debug(
          `SigV4: answering challenge from ${this.endpoint} as ${creds.accessKeyId} (region ${this.region}` +
            `${creds.sessionToken ? ', temporary credentials' : ''})`,
        );
        settle(callback, null, Buffer.from(response, 'utf8'));
      },
      (error: unknown) => {
        const failure =
          error instanceof KsmigError
            ? error
            : new KsmigError('connection', 'KSMIG_AWS_CREDENTIALS', `Could not get AWS credentials: ${redact(String(error))}`);
        this.debug(`SigV4: no credentials for ${this.endpoint}: ${failure.message}`);
        settle(callback, failure);
      },
    );
  }

  onAuthenticationSuccess(): void {
    this.debug(`SigV4: authenticated to ${this.endpoint}`);
  }

  private debug(message: string): void {
    this.log?.('debug', redact(message));
  }
}

/** Calls the driver back outside the promise chain, so an exception in the driver is not swallowed as a rejection. */
function settle(callback: AuthCallback, error: Error | null, token?: Buffer): void {
  process.nextTick(() => (error ? callback(error) : callback(null, token)));
}

// The driver requires `instanceof auth.AuthProvider`, but its typings declare only an interface.
const AuthProviderBase = (cassandra.auth as unknown as { AuthProvider: new () => cassandra.auth.AuthProvider }).AuthProvider;

/**
 * `cassandra-driver` auth provider that signs the Keyspaces SASL challenge with SigV4. One
 * credential cache serves every connection of the client.
 */
export class SigV4AuthProvider extends AuthProviderBase {
  readonly region: string;
  private readonly credentials: RefreshingCredentials;
  private readonly now: () => number;
  private readonly log: ClusterLog | undefined;

  constructor(options: SigV4AuthProviderOptions) {
    super();
    if (!options.region) {
      throw new KsmigError('config', 'KSMIG_SIGV4_REGION', 'SigV4 authentication needs the AWS Region of the Keyspaces endpoint.', {
        tryMessage: 'Pass --region (or set AWS_REGION).',
      });
    }
    this.region = options.region;
    const source = options.credentials ?? defaultCredentialSource({ profile: options.profile });
    this.credentials =
      source instanceof RefreshingCredentials
        ? source
        : new RefreshingCredentials(source, {
            description:
              options.credentials !== undefined
                ? 'the configured credential source'
                : options.profile
                  ? `AWS profile "${options.profile}"`
                  : 'the AWS default credential chain',
          });
    this.now = options.now ?? Date.now;
    this.log = options.log;
  }

  override newAuthenticator(endpoint: string, _name: string): SigV4Authenticator {
    // Keyspaces' advertised authenticator class is not documented; like AWS's plugins, ignore it.
    return new SigV4Authenticator(endpoint, this.region, this.credentials, this.now, this.log);
  }
}
