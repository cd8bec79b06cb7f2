/**
 * The forms of the interactive migration as data and one pure reducer: fields, their values,
 * which one has the focus, and what a key does (move, type, toggle, submit). The screens decide
 * what the values mean and validate them.
 */
import { atEnd, editText, type EditKey, type TextEdit } from './text-edit.js';

/** `text` and `secret` (typed masked) edit a line; `toggle` is yes or no; `choice` is one of `choices`. */
export type FieldKind = 'text' | 'secret' | 'toggle' | 'choice';

/** One field of a form. */
export interface Field {
  id: string;
  label: string;
  kind: FieldKind;
  /** Shown muted in an empty text field: what happens when it stays empty. */
  placeholder?: string | undefined;
  /** A line under the form while the field has the focus. */
  hint?: string | undefined;
  /** The values of a `choice` field, in order. */
  choices?: readonly string[] | undefined;
}

/** A form being filled in. Toggles hold `'yes'` or `''`; choices hold one of their choices. */
export interface FormState {
  values: Readonly<Record<string, string>>;
  /** Cursor of each text field (end of the text when absent). */
  cursors: Readonly<Record<string, number>>;
  /** Id of the field with the focus. */
  focus: string;
  /** Problems to show under fields, by id. */
  errors: Readonly<Record<string, string>>;
}

/** What a key did to a form. */
export interface FormKeyResult {
  state: FormState;
  /** Enter was pressed: the screen validates and acts. */
  submit?: boolean;
}

/** A new form with `values`, the focus on the first field (or `focus`). */
export function initialForm(fields: readonly Field[], values: Readonly<Record<string, string>>, focus?: string): FormState {
  const filled: Record<string, string> = {};
  for (const f of fields) filled[f.id] = values[f.id] ?? (f.kind === 'choice' ? (f.choices?.[0] ?? '') : '');
  return { values: filled, cursors: {}, focus: focus ?? fields[0]?.id ?? '', errors: {} };
}

/** The edit state of a text field. */
export function fieldEdit(state: FormState, id: string): TextEdit {
  const value = state.values[id] ?? '';
  const cursor = state.cursors[id];
  return cursor === undefined ? atEnd(value) : { value, cursor };
}

/** The key is typed into a text field (not a form key): `?` is then a character, not help. */
export function isTyping(fields: readonly Field[], state: FormState): boolean {
  const kind = fields.find((f) => f.id === state.focus)?.kind;
  return kind === 'text' || kind === 'secret';
}

/**
 * What `input`/`key` does to the form whose visible fields are `fields`: Tab, ↓ next field;
 * Shift-Tab, ↑ previous; Enter submits; in a text field, editing; on a toggle, Space (or y/n);
 * on a choice, Space, ←/→. A key that changes a field clears that field's error.
 */
export function formKey(fields: readonly Field[], state: FormState, input: string, key: EditKey & { shift: boolean }): FormKeyResult {
  const index = Math.max(0, fields.findIndex((f) => f.id === state.focus));
  const field = fields[index];
  const focusAt = (i: number): FormKeyResult => ({ state: { ...state, focus: fields[(i + fields.length) % fields.length]?.id ?? state.focus } });
  if (key.return) return { state, submit: true };
  if ((key.tab && key.shift) || key.upArrow) return focusAt(index - 1);
  if (key.tab || key.downArrow) return focusAt(index + 1);
  if (field === undefined) return { state };
  const set = (value: string, cursor?: number): FormKeyResult => {
    const errors = { ...state.errors };
    delete errors[field.id];
    return {
      state: { ...state, values: { ...state.values, [field.id]: value }, cursors: cursor === undefined ? state.cursors : { ...state.cursors, [field.id]: cursor }, errors },
    };
  };
  const value = state.values[field.id] ?? '';
  switch (field.kind) {
    case 'text':
    case 'secret': {
      const edited = editText(fieldEdit(state, field.id), input, key);
      return edited === undefined ? { state } : set(edited.value, edited.cursor);
    }
    case 'toggle':
      if (input === ' ') return set(value === 'yes' ? '' : 'yes');
      if (input === 'y') return set('yes');
      if (input === 'n') return set('');
      return { state };
    case 'choice': {
      const choices = field.choices ?? [];
      const at = Math.max(0, choices.indexOf(value));
      if (input === ' ' || key.rightArrow) return set(choices[(at + 1) % choices.length] ?? value);
      if (key.leftArrow) return set(choices[(at - 1 + choices.length) % choices.length] ?? value);
      return { state };
    }
  }
}

/** The form with `errors` shown, the focus on the first field that has one. */
export function withErrors(fields: readonly Field[], state: FormState, errors: Readonly<Record<string, string>>): FormState {
  const first = fields.find((f) => errors[f.id] !== undefined);
  return { ...state, errors, focus: first?.id ?? state.focus };
}
