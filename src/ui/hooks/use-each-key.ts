import { useInput, type Key } from 'ink';

/**
 * Ink's keys, one character at a time: keys typed faster than a frame arrive as one string (Ink
 * passes pasted text whole), and each is handled on its own. Ctrl and Meta combinations pass whole.
 */
export function useEachKey(onKey: (input: string, key: Key) => void, isActive: boolean): void {
  useInput((input, key) => (key.ctrl || key.meta ? onKey(input, key) : Array.from(input).forEach((char) => onKey(char, key))), { isActive });
}
