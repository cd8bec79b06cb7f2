/**
 * What the interactive migration's screens ask of the session (src/workflows/migrate.ts): the
 * `MigrationSession` itself in `ksmig migrate`, a fake in the screens' tests.
 */
import { KsmigError } from '../../shared/errors.js';
import { redact } from '../../shared/redact.js';
import type { MigrationSession } from '../../workflows/migrate.js';

export type MigrationDriver = Pick<
  MigrationSession,
  | 'dir'
  | 'state'
  | 'archived'
  | 'setSecrets'
  | 'advance'
  | 'save'
  | 'remembered'
  | 'checkOrigin'
  | 'checkTarget'
  | 'audit'
  | 'chooseTargetKeyspace'
  | 'reviewSchema'
  | 'estimate'
  | 'apply'
  | 'originTables'
  | 'copy'
  | 'discardCopy'
  | 'verify'
  | 'writeReport'
>;

/** A failure as a screen shows it: what happened (secrets masked) and what to try. */
export function problemOf(error: unknown): { message: string; hint: string | undefined } {
  if (error instanceof KsmigError) return { message: redact(error.message), hint: error.tryMessage === undefined ? undefined : redact(error.tryMessage) };
  return { message: redact(error instanceof Error ? error.message : String(error)), hint: undefined };
}
