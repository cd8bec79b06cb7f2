import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CopyControl, CopyEvent } from '../../copy/events.js';
import { LiveFrame, useLiveView, type LiveAppProps, type LiveLog } from '../components/LiveFrame.js';
import { useEachKey } from '../hooks/use-each-key.js';
import { CopyLive } from './CopyLive.js';
import { applyRateKey, keyAction } from './keys.js';
import { LogLine } from './LogLine.js';
import { copyOutcome, markStopping, type CopyViewState, type LogItem } from './state.js';
import { Summary } from './Summary.js';
import { logText } from './text.js';

/** Milliseconds a key's note stays on screen. */
const NOTE_MS = 4000;

/** The log's entries; the live area of an embedded copy view needs 13 rows at least. */
const LOG: LiveLog<LogItem> = { text: logText, Line: LogLine, embeddedLiveRows: 13 };

/** Props of {@link CopyApp}. */
export type CopyAppProps = LiveAppProps<CopyEvent, CopyViewState, CopyControl>;

/**
 * The live view of `ksmig copy`: the plan, warnings and finished tables printed once above
 * (`<Static>`), the live area below, keys bound to the copy's controls, and the summary as the
 * last frame, after which the app exits.
 */
export function CopyApp(props: CopyAppProps): ReactNode {
  const { store, control } = props;
  const view = useLiveView(props);
  const { state, size, keys, finished, help, setHelp } = view;
  const [note, setNote] = useState<string | undefined>(undefined);
  // The pause state asked for by `p` until the copy confirms it (two quick presses must not pause twice).
  const pausing = useRef<boolean | undefined>(undefined);

  const onKey = (input: string, key: { ctrl: boolean }): void => {
    const action = keyAction(input, key);
    if (action === undefined || store.getSnapshot().stopping) return;
    if (action === 'help') setHelp((open) => !open);
    else if (action === 'stop') {
      setHelp(false);
      setNote(undefined);
      store.apply(markStopping);
      control.stop();
    } else if (action === 'pause-or-resume') {
      const pause = !(pausing.current ?? store.getSnapshot().paused);
      if (pause) control.pause();
      else control.resume();
      pausing.current = pause;
      setNote(pause ? 'pausing…' : 'resuming…');
    } else {
      setNote(applyRateKey(control, action === 'rate-up' ? 'up' : 'down', store.getSnapshot().progress?.writeUnitsPerSecond));
    }
  };

  useEachKey(onKey, keys && !finished);

  useEffect(() => {
    if (note === undefined) return;
    const timer = setTimeout(() => setNote(undefined), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);

  // The copy confirmed the pause or the resume: the note has nothing more to say.
  useEffect(() => {
    if (pausing.current !== state.paused) return;
    pausing.current = undefined;
    setNote((current) => (current === 'pausing…' || current === 'resuming…' ? undefined : current));
  }, [state.paused]);

  return (
    <LiveFrame
      view={view}
      log={LOG}
      live={(height) => <CopyLive state={state} ui={{ help, note, keys }} width={size.columns} height={height} />}
      summary={(summary) => (
        <Summary
          summary={summary}
          outcome={copyOutcome(state)}
          elapsedSeconds={state.progress?.elapsedSeconds}
          ranges={state.progress !== undefined ? { done: state.progress.rangesDone, total: state.progress.rangesTotal } : undefined}
          width={size.columns}
          checkpoint={state.plan?.checkpoint}
        />
      )}
    />
  );
}
