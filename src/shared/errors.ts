import { ExitCode } from './exit-codes.js';

/** What went wrong, from the user's point of view; decides the exit code and how it is shown. */
export type KsmigErrorKind = 'usage' | 'config' | 'connection' | 'aborted' | 'interrupted' | 'bug';

const exitCodeByKind: Record<KsmigErrorKind, ExitCode> = {
  usage: ExitCode.Usage,
  config: ExitCode.Usage,
  connection: ExitCode.Aborted,
  aborted: ExitCode.Aborted,
  interrupted: ExitCode.Interrupted,
  bug: ExitCode.Bug,
};

/**
 * An operational failure (never a finding). `code` is stable (`KSMIG_…`) so scripts and tests can
 * match on it; `message` is for people and must never contain a secret; `tryMessage` suggests the
 * next step. Wrap lower-level errors with `{ cause }`.
 */
export class KsmigError extends Error {
  readonly code: string;
  readonly kind: KsmigErrorKind;
  readonly tryMessage: string | undefined;

  constructor(
    kind: KsmigErrorKind,
    code: string,
    message: string,
    options: { cause?: unknown; tryMessage?: string } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KsmigError';
    this.kind = kind;
    this.code = code;
    this.tryMessage = options.tryMessage;
  }

  get exitCode(): ExitCode {
    return exitCodeByKind[this.kind];
  }
}

/** Shorthand for a usage error (exit 2) that names what was expected. */
export function usageError(message: string, tryMessage?: string): KsmigError {
  return new KsmigError('usage', 'KSMIG_USAGE', message, tryMessage === undefined ? {} : { tryMessage });
}
