import type { EventStream } from '../../shared/events.js';
import type { VerifyEvent, VerifyProgressEvent } from '../../verify/events.js';
import { formatCount, formatDuration, formatExact, formatPercent, speedText } from '../format.js';
import { progressGate, type PlainCadence } from '../plain-cadence.js';
import { showPlainView, type PlainView } from '../plain-view.js';
import { etaSeconds, initialVerifyState, markStopping, reduceVerifyEvent, shapesReplayed, verifyFraction, verifyOutcome, type VerifyViewState } from './state.js';
import {
  differenceText, logText, queryLines, recheckResult, repairText, safe, summaryAdvice, summaryHeadline, summaryQueries, summaryTable, summaryTotals, queriesVerdict,
} from './text.js';

/**
 * `8m20s   32% · 2.81M rows compared · 1,331/4,096 ranges · 12.3k rows/s · missing 1 · extra 1 ·
 * different 1 · ETA 4m10s`
 */
export function progressLine(state: VerifyViewState, progress: VerifyProgressEvent): string {
  const { fraction } = verifyFraction(state.tables);
  const eta = etaSeconds(state);
  const parts = [
    `${formatCount(progress.compared)} rows compared`,
    `${formatExact(progress.rangesDone)}/${formatExact(progress.rangesTotal)} ranges`,
    speedText(progress.rowsPerSecond, false),
    `missing ${formatExact(progress.missing)}`,
    `extra ${formatExact(progress.extra)}`,
    `different ${formatExact(progress.different)}`,
    ...(progress.queries !== undefined ? [`queries ${formatExact(progress.queries.shapesDone)}/${formatExact(progress.queries.shapesTotal)}`] : []),
    `ETA ${eta === undefined ? '—' : formatDuration(eta)}`,
  ];
  return `${formatDuration(progress.elapsedSeconds).padStart(6)}  ${formatPercent(fraction).padStart(4)}  ${parts.join(' · ')}`;
}

/**
 * Plain lines for a log that is not a terminal (CI): one progress line every few seconds, and a
 * line for each notable event — the plan, warnings, differences and repairs (the first few; the
 * rest are counted), re-checks, replayed query shapes, finished tables — then the summary. No
 * colours, no cursor movement; text from servers and data escaped.
 */
export function showVerifyPlain(stream: EventStream<VerifyEvent>, write: (line: string) => void, cadence: PlainCadence = {}): PlainView {
  const progressDue = progressGate(cadence);
  const cap = cadence.differenceLines ?? 20;
  let differences = 0;
  let repairs = 0;
  return showPlainView(stream, write, {
    initial: initialVerifyState(),
    reduce: reduceVerifyEvent,
    markStopping,
    logText,
    stoppingLine: 'Stopping: the ranges in flight finish, then the summary…',
    onEvent(event, state, { line: out, entry }) {
      switch (event.type) {
        case 'progress':
          if (progressDue()) out(progressLine(state, event));
          break;
        case 'difference':
          differences += 1;
          if (differences <= cap) out(differenceText(event));
          if (differences === cap + 1) out('Further differences are only counted here; --report <file> keeps every one with its key.');
          break;
        case 'repair':
          repairs += 1;
          if (repairs <= cap) out(`Repaired: ${repairText(event)}`);
          if (repairs === cap + 1) out('Further repairs are only counted here.');
          break;
        case 'recheck':
          out(`Re-check: ${safe(event.table)}: ${formatExact(event.repaired)} repaired, ${recheckResult(event)}`);
          break;
        case 'query':
          entry(queryLines(event.result));
          break;
        case 'summary': {
          const rechecks = new Map(state.rechecks.map((r) => [r.table, r]));
          const totals = summaryTotals(event, rechecks);
          const outcome = verifyOutcome(state);
          const progress = state.progress;
          const samplePercent = state.plan?.samplePercent ?? 100;
          out(summaryHeadline(event, totals, outcome, { elapsedSeconds: progress?.elapsedSeconds, samplePercent, ranges: progress !== undefined ? { done: progress.rangesDone, total: progress.rangesTotal } : undefined, shapes: shapesReplayed(state) }));
          if (event.tables.length > 0) {
            const table = summaryTable(event, rechecks, 120);
            for (const line of [table.header, ...table.rows]) out(`  ${line.trimEnd()}`);
          }
          if (event.queries !== undefined && event.queries.length > 0) {
            if (event.tables.length > 0) out(`Queries: ${queriesVerdict(totals)}`);
            const queries = summaryQueries(event.queries, 120);
            for (const line of [queries.header, ...queries.rows, ...(queries.more !== undefined ? [queries.more] : [])]) out(`  ${line.trimEnd()}`);
          }
          for (const line of summaryAdvice(event, totals, outcome, samplePercent, state.plan?.report)) out(line);
          break;
        }
        default:
          break;
      }
    },
  });
}
