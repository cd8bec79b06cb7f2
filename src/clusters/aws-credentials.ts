/**
 * AWS credentials for SigV4: a pluggable source (by default the AWS SDK's Node provider chain —
 * environment, shared config/credentials files and profiles, SSO, web identity, ECS/EC2 roles) behind
 * a cache that re-resolves temporary credentials before they expire.
 */
import { KsmigError } from '../shared/errors.js';
import { redact, registerSecret } from '../shared/redact.js';

/** Credentials as an AWS SDK provider returns them. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
  /** When temporary credentials stop working; absent for long-term keys. */
  expiration?: Date | undefined;
}

/** Anything that resolves credentials, e.g. `fromNodeProviderChain()` or `fromIni({ profile })`. */
export type AwsCredentialSource = (options?: { forceRefresh?: boolean }) => Promise<AwsCredentials>;

/** Options for {@link defaultCredentialSource}. */
export interface DefaultCredentialSourceOptions {
  /** Named profile from the shared config/credentials files (`--profile`). */
  profile?: string | undefined;
}

/**
 * The AWS SDK's default Node.js chain (env, profiles, SSO, web identity, process, container and
 * instance metadata). The SDK is loaded on first use so commands that never touch AWS stay fast.
 */
export function defaultCredentialSource(options: DefaultCredentialSourceOptions = {}): AwsCredentialSource {
  let chain: Promise<AwsCredentialSource> | undefined;
  return async (resolveOptions) => {
    chain ??= import('@aws-sdk/credential-providers').then(({ fromNodeProviderChain }) => {
      const provider = fromNodeProviderChain(options.profile === undefined ? {} : { profile: options.profile });
      return (opts?: { forceRefresh?: boolean }) => provider(opts);
    });
    return (await chain)(resolveOptions);
  };
}

/** Options for {@link RefreshingCredentials}. */
export interface RefreshingCredentialsOptions {
  /** Re-resolve when fewer than this many milliseconds of validity remain. Default 5 minutes. */
  refreshBeforeMs?: number;
  /** Give up on one resolution after this long, so a connection never hangs on IMDS or SSO. Default 30 s. */
  timeoutMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Where the credentials come from, for error messages (e.g. `profile "prod"`). */
  description?: string;
}

const DEFAULT_REFRESH_BEFORE_MS = 5 * 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Caches credentials from a source and hands out ones that are valid for at least `refreshBeforeMs`
 * more. Concurrent callers share one resolution. Every resolved secret and session token is
 * registered for redaction. Failures become `KsmigError('connection', 'KSMIG_AWS_CREDENTIALS')`
 * whose message, stack and cause carry no secret.
 */
export class RefreshingCredentials {
  private readonly source: AwsCredentialSource;
  private readonly refreshBeforeMs: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly description: string;
  private current: AwsCredentials | undefined;
  private pending: Promise<AwsCredentials> | undefined;

  constructor(source: AwsCredentialSource, options: RefreshingCredentialsOptions = {}) {
    this.source = source;
    this.refreshBeforeMs = options.refreshBeforeMs ?? DEFAULT_REFRESH_BEFORE_MS;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.now = options.now ?? Date.now;
    this.description = options.description ?? 'the AWS default credential chain';
  }

  /** Credentials valid for at least `refreshBeforeMs` more (or without expiry). */
  async get(): Promise<AwsCredentials> {
    const cached = this.current;
    if (cached && !this.needsRefresh(cached)) return cached;
    this.pending ??= this.resolve(cached !== undefined).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private needsRefresh(credentials: AwsCredentials): boolean {
    if (!credentials.expiration) return false;
    return credentials.expiration.getTime() - this.now() < this.refreshBeforeMs;
  }

  private async resolve(forceRefresh: boolean): Promise<AwsCredentials> {
    let resolved: AwsCredentials;
    try {
      resolved = await withTimeout(this.source(forceRefresh ? { forceRefresh: true } : undefined), this.timeoutMs);
    } catch (error) {
      throw this.failure(error);
    }
    registerSecret(resolved?.secretAccessKey);
    registerSecret(resolved?.sessionToken);
    if (!resolved || !resolved.accessKeyId || !resolved.secretAccessKey) {
      throw this.failure(new Error('the provider returned no access key ID or secret access key'));
    }
    if (resolved.expiration && resolved.expiration.getTime() <= this.now()) {
      throw this.failure(new Error(`the credentials expired at ${resolved.expiration.toISOString()}`));
    }
    this.current = resolved;
    return resolved;
  }

  private failure(error: unknown): KsmigError {
    const detail = redact(error instanceof Error ? error.message : String(error));
    // A sanitised copy stands in for the original error: providers sometimes echo config values.
    const cause = new Error(detail);
    if (error instanceof Error) cause.name = error.name;
    return new KsmigError('connection', 'KSMIG_AWS_CREDENTIALS', `Could not get AWS credentials from ${this.description}: ${detail}`, {
      cause,
      tryMessage:
        'Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys), pass --profile, ' +
        'or run `aws sso login` for SSO profiles.',
    });
  }
}

class CredentialTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'CredentialTimeout';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CredentialTimeout(ms)), ms);
    timer.unref();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
