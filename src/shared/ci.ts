/**
 * Whether `env` names a CI runner (`CI` or `CONTINUOUS_INTEGRATION` set and not `0`/`false`, as
 * Ink reads it): Ink then draws only its last frame, so neither a live view nor the interactive
 * flow can redraw there.
 */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const set = (value: string | undefined): boolean => value !== undefined && value !== '' && value !== '0' && value !== 'false';
  return set(env.CI) || set(env.CONTINUOUS_INTEGRATION);
}
