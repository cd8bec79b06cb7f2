import { useEffect, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { CopyControl, CopyEvent } from '../../copy/events.js';
import { EventStream } from '../../shared/events.js';
import type { CopyResult } from '../../workflows/copy.js';
import { CopyApp } from '../copy/CopyApp.js';
import { initialCopyState, reduceCopyEvent, type CopyViewState } from '../copy/state.js';
import { oneLine } from '../escape.js';
import { EventStore } from '../event-store.js';
import { formatExact, truncate, wrapWords } from '../format.js';
import { Tinted } from '../theme.js';
import { Busy, Problem } from './Busy.js';
import { Checklist } from './Checklist.js';
import { Title } from './Chrome.js';
import { problemOf, type MigrationDriver } from './driver.js';
import { Form } from './Form.js';
import { formKey, initialForm, type Field, type FormState } from './form-state.js';
import { bodyRows, ScreenFrame } from './Frame.js';
import { moveCursor } from './list.js';
import { useKeys } from './use-keys.js';
import { useStateRef } from './use-state-ref.js';

const RATE_FIELD: Field = { id: 'rate', label: 'Rate limit', kind: 'text', placeholder: 'none: as fast as the target takes it', hint: 'Write capacity units per second for the whole copy (1 WCU writes 1 KB); +/- change it while the copy runs.' };

/** A rate as typed: undefined for none, NaN when it is not a positive number. */
export function parseRate(text: string | undefined): number | undefined {
  const t = (text ?? '').trim();
  if (t === '') return undefined;
  const n = Number(t.replace(/_/g, ''));
  return Number.isFinite(n) && n > 0 ? n : Number.NaN;
}

/** Props of {@link CopyScreen}. */
export type CopyScreenProps = {
  readonly driver: MigrationDriver;
  readonly width: number;
  readonly height: number;
  readonly active: boolean;
  /** Minimum milliseconds between two frames of the live view (tests: 0). */
  readonly frameMs?: number | undefined;
  readonly onHelp: () => void;
  /** While a copy runs: how to stop it and wait until its checkpoint is saved (Ctrl-C, a signal). */
  readonly registerStop: (stop: (() => Promise<void>) | undefined) => void;
  /** The copy finished: on to the verification. */
  readonly onDone: () => void;
};

type Run = { store: EventStore<CopyEvent, CopyViewState>; control: CopyControl };
type Phase =
  | { kind: 'loading' }
  | { kind: 'choose'; tables: readonly string[]; checked: ReadonlySet<string>; cursor: number; focus: 'list' | 'rate'; error?: string | undefined }
  | { kind: 'resume'; discard: boolean }
  | { kind: 'running'; run: Run }
  | { kind: 'finished'; run: Run; result: CopyResult }
  | { kind: 'stopped'; run: Run }
  | { kind: 'failed'; message: string; hint: string | undefined; run?: Run | undefined };

/**
 * Step 5: the copy. Choose the tables (all by default) and an optional rate, then the live copy
 * view (`p` pause, `+`/`-` rate, `q` stop). A copy that was stopped, or interrupted by Ctrl-C in
 * an earlier run, resumes from its checkpoint.
 */
export function CopyScreen({ driver, width, height, active, frameMs, onHelp, registerStop, onDone }: CopyScreenProps): ReactNode {
  const [phase, setPhase, phaseRef] = useStateRef<Phase>(driver.state.copyStarted === true ? { kind: 'resume', discard: false } : { kind: 'loading' });
  const [rate, setRate, rateRef] = useStateRef<FormState>(() => initialForm([RATE_FIELD], { rate: driver.state.rate === undefined ? '' : String(driver.state.rate) }));

  useEffect(() => {
    if (phaseRef.current.kind !== 'loading') return;
    let live = true;
    driver.originTables().then(
      (tables) => {
        const chosen = driver.state.tables.length > 0 ? driver.state.tables.map((t) => (t.includes('.') ? t : `${driver.state.keyspaces[0] ?? ''}.${t}`)) : tables;
        if (live) setPhase({ kind: 'choose', tables, checked: new Set(tables.filter((t) => chosen.includes(t))), cursor: 0, focus: 'list' });
      },
      (error: unknown) => live && setPhase({ kind: 'failed', ...problemOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [driver, phase.kind === 'loading']);

  const start = (tables: string[]): void => {
    const limit = parseRate(rateRef.current.values['rate']);
    if (Number.isNaN(limit)) {
      setRate({ ...rateRef.current, errors: { rate: 'a number of write capacity units per second, or nothing' } });
      const p = phaseRef.current;
      if (p.kind === 'choose') setPhase({ ...p, focus: 'rate' });
      return;
    }
    const stream = new EventStream<CopyEvent>();
    const store = new EventStore<CopyEvent, CopyViewState>(stream, {
      initial: initialCopyState(),
      reduce: reduceCopyEvent,
      urgent: (event) => event.type === 'plan' || event.type === 'paused' || event.type === 'resumed' || event.type === 'table-done',
      last: (event) => event.type === 'summary',
      ...(frameMs !== undefined ? { frameMs } : {}),
    });
    let control: CopyControl | undefined;
    let stopped = false;
    const proxy: CopyControl = {
      pause: () => control?.pause(),
      resume: () => control?.resume(),
      setRate: (units) => control?.setRate(units),
      get rate() {
        return control?.rate;
      },
      stop: () => {
        stopped = true;
        control?.stop();
      },
    };
    const run: Run = { store, control: proxy };
    setPhase({ kind: 'running', run });
    const done = driver.copy({ tables, rate: limit }, stream.emitter, (c) => {
      control = c;
      if (stopped) c.stop();
    });
    // Before rows move there is nothing to stop: the copy ends at once when asked to.
    registerStop(async () => {
      proxy.stop();
      if (control === undefined) return;
      await done.catch(() => undefined);
    });
    done.then(
      (result) => {
        registerStop(undefined);
        store.flush();
        setPhase(result.interrupted || stopped ? { kind: 'stopped', run } : { kind: 'finished', run, result });
      },
      (error: unknown) => {
        registerStop(undefined);
        store.close();
        setPhase({ kind: 'failed', ...problemOf(error), run });
      },
    );
  };

  const startChosen = (p: Extract<Phase, { kind: 'choose' }>): void => {
    const chosen = p.tables.filter((t) => p.checked.has(t));
    if (chosen.length === 0) return setPhase({ ...p, focus: 'list', error: 'choose at least one table (space)' });
    // All of them: the copy takes every table of the keyspaces.
    start(chosen.length === p.tables.length ? [] : chosen);
  };

  useKeys(
    (input, key) => {
      const p = phaseRef.current;
      switch (p.kind) {
        case 'choose': {
          if (p.focus === 'rate') {
            if (key.tab || key.escape || (key.upArrow && !key.shift)) return setPhase({ ...p, focus: 'list' });
            const result = formKey([RATE_FIELD], rateRef.current, input, key);
            setRate(result.state);
            if (result.submit === true) startChosen(p);
            return;
          }
          if (input === '?') return onHelp();
          if (key.tab) return setPhase({ ...p, focus: 'rate' });
          if (key.upArrow) return setPhase({ ...p, cursor: moveCursor(p.cursor, -1, p.tables.length) });
          if (key.downArrow) return p.cursor >= p.tables.length - 1 ? setPhase({ ...p, focus: 'rate' }) : setPhase({ ...p, cursor: moveCursor(p.cursor, 1, p.tables.length) });
          if (input === ' ') {
            const item = p.tables[p.cursor];
            if (item === undefined) return;
            const checked = new Set(p.checked);
            if (checked.has(item)) checked.delete(item);
            else checked.add(item);
            return setPhase({ ...p, checked, error: undefined });
          }
          if (input === 'a') return setPhase({ ...p, checked: new Set(p.checked.size === p.tables.length ? [] : p.tables), error: undefined });
          if (key.return) startChosen(p);
          return;
        }
        case 'resume': {
          if (p.discard) {
            if (input === 'y') {
              void driver.discardCopy().then(() => setPhase({ kind: 'loading' }));
              return;
            }
            if (input === 'n' || key.escape) return setPhase({ kind: 'resume', discard: false });
            return;
          }
          if (input === '?') return onHelp();
          if (input === 'd') return setPhase({ kind: 'resume', discard: true });
          const result = formKey([RATE_FIELD], rateRef.current, input, key);
          setRate(result.state);
          if (result.submit === true) start(driver.state.tables);
          return;
        }
        case 'finished':
          if (key.return) return onDone();
          return;
        case 'stopped':
          if (key.return) return setPhase({ kind: 'resume', discard: false });
          return;
        case 'failed':
          if (input === 'r') return setPhase(driver.state.copyStarted === true ? { kind: 'resume', discard: false } : { kind: 'loading' });
          if (input === 'd' && driver.state.copyStarted === true) return setPhase({ kind: 'resume', discard: true });
          if (input === '?') return onHelp();
          return;
        default:
          return;
      }
    },
    { isActive: active },
  );

  const room = Math.max(10, width - 3);
  const body = bodyRows(height);
  switch (phase.kind) {
    case 'loading':
      return (
        <ScreenFrame width={width} height={height} hints={[{ key: 'ctrl-c', label: 'save and quit' }]}>
          <Title>Copy the data</Title>
          <Text> </Text>
          <Busy>Listing the origin’s tables…</Busy>
        </ScreenFrame>
      );
    case 'choose': {
      const hints =
        phase.focus === 'rate'
          ? [{ key: 'enter', label: 'start the copy' }, { key: 'tab', label: 'tables' }, { key: 'ctrl-g', label: 'help' }, { key: 'ctrl-c', label: 'quit' }]
          : [{ key: 'enter', label: 'start the copy' }, { key: 'space', label: 'choose' }, { key: 'a', label: 'all/none' }, { key: 'tab', label: 'rate' }, { key: '?', label: 'help' }, { key: 'ctrl-c', label: 'quit' }];
      const into = driver.state.targetKeyspace !== undefined ? ` into ${oneLine(driver.state.targetKeyspace)}` : '';
      return (
        <ScreenFrame width={width} height={height} hints={hints}>
          <Title detail={`token range by token range${into}, resumable`}>Copy the data</Title>
          <Text> </Text>
          <Text wrap="truncate-end">
            <Tinted tone={phase.focus === 'list' ? 'strong' : 'plain'}>Tables</Tinted>
            <Tinted tone="muted">{` · ${formatExact(phase.checked.size)} chosen of ${formatExact(phase.tables.length)}`}</Tinted>
          </Text>
          <Checklist items={phase.tables} checked={phase.checked} cursor={phase.cursor} focused={phase.focus === 'list'} height={Math.max(3, body - 8)} width={width} />
          {phase.error !== undefined ? <Problem lines={[phase.error]} /> : null}
          <Text> </Text>
          <Form fields={[RATE_FIELD]} state={rate} width={width} active={active && phase.focus === 'rate'} />
        </ScreenFrame>
      );
    }
    case 'resume': {
      const tables = driver.state.tables.length === 0 ? `every table of ${driver.state.keyspaces.map(oneLine).join(', ')}` : driver.state.tables.map(oneLine).join(', ');
      return (
        <ScreenFrame
          width={width}
          height={height}
          hints={phase.discard ? [{ key: 'y', label: 'discard the progress' }, { key: 'n', label: 'keep it' }] : [{ key: 'enter', label: 'resume the copy' }, { key: 'd', label: 'discard the progress' }, { key: 'ctrl-g', label: 'help' }, { key: 'ctrl-c', label: 'quit' }]}
        >
          <Title detail="from its checkpoint">Resume the copy</Title>
          <Text> </Text>
          {wrapWords(`The copy of ${tables} was stopped. It continues where it stood: ranges already copied are not copied again.`, room).map((line, i) => (
            <Text key={i}>{line}</Text>
          ))}
          <Text> </Text>
          <Form fields={[RATE_FIELD]} state={rate} width={width} active={active && !phase.discard} />
          {phase.discard ? (
            <Box marginTop={1} flexDirection="column">
              <Text wrap="truncate-end">
                <Tinted tone="warn">Discard the copy’s progress?</Tinted> The rows already on the target stay; the next copy starts over and you choose the tables again.
              </Text>
            </Box>
          ) : null}
        </ScreenFrame>
      );
    }
    case 'running':
    case 'finished':
    case 'stopped': {
      const hints =
        phase.kind === 'running'
          ? [{ key: 'ctrl-c', label: 'stop, save and quit' }]
          : phase.kind === 'finished'
            ? [{ key: 'enter', label: 'continue to the verification' }, { key: 'ctrl-c', label: 'quit' }]
            : [{ key: 'enter', label: 'resume the copy' }, { key: 'ctrl-c', label: 'save and quit' }];
      return (
        <ScreenFrame width={width} height={height} hints={hints}>
          <CopyApp store={phase.run.store} control={phase.run.control} columns={width} rows={body} embedded />
        </ScreenFrame>
      );
    }
    case 'failed':
      return (
        <ScreenFrame
          width={width}
          height={height}
          hints={[{ key: 'r', label: 'try again' }, ...(driver.state.copyStarted === true ? [{ key: 'd', label: 'discard the progress' }] : []), { key: '?', label: 'help' }, { key: 'ctrl-c', label: 'quit' }]}
        >
          <Title>Copy the data</Title>
          <Text> </Text>
          <Problem lines={wrapWords(oneLine(phase.message), room)} hint={phase.hint === undefined ? undefined : wrapWords(oneLine(phase.hint), room).map((l) => truncate(l, room))} />
        </ScreenFrame>
      );
  }
}
