import { useEffect, type ReactNode } from 'react';
import { Text } from 'ink';
import { EventStream } from '../../shared/events.js';
import type { VerifyEvent } from '../../verify/events.js';
import type { VerifyControl } from '../../workflows/verify.js';
import { oneLine } from '../escape.js';
import { EventStore } from '../event-store.js';
import { wrapWords } from '../format.js';
import { initialVerifyState, reduceVerifyEvent, type VerifyViewState } from '../verify/state.js';
import { VerifyApp } from '../verify/VerifyApp.js';
import { Problem } from './Busy.js';
import { Title } from './Chrome.js';
import { problemOf, type MigrationDriver } from './driver.js';
import { bodyRows, ScreenFrame } from './Frame.js';
import { useKeys } from './use-keys.js';
import { useStateRef } from './use-state-ref.js';

/** Props of {@link VerifyScreen}. */
export type VerifyScreenProps = {
  readonly driver: MigrationDriver;
  readonly width: number;
  readonly height: number;
  readonly active: boolean;
  /** Directory the query log's path is relative to. */
  readonly cwd: string;
  readonly frameMs?: number | undefined;
  readonly onHelp: () => void;
  readonly registerStop: (stop: (() => Promise<void>) | undefined) => void;
  /** The verification is over (or skipped): on to the report. */
  readonly onDone: () => void;
};

type Run = { store: EventStore<VerifyEvent, VerifyViewState>; control: VerifyControl };
type Phase =
  | { kind: 'running'; run: Run }
  | { kind: 'finished'; run: Run }
  | { kind: 'stopped'; run: Run }
  | { kind: 'failed'; message: string; hint: string | undefined };

/**
 * Step 6: the verification, through the live verify view: every copied table compared row by row
 * on both sides, then the query log (when one was given) replayed on both. It starts at once.
 */
export function VerifyScreen({ driver, width, height, active, cwd, frameMs, onHelp, registerStop, onDone }: VerifyScreenProps): ReactNode {
  const [phase, setPhase, phaseRef] = useStateRef<Phase | undefined>(undefined);

  const start = (): void => {
    const stream = new EventStream<VerifyEvent>();
    const store = new EventStore<VerifyEvent, VerifyViewState>(stream, {
      initial: initialVerifyState(),
      reduce: reduceVerifyEvent,
      urgent: (event) => event.type === 'plan' || event.type === 'table-done' || event.type === 'recheck',
      last: (event) => event.type === 'summary',
      ...(frameMs !== undefined ? { frameMs } : {}),
    });
    let control: VerifyControl | undefined;
    let stopped = false;
    const run: Run = {
      store,
      control: {
        stop: () => {
          stopped = true;
          control?.stop();
        },
      },
    };
    setPhase({ kind: 'running', run });
    const done = driver.verify(stream.emitter, (c) => {
      control = c;
      if (stopped) c.stop();
    }, cwd);
    registerStop(async () => {
      run.control.stop();
      if (control === undefined) return;
      await done.catch(() => undefined);
    });
    done.then(
      ({ result }) => {
        registerStop(undefined);
        store.flush();
        setPhase(result.interrupted || stopped ? { kind: 'stopped', run } : { kind: 'finished', run });
      },
      (error: unknown) => {
        registerStop(undefined);
        store.close();
        setPhase({ kind: 'failed', ...problemOf(error) });
      },
    );
  };

  useEffect(() => {
    if (phaseRef.current === undefined) start();
  }, []);

  useKeys(
    (input, key) => {
      const p = phaseRef.current;
      if (p === undefined || p.kind === 'running') return;
      if (p.kind === 'finished' && key.return) return onDone();
      if ((p.kind === 'stopped' || p.kind === 'failed') && (key.return || input === 'r')) return start();
      if ((p.kind === 'stopped' || p.kind === 'failed') && input === 's') return onDone();
      if (input === '?' && p.kind !== 'finished' && p.kind !== 'stopped') onHelp();
    },
    { isActive: active },
  );

  const room = Math.max(10, width - 3);
  if (phase === undefined) return <ScreenFrame width={width} height={height} hints={[]} />;
  if (phase.kind === 'failed') {
    return (
      <ScreenFrame width={width} height={height} hints={[{ key: 'r', label: 'try again' }, { key: 's', label: 'skip to the report' }, { key: '?', label: 'help' }, { key: 'ctrl-c', label: 'quit' }]}>
        <Title>Verify the copy</Title>
        <Text> </Text>
        <Problem lines={wrapWords(oneLine(phase.message), room)} hint={phase.hint === undefined ? undefined : wrapWords(oneLine(phase.hint), room)} />
      </ScreenFrame>
    );
  }
  const hints =
    phase.kind === 'running'
      ? [{ key: 'ctrl-c', label: 'stop, save and quit' }]
      : phase.kind === 'finished'
        ? [{ key: 'enter', label: 'write the report' }, { key: 'ctrl-c', label: 'quit' }]
        : [{ key: 'enter', label: 'verify again' }, { key: 's', label: 'skip to the report' }, { key: 'ctrl-c', label: 'quit' }];
  return (
    <ScreenFrame width={width} height={height} hints={hints}>
      <VerifyApp store={phase.run.store} control={phase.run.control} columns={width} rows={bodyRows(height)} embedded />
    </ScreenFrame>
  );
}
