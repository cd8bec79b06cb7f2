/**
 * The steps of the interactive migration as the screen shows them, and how they map to the
 * session's steps (`apply` is the Target screen: the target's form, then the schema applied).
 */
import type { MigrationStep } from '../../workflows/migrate.js';

/** The screens, in order. */
export const SCREENS = ['connect', 'audit', 'schema', 'target', 'copy', 'verify', 'report'] as const;
export type Screen = (typeof SCREENS)[number];

/** Their names in the step indicator. */
export const SCREEN_TITLES: Record<Screen, string> = {
  connect: 'Connect',
  audit: 'Audit',
  schema: 'Schema',
  target: 'Target',
  copy: 'Copy',
  verify: 'Verify',
  report: 'Report',
};

/** The screen that shows a session step. */
export function screenOf(step: MigrationStep): Screen {
  switch (step) {
    case 'apply':
      return 'target';
    case 'done':
      return 'report';
    default:
      return step;
  }
}

/** The session step a screen stands for. */
export function stepOf(screen: Screen): MigrationStep {
  return screen === 'target' ? 'apply' : screen;
}
