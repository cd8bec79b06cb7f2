import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { oneLine } from '../escape.js';
import { fit, truncate, wrapWords } from '../format.js';
import { Tinted } from '../theme.js';
import { EditedLine } from './EditedLine.js';
import { fieldEdit, type Field, type FormState } from './form-state.js';
import { maxOf } from '../../shared/arrays.js';

/** Props of {@link Form}. */
export type FormProps = {
  /** The fields shown, in order. */
  readonly fields: readonly Field[];
  readonly state: FormState;
  readonly width: number;
  /** Keys reach the form (false while a connection test runs: the cursor is hidden). */
  readonly active: boolean;
};

/** Columns of the label gutter. */
export function labelWidth(fields: readonly Field[]): number {
  return Math.min(22, maxOf(fields.map((f) => Array.from(f.label).length), 8) + 2);
}

/**
 * A form: one field a line, `❯` before the one with the focus, its problem under it, and the
 * focused field's hint below the form.
 *
 * ```
 * ❯ Contact points  10.0.0.1:9042, 10.0.0.2▌
 *   Data center     detected
 *   Password        ••••••
 *   Use TLS CA      [ ] no
 * ```
 */
export function Form({ fields, state, width, active }: FormProps): ReactNode {
  const gutter = labelWidth(fields);
  const room = Math.max(8, width - 1 - 2 - gutter);
  const focused = fields.find((f) => f.id === state.focus);
  return (
    <Box flexDirection="column">
      {fields.map((field) => {
        const isFocus = field.id === state.focus;
        const error = state.errors[field.id];
        return (
          <Box key={field.id} flexDirection="column">
            <Text wrap="truncate-end">
              <Tinted tone="accent">{isFocus && active ? '❯ ' : '  '}</Tinted>
              <Tinted tone={isFocus ? 'strong' : 'plain'}>{fit(field.label, gutter)}</Tinted>
              <FieldValue field={field} state={state} focused={isFocus && active} width={room} />
            </Text>
            {error !== undefined
              ? wrapWords(oneLine(error), room - 2).map((line, i) => (
                  <Text key={i} wrap="truncate-end">
                    {' '.repeat(2 + gutter)}
                    <Tinted tone="bad">{i === 0 ? '✖ ' : '  '}{line}</Tinted>
                  </Text>
                ))
              : null}
          </Box>
        );
      })}
      {focused?.hint !== undefined && active ? (
        <Box marginTop={1}>
          <Text wrap="truncate-end">
            <Tinted tone="muted">{`  ${truncate(focused.hint, width - 3)}`}</Tinted>
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}

function FieldValue({ field, state, focused, width }: { field: Field; state: FormState; focused: boolean; width: number }): ReactNode {
  const value = state.values[field.id] ?? '';
  switch (field.kind) {
    case 'toggle':
      return <Tinted tone={focused ? 'accent' : 'plain'}>{value === 'yes' ? '[x] yes' : '[ ] no'}</Tinted>;
    case 'choice':
      return (
        <Text>
          {(field.choices ?? []).map((choice, i) => (
            <Text key={choice}>
              {i > 0 ? '  ' : ''}
              <Tinted tone={choice === value ? (focused ? 'accent' : 'strong') : 'muted'}>{`${choice === value ? '●' : '○'} ${choice}`}</Tinted>
            </Text>
          ))}
        </Text>
      );
    case 'text':
    case 'secret': {
      const edit = fieldEdit(state, field.id);
      const shown = field.kind === 'secret' ? { value: '•'.repeat(Array.from(edit.value).length), cursor: edit.cursor } : { value: oneLine(edit.value), cursor: edit.cursor };
      if (!focused) {
        if (shown.value === '') return <Tinted tone="muted">{truncate(field.placeholder ?? '', width)}</Tinted>;
        return <Text>{truncate(shown.value, width)}</Text>;
      }
      if (shown.value === '' && field.placeholder !== undefined && field.placeholder !== '') {
        // The cursor on the placeholder's first character keeps the column of every value.
        const placeholder = Array.from(truncate(field.placeholder, width));
        return (
          <Text>
            <Text inverse>{placeholder[0]}</Text>
            <Tinted tone="muted">{placeholder.slice(1).join('')}</Tinted>
          </Text>
        );
      }
      return <EditedLine edit={shown} width={width} />;
    }
  }
}
