import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Box, Static, useApp, useInput, useStdin } from 'ink';
import type { CopyControl, CopyEvent } from '../../copy/events.js';
import type { EventStore } from '../event-store.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { CopyLive } from './CopyLive.js';
import { applyRateKey, keyAction } from './keys.js';
import { LogLine } from './LogLine.js';
import { copyOutcome, markStopping, type CopyViewState } from './state.js';
import { Summary } from './Summary.js';

/** Milliseconds a key's note stays on screen. */
const NOTE_MS = 4000;

/** Props of {@link CopyApp}. */
export type CopyAppProps = {
  /** The copy's events, folded and throttled. */
  readonly store: EventStore<CopyEvent, CopyViewState>;
  readonly control: CopyControl;
  /** Columns to draw in, instead of the terminal's. */
  readonly columns?: number | undefined;
  /** Rows to fit in, instead of the terminal's. */
  readonly rows?: number | undefined;
};

/**
 * The live view of `ksmig copy`: the plan, warnings and finished tables printed once above
 * (`<Static>`), the live area below, keys bound to the copy's controls, and the summary as the
 * last frame, after which the app exits.
 */
export function CopyApp({ store, control, columns, rows }: CopyAppProps): ReactNode {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const size = useTerminalSize({ columns, rows });
  const { isRawModeSupported } = useStdin();
  const { exit } = useApp();
  const [help, setHelp] = useState(false);
  const [note, setNote] = useState<string | undefined>(undefined);
  // The pause state asked for by `p` until the copy confirms it (two quick presses must not pause twice).
  const [pausing, setPausing] = useState<boolean | undefined>(undefined);
  const finished = state.summary !== undefined;

  useInput(
    (input, key) => {
      const action = keyAction(input, key);
      if (action === undefined || state.stopping) return;
      if (action === 'help') setHelp((open) => !open);
      else if (action === 'stop') {
        setHelp(false);
        setNote(undefined);
        store.apply(markStopping);
        control.stop();
      } else if (action === 'pause-or-resume') {
        const pause = !(pausing ?? state.paused);
        if (pause) control.pause();
        else control.resume();
        setPausing(pause);
        setNote(pause ? 'pausing…' : 'resuming…');
      } else {
        setNote(applyRateKey(control, action === 'rate-up' ? 'up' : 'down', state.progress?.writeUnitsPerSecond ?? 0));
      }
    },
    { isActive: isRawModeSupported && !finished },
  );

  useEffect(() => {
    if (note === undefined) return;
    const timer = setTimeout(() => setNote(undefined), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);

  // The copy confirmed the pause or the resume: the note has nothing more to say.
  useEffect(() => {
    if (pausing !== state.paused) return;
    setPausing(undefined);
    setNote((current) => (current === 'pausing…' || current === 'resuming…' ? undefined : current));
  }, [pausing, state.paused]);

  useEffect(() => {
    if (finished) exit();
  }, [finished, exit]);

  return (
    <Box flexDirection="column">
      <Static items={state.log}>{(item) => <LogLine key={item.id} item={item} />}</Static>
      {state.summary !== undefined ? (
        <Summary
          summary={state.summary}
          outcome={copyOutcome(state)}
          elapsedSeconds={state.progress?.elapsedSeconds}
          ranges={state.progress !== undefined ? { done: state.progress.rangesDone, total: state.progress.rangesTotal } : undefined}
          width={size.columns}
        />
      ) : (
        <CopyLive state={state} ui={{ help, note, keys: isRawModeSupported }} width={size.columns} height={size.rows} />
      )}
    </Box>
  );
}
