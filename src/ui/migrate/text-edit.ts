/**
 * Editing one line of text from key presses, as the forms of the interactive migration do it:
 * a pure function of the text, the cursor and the key, so it is tested without a terminal.
 */

/** A line being edited: its text and where the cursor stands (0 … length, in code points). */
export interface TextEdit {
  value: string;
  cursor: number;
}

/** The parts of Ink's key that editing reads. */
export interface EditKey {
  ctrl: boolean;
  meta: boolean;
  leftArrow: boolean;
  rightArrow: boolean;
  home: boolean;
  end: boolean;
  backspace: boolean;
  delete: boolean;
  return: boolean;
  tab: boolean;
  escape: boolean;
  upArrow: boolean;
  downArrow: boolean;
  pageUp: boolean;
  pageDown: boolean;
}

// eslint-disable-next-line no-control-regex -- control characters never enter a field
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A text edit with the cursor at the end. */
export function atEnd(value: string): TextEdit {
  return { value, cursor: Array.from(value).length };
}

/**
 * The edit after `input`/`key`, or undefined when the key is not an editing key (Enter, Tab,
 * arrows up and down, Escape: the form's). Typed and pasted text is inserted at the cursor without
 * its control characters (a pasted line break ends nothing); Backspace (which terminals send as
 * DEL, and Ink names `delete`) removes the character before the cursor; ←/→, Home/End, Ctrl-A/E
 * move; Ctrl-U deletes to the start, Ctrl-K to the end, Ctrl-W the word before the cursor.
 */
export function editText(edit: TextEdit, input: string, key: EditKey): TextEdit | undefined {
  const chars = Array.from(edit.value);
  const cursor = Math.max(0, Math.min(edit.cursor, chars.length));
  const at = (value: string[], c: number): TextEdit => ({ value: value.join(''), cursor: c });
  if (key.return || key.tab || key.escape || key.upArrow || key.downArrow || key.pageUp || key.pageDown) return undefined;
  if (key.leftArrow) return at(chars, Math.max(0, cursor - 1));
  if (key.rightArrow) return at(chars, Math.min(chars.length, cursor + 1));
  if (key.home) return at(chars, 0);
  if (key.end) return at(chars, chars.length);
  if (key.backspace || key.delete) return cursor === 0 ? at(chars, 0) : at([...chars.slice(0, cursor - 1), ...chars.slice(cursor)], cursor - 1);
  if (key.ctrl) {
    switch (input) {
      case 'a':
        return at(chars, 0);
      case 'e':
        return at(chars, chars.length);
      case 'u':
        return at(chars.slice(cursor), 0);
      case 'k':
        return at(chars.slice(0, cursor), cursor);
      case 'w': {
        let start = cursor;
        while (start > 0 && chars[start - 1] === ' ') start--;
        while (start > 0 && chars[start - 1] !== ' ') start--;
        return at([...chars.slice(0, start), ...chars.slice(cursor)], start);
      }
      default:
        return undefined;
    }
  }
  if (key.meta) return undefined;
  const typed = Array.from(input.replace(CONTROL, ''));
  if (typed.length === 0) return undefined;
  return at([...chars.slice(0, cursor), ...typed, ...chars.slice(cursor)], cursor + typed.length);
}

/**
 * The part of a line that fits in `width` columns with the cursor visible: the text scrolls so
 * the cursor stays in view, and `…` marks text cut off on either side.
 */
export function visiblePart(edit: TextEdit, width: number): { before: string; under: string; after: string } {
  const chars = Array.from(edit.value);
  const cursor = Math.max(0, Math.min(edit.cursor, chars.length));
  const room = Math.max(3, width);
  // The cursor takes a cell of its own at the end of the text.
  const cells = chars.length + 1;
  let start = 0;
  if (cells > room) start = Math.max(0, Math.min(cursor - Math.floor(room * 0.7), cells - room));
  const end = Math.min(chars.length, start + room - 1);
  let before = chars.slice(start, cursor).join('');
  const under = chars[cursor] ?? ' ';
  let after = chars.slice(cursor + 1, Math.max(cursor + 1, end)).join('');
  if (start > 0) before = `…${Array.from(before).slice(1).join('')}`;
  if (end < chars.length && after !== '') after = `${Array.from(after).slice(0, -1).join('')}…`;
  return { before, under, after };
}
