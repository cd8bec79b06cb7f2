import { createContext, useContext, useLayoutEffect, useRef } from 'react';
import { useInput, type Key } from 'ink';

/** What handles a key. */
export type KeyHandler = (input: string, key: Key) => void;

/**
 * Where the migration sends the keys it does not handle itself: the screen that has them now. A
 * screen takes them as it is drawn (a layout effect, not a passive one), so a key typed just after
 * a screen changes reaches the new screen instead of falling between the two.
 */
export interface KeyRouter {
  current: KeyHandler | undefined;
}

export const KeyRouterContext = createContext<KeyRouter | undefined>(undefined);

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
 * input (a paste, or keys typed faster than it reads: two Tabs, Backspace held down, `/` and the
 * filter after it); such a run is split here into its keys, one character each, Tab, Enter,
 * Backspace and Ctrl-letters among them, so every key means what it means alone.
 */
export function splitKeys(input: string, key: Key): Array<{ input: string; key: Key }> {
  if (Array.from(input).length <= 1 || input.startsWith('\u001b')) return [{ input, key }];
  const out: Array<{ input: string; key: Key }> = [];
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if (!CONTROL.test(ch)) out.push({ input: ch, key: { ...NONE, shift: /[A-Z]/.test(ch) } });
    else if (ch === '\t') out.push({ input: '', key: { ...NONE, tab: true } });
    else if (ch === '\r' || ch === '\n') out.push({ input: '', key: { ...NONE, return: true } });
    else if (ch === '\u007f' || ch === '\b') out.push({ input: '', key: { ...NONE, delete: ch === '\u007f', backspace: ch === '\b' } });
    else if (code >= 1 && code <= 26) out.push({ input: String.fromCharCode(code + 96), key: { ...NONE, ctrl: true } });
  }
  return out;
}

/**
 * The keys of a screen: through the migration's {@link KeyRouter} when there is one (keys typed
 * during a change of screen are not lost), else Ink's `useInput`; either way each key of a run that
 * arrived together is handled on its own (see {@link splitKeys}).
 */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  const router = useContext(KeyRouterContext);
  const active = options.isActive !== false;
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    if (router === undefined || !active) return;
    const mine: KeyHandler = (input, key) => latest.current(input, key);
    router.current = mine;
    return () => {
      if (router.current === mine) router.current = undefined;
    };
  }, [router, active]);
  useInput(
    (input, key) => {
      for (const k of splitKeys(input, key)) latest.current(k.input, k.key);
    },
    { isActive: router === undefined && active },
  );
}
