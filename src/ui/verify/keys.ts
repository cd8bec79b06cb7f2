/** What a key press asks of the verify view. */
export type VerifyKeyAction = 'stop' | 'differences' | 'queries' | 'help';

/** The action bound to a key, or undefined. Ctrl-C stops, like `q` (in raw mode it is input, not a signal). */
export function verifyKeyAction(input: string, key: { ctrl: boolean }): VerifyKeyAction | undefined {
  if (key.ctrl) return input === 'c' ? 'stop' : undefined;
  switch (input) {
    case 'q':
      return 'stop';
    case 'd':
      return 'differences';
    case 'r':
      return 'queries';
    case '?':
      return 'help';
    default:
      return undefined;
  }
}
