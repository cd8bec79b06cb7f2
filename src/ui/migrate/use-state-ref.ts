import { useRef, useState } from 'react';

/**
 * State whose latest value is readable at once through a ref: keys can arrive faster than React
 * renders (two in one chunk of input), and each must see what the one before it did.
 */
export function useStateRef<T>(initial: T | (() => T)): [T, (next: T) => void, { readonly current: T }] {
  const [value, setValue] = useState<T>(initial);
  const ref = useRef<T>(value);
  const set = (next: T): void => {
    ref.current = next;
    setValue(next);
  };
  return [value, set, ref];
}
