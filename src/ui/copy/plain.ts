import type { CopyEvent, CopyProgressEvent } from '../../copy/events.js';
import type { EventStream } from '../../shared/events.js';
import { formatCount, formatDuration, formatExact, formatPercent, speedText } from '../format.js';
import { progressGate, type PlainCadence } from '../plain-cadence.js';
import { showPlainView, type PlainView } from '../plain-view.js';
import { copyOutcome, fractionDone, initialCopyState, keyText, markStopping, reduceCopyEvent, type CopyViewState } from './state.js';
import { countsText, etaText, logText, rateText, safe, summaryAdvice, summaryHeadline, summaryTable } from './text.js';

/**
 * `1m05s  34% · 1.92M/~5.61M rows · 1,400/4,096 ranges · 8,210 rows/s · 1,590/1,600 WCU/s ·
 * throttled 12 · retries 3 · rejected 1 · splits 0 · ETA 2m10s`
 */
export function progressLine(state: CopyViewState, progress: CopyProgressEvent): string {
  const byRanges = state.plan?.resumed === true;
  const { fraction, by } = fractionDone(state.tables, byRanges);
  const estimated = state.tables.reduce((sum, t) => sum + (t.estimatedRows ?? 0), 0);
  const rows = by === 'rows' ? `${formatCount(progress.rowsWritten)}/~${formatCount(estimated)} rows` : `${formatCount(progress.rowsWritten)} rows`;
  const head = `${formatDuration(progress.elapsedSeconds).padStart(6)}  ${formatPercent(fraction).padStart(4)}${progress.paused ? ' paused' : ''}`;
  const parts = [
    rows,
    `${formatExact(progress.rangesDone)}/${formatExact(progress.rangesTotal)} ranges`,
    speedText(progress.rowsPerSecond, false),
    rateText(progress, state.rate, false),
    countsText(progress, state.rejects, state.splits),
    `ETA ${etaText(progress, progress.paused)}`,
  ];
  return `${head}  ${parts.join(' · ')}`;
}

/**
 * Plain lines for a log that is not a terminal (CI): one progress line every few seconds, and a
 * line for each notable event — the plan, warnings, rate changes, pauses, rejects (the first
 * few), range splits, finished tables — then the summary. No colours, no cursor movement.
 */
export function showCopyPlain(stream: EventStream<CopyEvent>, write: (line: string) => void, cadence: PlainCadence = {}): PlainView {
  const progressDue = progressGate(cadence);
  const rejectLines = cadence.rejectLines ?? 20;
  let rejects = 0;
  return showPlainView(stream, write, {
    initial: initialCopyState(),
    reduce: reduceCopyEvent,
    markStopping,
    logText,
    stoppingLine: 'Stopping, saving the checkpoint…',
    onEvent(event, state, { line: out }) {
      switch (event.type) {
        case 'progress':
          if (progressDue()) out(progressLine(state, event));
          break;
        case 'paused':
          out('Paused.');
          break;
        case 'resumed':
          out('Resumed.');
          break;
        case 'rate':
          if (event.reason === 'throttled') out(`Throttled by the target: rate limit lowered to ${formatExact(event.limit ?? 0)} WCU/s${state.rate.budget !== undefined ? ` (budget ${formatExact(state.rate.budget)})` : ''}`);
          else if (event.reason === 'recovered') out(`Rate limit raised to ${event.limit === undefined ? 'unlimited' : `${formatExact(event.limit)} WCU/s`}`);
          else out(`Rate set to ${event.limit === undefined ? 'unlimited' : `${formatExact(event.limit)} WCU/s`}`);
          break;
        case 'reject':
          rejects += 1;
          if (rejects <= rejectLines) out(`Rejected: ${safe(event.table)}: ${safe(event.cause)} · key ${safe(keyText(event.key))}`);
          if (rejects === rejectLines + 1) out('Further rejects are only counted here; every one is in the rejects file.');
          break;
        case 'range-split':
          out(`Range split: ${safe(event.table)} range #${event.range} into ${event.parts}: ${safe(event.cause)}`);
          break;
        case 'summary': {
          const progress = state.progress;
          const outcome = copyOutcome(state);
          out(summaryHeadline(event, outcome, progress?.elapsedSeconds, progress !== undefined ? { done: progress.rangesDone, total: progress.rangesTotal } : undefined));
          const table = summaryTable(event, 120);
          for (const line of [table.header, ...table.rows]) out(`  ${line.trimEnd()}`);
          for (const line of summaryAdvice(event, outcome, state.plan?.checkpoint)) out(line);
          break;
        }
        default:
          break;
      }
    },
  });
}
