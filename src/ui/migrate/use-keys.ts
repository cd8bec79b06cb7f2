import { useInput, type Key } from 'ink';

/** A key with nothing pressed. */
const NONE: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

// eslint-disable-next-line no-control-regex -- splitting at control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The keys in one piece of input. Ink hands over a run of characters that arrived together as one
 * input (a paste, or keys typed faster than it reads: two Tabs, Backspace held down, text then
 * Enter); a run holding Tab, Enter, Backspace or a Ctrl-letter is split here into those keys, the
 * text between them staying whole.
 */
export function splitKeys(input: string, key: Key): Array<{ input: string; key: Key }> {
  if (Array.from(input).length <= 1 || !CONTROL.test(input) || input.startsWith('\u001b')) return [{ input, key }];
  const out: Array<{ input: string; key: Key }> = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') out.push({ input: text, key: { ...NONE } });
    text = '';
  };
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if (!CONTROL.test(ch)) {
      text += ch;
      continue;
    }
    flush();
    if (ch === '\t') out.push({ input: '', key: { ...NONE, tab: true } });
    else if (ch === '\r' || ch === '\n') out.push({ input: '', key: { ...NONE, return: true } });
    else if (ch === '\u007f' || ch === '\b') out.push({ input: '', key: { ...NONE, delete: ch === '\u007f', backspace: ch === '\b' } });
    else if (code >= 1 && code <= 26) out.push({ input: String.fromCharCode(code + 96), key: { ...NONE, ctrl: true } });
  }
  flush();
  return out;
}

/** Ink's `useInput`, each key of a run that arrived together handled on its own (see {@link splitKeys}). */
export function useKeys(handler: (input: string, key: Key) => void, options: { isActive?: boolean } = {}): void {
  useInput((input, key) => {
    for (const k of splitKeys(input, key)) handler(k.input, k.key);
  }, options);
}
