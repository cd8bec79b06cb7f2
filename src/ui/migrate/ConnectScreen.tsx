import { useEffect, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { OriginAnswers } from '../../workflows/migrate.js';
import { oneLine } from '../escape.js';
import { wrapWords } from '../format.js';
import { Tinted } from '../theme.js';
import { Busy, Problem } from './Busy.js';
import { Title } from './Chrome.js';
import { problemOf, type MigrationDriver } from './driver.js';
import { Form } from './Form.js';
import { formKey, initialForm, isTyping, withErrors, type Field, type FormState } from './form-state.js';
import { ScreenFrame } from './Frame.js';
import { useKeys } from './use-keys.js';
import { useStateRef } from './use-state-ref.js';

/** The origin's form. */
export const ORIGIN_FIELDS: readonly Field[] = [
  { id: 'contactPoints', label: 'Contact points', kind: 'text', placeholder: 'host[:port], …', hint: 'One or more nodes of the origin cluster, comma-separated; port 9042 unless given.' },
  { id: 'localDataCenter', label: 'Data center', kind: 'text', placeholder: 'detected', hint: 'The data center to read from; empty: the one the first node answering is in.' },
  { id: 'username', label: 'User name', kind: 'text', placeholder: 'none', hint: 'Empty when the cluster does not ask for a login.' },
  { id: 'password', label: 'Password', kind: 'secret', placeholder: 'none', hint: 'Used for this run only: never written to a file. A resumed run asks again.' },
  { id: 'ca', label: 'TLS CA file', kind: 'text', placeholder: 'none: no TLS', hint: 'A PEM file of the CA that signed the nodes’ certificates; turns TLS on.' },
  { id: 'insecure', label: 'Skip TLS check', kind: 'toggle', hint: 'TLS without verifying the certificates (space toggles). Only for a test cluster.' },
];

const HOST_PORT = /^(\[[0-9a-fA-F:.]+\]|[^\s:,[\]]+)(:\d{1,5})?$/;

/** The form's values as the session takes them, or the problems to show. */
export function originAnswers(values: Readonly<Record<string, string>>): { answers: OriginAnswers; password: string | undefined } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const points = (values['contactPoints'] ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (points.length === 0) errors['contactPoints'] = 'give at least one node: host or host:port';
  const bad = points.find((p) => !HOST_PORT.test(p) || Number(p.slice(p.lastIndexOf(':') + 1)) > 65535);
  if (bad !== undefined) errors['contactPoints'] = `${bad} is not host or host:port`;
  const username = values['username']?.trim() || undefined;
  const password = values['password'] === '' ? undefined : values['password'];
  if (password !== undefined && username === undefined) errors['username'] = 'a password needs a user name';
  if (Object.keys(errors).length > 0) return { errors };
  const ca = values['ca']?.trim() || undefined;
  return {
    answers: { contactPoints: points, localDataCenter: values['localDataCenter']?.trim() || undefined, username, ca, insecure: values['insecure'] === 'yes' ? true : undefined },
    password,
  };
}

/** The form's starting values: this migration's answers, else those remembered in the config file. */
export function originValues(answers: Partial<OriginAnswers> | undefined): Record<string, string> {
  return {
    contactPoints: (answers?.contactPoints ?? []).join(', '),
    localDataCenter: answers?.localDataCenter ?? '',
    username: answers?.username ?? '',
    password: '',
    ca: answers?.ca ?? '',
    insecure: answers?.insecure === true ? 'yes' : '',
  };
}

/** Props of {@link ConnectScreen}. */
export type ConnectScreenProps = {
  readonly driver: MigrationDriver;
  readonly width: number;
  readonly height: number;
  /** Keys reach the screen (the help is closed). */
  readonly active: boolean;
  readonly onHelp: () => void;
  /** The origin answered: its keyspaces and what the test found. */
  readonly onConnected: (result: { keyspaces: string[]; detail: string }) => void;
  /** A note above the form (an earlier migration moved aside). */
  readonly note?: string | undefined;
};

type Phase = { kind: 'form' } | { kind: 'testing' } | { kind: 'failed'; message: string; hint: string | undefined };

/**
 * Step 1: the origin. A form (contact points, data center, user name, password typed masked, CA
 * file, skip-TLS-check), checked, then a connection test that lists the origin's keyspaces. The
 * answers, except the password, are remembered for the next run.
 */
export function ConnectScreen({ driver, width, height, active, onHelp, onConnected, note }: ConnectScreenProps): ReactNode {
  const [form, setForm, formRef] = useStateRef<FormState>(() => initialForm(ORIGIN_FIELDS, originValues(driver.state.origin)));
  const [phase, setPhase, phaseRef] = useStateRef<Phase>({ kind: 'form' });

  // Fill the form in from the config file when this migration has no answers yet.
  useEffect(() => {
    if (driver.state.origin !== undefined) return;
    let live = true;
    void driver.remembered().then((r) => {
      const f = formRef.current;
      if (live && r.origin !== undefined && (f.values['contactPoints'] ?? '') === '') setForm(initialForm(ORIGIN_FIELDS, { ...originValues(r.origin), password: f.values['password'] ?? '' }));
    });
    return () => {
      live = false;
    };
  }, [driver]);

  const submit = (state: FormState): void => {
    const parsed = originAnswers(state.values);
    if ('errors' in parsed) {
      setForm(withErrors(ORIGIN_FIELDS, state, parsed.errors));
      return;
    }
    setPhase({ kind: 'testing' });
    driver.setSecrets({ originPassword: parsed.password });
    driver.checkOrigin(parsed.answers).then(
      (check) => {
        if (check.ok) onConnected({ keyspaces: check.keyspaces ?? [], detail: check.detail });
        else setPhase({ kind: 'failed', message: check.message, hint: check.hint });
      },
      (error: unknown) => setPhase({ kind: 'failed', ...problemOf(error) }),
    );
  };

  useKeys(
    (input, key) => {
      if (phaseRef.current.kind === 'testing') return;
      const current = formRef.current;
      if (input === '?' && !isTyping(ORIGIN_FIELDS, current)) return onHelp();
      const result = formKey(ORIGIN_FIELDS, current, input, key);
      setForm(result.state);
      if (phaseRef.current.kind === 'failed' && result.state !== current) setPhase({ kind: 'form' });
      if (result.submit === true) submit(result.state);
    },
    { isActive: active },
  );

  const contact = form.values['contactPoints'] ?? '';
  const room = Math.max(10, width - 3);
  return (
    <ScreenFrame
      width={width}
      height={height}
      hints={
        phase.kind === 'testing'
          ? [{ key: 'ctrl-c', label: 'save and quit' }]
          : [
              { key: 'enter', label: 'connect' },
              { key: 'tab/↑↓', label: 'move' },
              { key: isTyping(ORIGIN_FIELDS, form) ? 'ctrl-g' : '?', label: 'help' },
              { key: 'ctrl-c', label: 'quit' },
            ]
      }
    >
      <Title detail="the Cassandra cluster to migrate from">Connect to the origin</Title>
      {note !== undefined ? wrapWords(oneLine(note), room).map((line, i) => <Tinted key={i} tone="muted">{line}</Tinted>) : null}
      <Text> </Text>
      <Form fields={ORIGIN_FIELDS} state={form} width={width} active={active && phase.kind !== 'testing'} />
      <Box marginTop={1} flexDirection="column">
        {phase.kind === 'testing' ? <Busy>{`Connecting to ${oneLine(contact)}…`}</Busy> : null}
        {phase.kind === 'failed' ? <Problem lines={wrapWords(oneLine(phase.message), room)} hint={phase.hint === undefined ? undefined : wrapWords(oneLine(phase.hint), room)} /> : null}
      </Box>
    </ScreenFrame>
  );
}
