import type { ReactNode } from 'react';
import { Text } from 'ink';
import { oneLine } from '../escape.js';
import { fit, truncate } from '../format.js';
import { Tinted } from '../theme.js';
import { Title } from './Chrome.js';
import type { MigrationDriver } from './driver.js';
import { Form } from './Form.js';
import { formKey, initialForm, isTyping, withErrors, type Field, type FormState } from './form-state.js';
import { ScreenFrame } from './Frame.js';
import { SCREEN_TITLES, screenOf } from './steps.js';
import { useKeys } from './use-keys.js';
import { useStateRef } from './use-state-ref.js';

/** The passwords a resumed migration needs again (none are saved). */
export function resumeFields(driver: Pick<MigrationDriver, 'state'>): Field[] {
  const fields: Field[] = [];
  if (driver.state.origin?.username !== undefined) fields.push({ id: 'originPassword', label: 'Origin password', kind: 'secret', hint: `The password of ${driver.state.origin.username} on the origin (never saved).` });
  if (driver.state.target?.auth !== 'sigv4' && driver.state.target?.username !== undefined) fields.push({ id: 'targetPassword', label: 'Target password', kind: 'secret', hint: `The password of ${driver.state.target.username} on the target (never saved).` });
  return fields;
}

/** Props of {@link ResumeScreen}. */
export type ResumeScreenProps = {
  readonly driver: MigrationDriver;
  readonly width: number;
  readonly height: number;
  readonly active: boolean;
  readonly onHelp: () => void;
  readonly onContinue: () => void;
};

/** A resumed migration: where it stands, and the passwords it needs again. */
export function ResumeScreen({ driver, width, height, active, onHelp, onContinue }: ResumeScreenProps): ReactNode {
  const fields = resumeFields(driver);
  const [form, setForm, formRef] = useStateRef<FormState>(() => initialForm(fields, {}));
  const state = driver.state;

  useKeys(
    (input, key) => {
      const current = formRef.current;
      if (input === '?' && !isTyping(fields, current)) return onHelp();
      if (fields.length === 0) {
        if (key.return) onContinue();
        return;
      }
      const result = formKey(fields, current, input, key);
      setForm(result.state);
      if (result.submit !== true) return;
      const errors: Record<string, string> = {};
      for (const f of fields) if ((result.state.values[f.id] ?? '') === '') errors[f.id] = 'needed to continue';
      if (Object.keys(errors).length > 0) return setForm(withErrors(fields, result.state, errors));
      driver.setSecrets({ originPassword: result.state.values['originPassword'] || undefined, targetPassword: result.state.values['targetPassword'] || undefined });
      onContinue();
    },
    { isActive: active },
  );

  const origin = state.origin === undefined ? 'not connected yet' : `${state.origin.contactPoints.join(', ')}${state.origin.username !== undefined ? ` (user ${state.origin.username})` : ''}`;
  const target = state.target === undefined ? 'not connected yet' : `${state.target.endpoint ?? `cassandra.${state.target.region}.amazonaws.com`} (${state.target.region || 'no Region'}, ${state.target.auth === 'service-specific' ? 'password' : state.target.auth})`;
  const keyspaces = state.keyspaces.length === 0 ? 'not chosen yet' : `${state.keyspaces.join(', ')}${state.targetKeyspace !== undefined ? ` → ${state.targetKeyspace}` : ''}`;
  const rows: Array<[string, string]> = [
    ['Step', SCREEN_TITLES[screenOf(state.step)] + (state.step === 'copy' && state.copyStarted === true ? ' (resumes from its checkpoint)' : '')],
    ['Origin', origin],
    ['Keyspaces', keyspaces],
    ['Target', target],
    ['Directory', driver.dir],
  ];
  return (
    <ScreenFrame
      width={width}
      height={height}
      hints={[{ key: 'enter', label: 'continue' }, ...(fields.length > 1 ? [{ key: 'tab', label: 'next field' }] : []), { key: isTyping(fields, form) ? 'ctrl-g' : '?', label: 'help' }, { key: 'ctrl-c', label: 'quit' }]}
    >
      <Title detail="it continues where it stopped">Resume the migration</Title>
      <Text> </Text>
      {rows.map(([label, value]) => (
        <Text key={label} wrap="truncate-end">
          {'  '}
          <Tinted tone="muted">{fit(label, 11)}</Tinted>
          {truncate(oneLine(value), width - 15)}
        </Text>
      ))}
      <Text> </Text>
      {fields.length > 0 ? <Form fields={fields} state={form} width={width} active={active} /> : <Tinted tone="muted">No password is needed.</Tinted>}
    </ScreenFrame>
  );
}
