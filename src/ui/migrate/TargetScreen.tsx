import { useEffect, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import { AWS_REGION_NAME } from '../../keyspaces/regions.js';
import type { ApplyEvent, ApplyResult } from '../../workflows/schema-apply.js';
import type { TargetAnswers } from '../../workflows/migrate.js';
import { oneLine } from '../escape.js';
import { fit, formatExact, truncate, wrapWords } from '../format.js';
import { Tinted } from '../theme.js';
import { Busy, Problem } from './Busy.js';
import { Title } from './Chrome.js';
import { problemOf, type MigrationDriver } from './driver.js';
import { Form } from './Form.js';
import { formKey, initialForm, isTyping, withErrors, type Field, type FormState } from './form-state.js';
import { bodyRows, ScreenFrame } from './Frame.js';
import { useKeys } from './use-keys.js';
import { useStateRef } from './use-state-ref.js';
import { maxOf } from '../../shared/arrays.js';

const AUTH_CHOICES = ['sigv4', 'password', 'none'] as const;

const FIELDS: Record<string, Field> = {
  region: { id: 'region', label: 'Region', kind: 'text', placeholder: 'e.g. us-east-1', hint: 'The AWS Region of the Keyspaces endpoint: its data center and the SigV4 scope.' },
  endpoint: { id: 'endpoint', label: 'Endpoint', kind: 'text', placeholder: 'cassandra.<region>.amazonaws.com:9142', hint: 'host[:port]: a VPC endpoint, `ksmig emulate`, or a plain Cassandra (auth none). Empty: the Region’s public endpoint.' },
  auth: { id: 'auth', label: 'Authentication', kind: 'choice', choices: AUTH_CHOICES, hint: 'sigv4: AWS credentials (environment, profile, SSO…) · password: service-specific credentials · none: a Cassandra target (space, ←/→).' },
  profile: { id: 'profile', label: 'AWS profile', kind: 'text', placeholder: 'default credential chain', hint: 'A named profile of ~/.aws; empty: AWS_ACCESS_KEY_ID…, AWS_PROFILE, SSO, instance roles, in that order.' },
  username: { id: 'username', label: 'User name', kind: 'text', placeholder: 'none', hint: 'The service-specific credential’s user name (or the Cassandra target’s user).' },
  password: { id: 'password', label: 'Password', kind: 'secret', placeholder: 'none', hint: 'Used for this run only: never written to a file. A resumed run asks again.' },
  ca: { id: 'ca', label: 'TLS CA file', kind: 'text', placeholder: 'the built-in Amazon roots', hint: 'A PEM CA bundle to trust instead (for `ksmig emulate`, its CA file).' },
  insecure: { id: 'insecure', label: 'Skip TLS check', kind: 'toggle', hint: 'TLS without verifying the certificate (space toggles). Never against real Keyspaces.' },
};

/** The fields shown for an authentication. */
export function targetFields(auth: string): Field[] {
  const ids = auth === 'sigv4' ? ['region', 'endpoint', 'auth', 'profile', 'ca', 'insecure'] : ['region', 'endpoint', 'auth', 'username', 'password', 'ca', 'insecure'];
  return ids.map((id) => FIELDS[id] as Field);
}

/** The form's values as the session takes them, or the problems to show. */
export function targetAnswers(values: Readonly<Record<string, string>>): { answers: TargetAnswers; password: string | undefined } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const choice = values['auth'] ?? 'sigv4';
  const auth: TargetAnswers['auth'] = choice === 'password' ? 'service-specific' : choice === 'none' ? 'none' : 'sigv4';
  const region = values['region']?.trim() ?? '';
  const endpoint = values['endpoint']?.trim() || undefined;
  if (auth !== 'none' && region === '') errors['region'] = 'the Region is needed (it is part of the signature and the data center)';
  else if (region !== '' && !AWS_REGION_NAME.test(region)) errors['region'] = `${region} is not an AWS Region name (us-east-1, eu-west-1, …)`;
  if (endpoint !== undefined && !/^(\[[0-9a-fA-F:.]+\]|[^\s:/[\]]+)(:\d{1,5})?$/.test(endpoint)) errors['endpoint'] = `${endpoint} is not host or host:port`;
  if (auth === 'none' && endpoint === undefined) errors['endpoint'] = 'a Cassandra target needs its host[:port]';
  const username = values['username']?.trim() || undefined;
  const password = auth === 'sigv4' || values['password'] === '' ? undefined : values['password'];
  if (auth === 'service-specific' && username === undefined) errors['username'] = 'service-specific credentials have a user name';
  if (auth === 'service-specific' && password === undefined) errors['password'] = 'and a password';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    answers: {
      region,
      endpoint,
      auth,
      username: auth === 'sigv4' ? undefined : username,
      profile: auth === 'sigv4' ? values['profile']?.trim() || undefined : undefined,
      ca: values['ca']?.trim() || undefined,
      insecure: values['insecure'] === 'yes' ? true : undefined,
    },
    password,
  };
}

/** The form's starting values. */
export function targetValues(answers: Partial<TargetAnswers> | undefined, region: string | undefined): Record<string, string> {
  return {
    region: answers?.region ?? region ?? '',
    endpoint: answers?.endpoint === undefined ? '' : `${answers.endpoint}${answers.port !== undefined && !answers.endpoint.includes(':') ? `:${answers.port}` : ''}`,
    auth: answers?.auth === 'service-specific' ? 'password' : (answers?.auth ?? 'sigv4'),
    profile: answers?.profile ?? '',
    username: answers?.username ?? '',
    password: '',
    ca: answers?.ca ?? '',
    insecure: answers?.insecure === true ? 'yes' : '',
  };
}

/** One object being created, as the apply reports it. */
export interface ApplyRow {
  object: string;
  status: 'creating' | 'waiting' | 'active' | 'failed';
  detail: string;
}

/** The rows after an apply event. */
export function applyRows(rows: readonly ApplyRow[], event: ApplyEvent): ApplyRow[] {
  const set = (object: string, row: Omit<ApplyRow, 'object'>): ApplyRow[] => {
    const at = rows.findIndex((r) => r.object === object);
    const next = { object, ...row };
    return at < 0 ? [...rows, next] : rows.map((r, i) => (i === at ? next : r));
  };
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  switch (event.type) {
    case 'statement':
      return set(event.object, { status: 'creating', detail: `statement ${event.index + 1} of ${event.total}` });
    case 'waiting':
      return set(event.object, { status: 'waiting', detail: `${event.status.toUpperCase()} for ${seconds(event.waitedMs)}` });
    case 'active':
      return set(event.object, { status: 'active', detail: `ACTIVE after ${seconds(event.waitedMs)}` });
    case 'statement-failed':
      return set(event.object, { status: 'failed', detail: event.error });
  }
}

/** Props of {@link TargetScreen}. */
export type TargetScreenProps = {
  readonly driver: MigrationDriver;
  readonly width: number;
  readonly height: number;
  readonly active: boolean;
  readonly onHelp: () => void;
  readonly onBack: () => void;
  /** The schema is on the target (the session moves on, the screen stays until Enter). */
  readonly onApplied: () => void;
  readonly onDone: () => void;
};

type Phase =
  | { kind: 'form' }
  | { kind: 'testing' }
  | { kind: 'failed'; message: string; hint: string | undefined }
  | { kind: 'confirm'; detail: string }
  | { kind: 'applying' }
  | { kind: 'applied'; result: ApplyResult }
  | { kind: 'apply-failed'; message: string; hint: string | undefined };

/**
 * Step 4: the target, then the schema on it. A form (Region, endpoint, authentication, user name
 * and password typed masked, CA file, skip-TLS-check) and a connection test; then, once confirmed,
 * the Keyspaces schema is created, each table watched until it is ACTIVE.
 */
export function TargetScreen({ driver, width, height, active, onHelp, onBack, onApplied, onDone }: TargetScreenProps): ReactNode {
  const [form, setForm, formRef] = useStateRef<FormState>(() => initialForm(Object.values(FIELDS), targetValues(driver.state.target, driver.state.regions[0]), 'region'));
  const [phase, setPhase, phaseRef] = useStateRef<Phase>({ kind: 'form' });
  const [rows, setRows, rowsRef] = useStateRef<ApplyRow[]>([]);
  const fields = targetFields(form.values['auth'] ?? 'sigv4');

  useEffect(() => {
    if (driver.state.target !== undefined) return;
    let live = true;
    void driver.remembered().then((r) => {
      const f = formRef.current;
      if (live && r.target !== undefined && (f.values['endpoint'] ?? '') === '' && (f.values['ca'] ?? '') === '') {
        setForm({ ...f, values: { ...targetValues(r.target, driver.state.regions[0]), password: f.values['password'] ?? '' } });
      }
    });
    return () => {
      live = false;
    };
  }, [driver]);

  const test = (state: FormState): void => {
    const parsed = targetAnswers(state.values);
    if ('errors' in parsed) {
      setForm(withErrors(targetFields(state.values['auth'] ?? 'sigv4'), state, parsed.errors));
      return;
    }
    setPhase({ kind: 'testing' });
    driver.setSecrets({ targetPassword: parsed.password });
    driver.checkTarget(parsed.answers).then(
      (check) => setPhase(check.ok ? { kind: 'confirm', detail: check.detail } : { kind: 'failed', message: check.message, hint: check.hint }),
      (error: unknown) => setPhase({ kind: 'failed', ...problemOf(error) }),
    );
  };

  const apply = (): void => {
    setRows([]);
    setPhase({ kind: 'applying' });
    driver.apply((event) => setRows(applyRows(rowsRef.current, event))).then(
      (result) => {
        setPhase({ kind: 'applied', result });
        if (result.failed.length === 0 && result.timedOut.length === 0) onApplied();
      },
      (error: unknown) => setPhase({ kind: 'apply-failed', ...problemOf(error) }),
    );
  };

  useKeys(
    (input, key) => {
      const p = phaseRef.current;
      if (p.kind === 'testing' || p.kind === 'applying') return;
      if (p.kind === 'confirm') {
        if (key.return) return apply();
        if (key.escape) return setPhase({ kind: 'form' });
        if (input === '?') return onHelp();
        return;
      }
      if (p.kind === 'applied') {
        const ok = p.result.failed.length === 0 && p.result.timedOut.length === 0;
        if (ok && key.return) return onDone();
        if (!ok && input === 'r') return apply();
        if (!ok && input === 'c') {
          onApplied();
          return onDone();
        }
        if (input === '?') return onHelp();
        return;
      }
      if (p.kind === 'apply-failed') {
        if (input === 'r') return apply();
        if (key.escape) return setPhase({ kind: 'form' });
        if (input === '?') return onHelp();
        return;
      }
      const current = formRef.current;
      const shown = targetFields(current.values['auth'] ?? 'sigv4');
      if (input === '?' && !isTyping(shown, current)) return onHelp();
      if (key.escape) return onBack();
      const result = formKey(shown, current, input, key);
      setForm(result.state);
      if (p.kind === 'failed' && result.state !== current) setPhase({ kind: 'form' });
      if (result.submit === true) test(result.state);
    },
    { isActive: active },
  );

  const room = Math.max(10, width - 3);
  const target = oneLine(form.values['endpoint'] || `cassandra.${form.values['region'] || '<region>'}.amazonaws.com`);
  const keyspaces = driver.state.targetKeyspace !== undefined ? [driver.state.targetKeyspace] : driver.state.keyspaces;
  const schema = driver.state.report.schema;
  const what = `${keyspaces.length === 1 ? 'keyspace' : 'keyspaces'} ${keyspaces.map(oneLine).join(', ')}${schema !== undefined ? ` with ${formatExact(schema.tables)} ${schema.tables === 1 ? 'table' : 'tables'}${schema.types > 0 ? ` and ${formatExact(schema.types)} types` : ''}` : ''}`;
  let hints;
  switch (phase.kind) {
    case 'testing':
    case 'applying':
      hints = [{ key: 'ctrl-c', label: 'save and quit' }];
      break;
    case 'confirm':
      hints = [{ key: 'enter', label: 'create the schema' }, { key: 'esc', label: 'back to the form' }, { key: '?', label: 'help' }];
      break;
    case 'applied':
      hints = phase.result.failed.length === 0 && phase.result.timedOut.length === 0
        ? [{ key: 'enter', label: 'continue to the copy' }, { key: '?', label: 'help' }]
        : [{ key: 'r', label: 'apply again' }, { key: 'c', label: 'continue anyway' }, { key: '?', label: 'help' }];
      break;
    case 'apply-failed':
      hints = [{ key: 'r', label: 'try again' }, { key: 'esc', label: 'back to the form' }, { key: 'ctrl-c', label: 'quit' }];
      break;
    default:
      hints = [
        { key: 'enter', label: 'connect' },
        { key: 'tab/↑↓', label: 'move' },
        { key: 'esc', label: 'back' },
        { key: isTyping(fields, form) ? 'ctrl-g' : '?', label: 'help' },
        { key: 'ctrl-c', label: 'quit' },
      ];
  }
  const applying = phase.kind === 'applying' || phase.kind === 'applied' || phase.kind === 'apply-failed';
  return (
    <ScreenFrame width={width} height={height} hints={hints}>
      <Title detail={applying ? 'creating the schema' : 'Amazon Keyspaces, where the data goes'}>{applying ? 'Create the schema on the target' : 'Connect to the target'}</Title>
      <Text> </Text>
      {applying ? (
        <ApplyList rows={rows} width={width} height={bodyRows(height) - 6} />
      ) : (
        <Form fields={fields} state={form} width={width} active={active && (phase.kind === 'form' || phase.kind === 'failed')} />
      )}
      <Box marginTop={1} flexDirection="column">
        {phase.kind === 'testing' ? <Busy>{`Connecting to ${target}…`}</Busy> : null}
        {phase.kind === 'failed' || phase.kind === 'apply-failed' ? (
          <Problem lines={wrapWords(oneLine(phase.message), room)} hint={phase.hint === undefined ? undefined : wrapWords(oneLine(phase.hint), room)} />
        ) : null}
        {phase.kind === 'confirm' ? (
          <>
            <Text wrap="truncate-end">
              <Tinted tone="good">✔</Tinted> Connected: {oneLine(phase.detail)}
            </Text>
            {wrapWords(`Create ${what} there? Keyspaces creates tables asynchronously: each is watched until it is ACTIVE.`, room).map((line, i) => (
              <Text key={i}>{`  ${line}`}</Text>
            ))}
          </>
        ) : null}
        {phase.kind === 'applying' ? <Busy>{`Creating ${what}…`}</Busy> : null}
        {phase.kind === 'applied' ? <AppliedLine result={phase.result} width={room} /> : null}
      </Box>
    </ScreenFrame>
  );
}

function AppliedLine({ result, width }: { result: ApplyResult; width: number }): ReactNode {
  const problems = result.failed.length + result.timedOut.length;
  if (problems === 0) {
    return (
      <Text wrap="truncate-end">
        <Tinted tone="good">✔</Tinted> {`${formatExact(result.applied)} ${result.applied === 1 ? 'statement' : 'statements'} applied; ${result.active.length > 0 ? `${formatExact(result.active.length)} ${result.active.length === 1 ? 'object' : 'objects'} ACTIVE` : 'nothing to wait for'}`}
      </Text>
    );
  }
  const lines = [
    `${formatExact(result.applied)} applied, ${formatExact(result.failed.length)} failed${result.timedOut.length > 0 ? `, ${formatExact(result.timedOut.length)} not ACTIVE in time` : ''}`,
    ...result.failed.slice(0, 3).map((f) => `${oneLine(f.object)}: ${oneLine(f.error)}`),
  ];
  return <Problem lines={lines.map((l) => truncate(l, width))} hint={['The statements are idempotent (IF NOT EXISTS): applying again is safe.']} />;
}

/** Props of {@link ApplyList}. */
export type ApplyListProps = {
  readonly rows: readonly ApplyRow[];
  readonly width: number;
  readonly height: number;
};

/** The objects created so far, each with where it stands; the latest when they do not all fit. */
export function ApplyList({ rows, width, height }: ApplyListProps): ReactNode {
  const room = Math.max(1, height);
  const shown = rows.slice(Math.max(0, rows.length - room));
  const name = Math.min(maxOf(shown.map((r) => Array.from(oneLine(r.object)).length), 10), Math.floor(width * 0.5));
  const mark = { creating: '…', waiting: '…', active: '✔', failed: '✖' } as const;
  const tone = { creating: 'accent', waiting: 'accent', active: 'good', failed: 'bad' } as const;
  return (
    <Box flexDirection="column">
      {rows.length === 0 ? <Tinted tone="muted">  connecting…</Tinted> : null}
      {rows.length > shown.length ? <Tinted tone="muted">{`  … ${rows.length - shown.length} more above`}</Tinted> : null}
      {shown.map((r) => (
        <Text key={r.object} wrap="truncate-end">
          {'  '}
          <Tinted tone={tone[r.status]}>{mark[r.status]}</Tinted> {fit(oneLine(r.object), name)}  <Tinted tone={r.status === 'failed' ? 'bad' : 'muted'}>{oneLine(r.detail)}</Tinted>
        </Text>
      ))}
    </Box>
  );
}
