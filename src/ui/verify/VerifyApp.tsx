import { useState, type ReactNode } from 'react';
import type { VerifyEvent } from '../../verify/events.js';
import type { VerifyControl } from '../../workflows/verify.js';
import { LiveFrame, useLiveView, type LiveAppProps, type LiveLog } from '../components/LiveFrame.js';
import { useEachKey } from '../hooks/use-each-key.js';
import { verifyKeyAction } from './keys.js';
import { LogLine } from './LogLine.js';
import { markStopping, shapesReplayed, verifyOutcome, type VerifyLogItem, type VerifyViewState } from './state.js';
import { Summary } from './Summary.js';
import { logText } from './text.js';
import { VerifyLive } from './VerifyLive.js';

/** The log's entries; the live area of an embedded verify view needs 19 rows at least. */
const LOG: LiveLog<VerifyLogItem> = { text: logText, Line: LogLine, embeddedLiveRows: 19 };

/** Props of {@link VerifyApp}. */
export type VerifyAppProps = LiveAppProps<VerifyEvent, VerifyViewState, VerifyControl>;

/**
 * The live view of `ksmig verify`: the plan, warnings and finished tables printed once above
 * (`<Static>`), the live area below, keys (`q` stop, `d` differences, `r` query replay, `?` help),
 * and the summary as the last frame, after which the app exits.
 */
export function VerifyApp(props: VerifyAppProps): ReactNode {
  const { store, control } = props;
  const view = useLiveView(props);
  const { state, size, keys, finished, help, setHelp } = view;
  const [differences, setDifferences] = useState(true);
  const [queries, setQueries] = useState(true);

  const onKey = (input: string, key: { ctrl: boolean }): void => {
    const action = verifyKeyAction(input, key);
    if (action === undefined) return;
    if (action === 'help') setHelp((open) => !open);
    else if (action === 'differences') {
      setHelp(false);
      setDifferences((open) => !open);
    } else if (action === 'queries') {
      setHelp(false);
      setQueries((open) => !open);
    } else if (!store.getSnapshot().stopping) {
      setHelp(false);
      store.apply(markStopping);
      control.stop();
    }
  };

  useEachKey(onKey, keys && !finished);

  const recheckMap = new Map(state.rechecks.map((r) => [r.table, r]));
  return (
    <LiveFrame
      view={view}
      log={LOG}
      live={(height) => <VerifyLive state={state} ui={{ help, differences, queries, keys }} width={size.columns} height={height} />}
      summary={(summary) => (
        <Summary
          summary={summary}
          outcome={verifyOutcome(state)}
          rechecks={recheckMap}
          elapsedSeconds={state.progress?.elapsedSeconds}
          ranges={state.progress !== undefined ? { done: state.progress.rangesDone, total: state.progress.rangesTotal } : undefined}
          shapes={shapesReplayed(state)}
          samplePercent={state.plan?.samplePercent ?? 100}
          report={state.plan?.report}
          width={size.columns}
        />
      )}
    />
  );
}
