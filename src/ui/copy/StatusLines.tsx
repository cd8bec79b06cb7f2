import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { fit, formatExact, speedText, truncate } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import { GUTTER, INDENT, WIDE } from './layout.js';
import type { CopyViewState, Problem } from './state.js';
import { activeRangesText, etaText, problemText, rateText } from './text.js';

/** Props of {@link StatusLines}. */
export type StatusLinesProps = {
  readonly state: CopyViewState;
  readonly width: number;
  /** Whether the active-ranges line fits. */
  readonly active: boolean;
  /** How many recent problems fit. */
  readonly problems: number;
};

function Labelled({ label, tone = 'muted', children }: { label: string; tone?: Tone; children: ReactNode }): ReactNode {
  return (
    <Box paddingLeft={INDENT}>
      <Text wrap="truncate-end">
        <Tinted tone={tone}>{fit(label, GUTTER)}</Tinted>
        {children}
      </Text>
    </Box>
  );
}

const PROBLEM_TONE: Record<Problem['kind'], Tone> = { reject: 'bad', split: 'warn', retry: 'warn' };

/**
 * Speed, rate limit, ETA, active ranges, counters and the last few problems:
 *
 * ```
 *   speed    8,210 rows/s · 1,590/1,600 WCU/s, throttled from 2,000
 *   ETA      2m10s · 1,400/4,096 ranges
 *   active   shop.orders #17 #18 · shop.customers #3 +11
 *   issues   throttled 12 · retries 3 · rejected 1 · splits 1
 *   reject   shop.orders {"id":42}: Invalid unset value for column total
 * ```
 */
export function StatusLines({ state, width, active, problems }: StatusLinesProps): ReactNode {
  const wide = width >= WIDE;
  const room = width - 1 - INDENT - GUTTER;
  const progress = state.progress;
  const lowered = state.rate.limit !== undefined && state.rate.budget !== undefined && state.rate.limit < state.rate.budget;
  const rowsPerSecond = speedText(progress?.rowsPerSecond, true);
  const rate = rateText(progress, state.rate, wide);
  const ranges = progress !== undefined ? `${formatExact(progress.rangesDone)}/${formatExact(progress.rangesTotal)} ranges` : undefined;
  const rows = progress !== undefined && wide ? `${formatExact(progress.rowsWritten)} rows written` : undefined;
  const eta = [etaText(progress, state.paused), ranges, rows].filter((part) => part !== undefined).join(' · ');
  const counts: Array<[string, number, Tone]> = [
    ['throttled', progress?.throttled ?? 0, 'warn'],
    ['retries', progress?.retries ?? 0, 'warn'],
    ['rejected', Math.max(state.rejects, progress?.rowsRejected ?? 0), 'bad'],
    ['splits', state.splits, 'warn'],
  ];
  const shownProblems = problems > 0 ? state.problems.slice(-problems) : [];
  return (
    <Box flexDirection="column">
      <Labelled label="speed">
        {truncate(`${rowsPerSecond} · `, room)}
        <Tinted tone={lowered ? 'warn' : 'plain'}>{truncate(rate, Math.max(0, room - rowsPerSecond.length - 3))}</Tinted>
      </Labelled>
      <Labelled label="ETA">{truncate(eta, room)}</Labelled>
      {active ? <Labelled label="active">{activeRangesText(progress?.activeRanges ?? [], room)}</Labelled> : null}
      <Labelled label="issues">
        {counts.map(([label, count, tone], i) => (
          <Text key={label}>
            {i > 0 ? <Tinted tone="muted"> · </Tinted> : null}
            <Tinted tone={count > 0 ? tone : 'muted'}>
              {label} {formatExact(count)}
            </Tinted>
          </Text>
        ))}
      </Labelled>
      {shownProblems.map((problem, i) => (
        <Labelled key={`${i}-${problem.kind}`} label={problem.kind} tone={PROBLEM_TONE[problem.kind]}>
          {truncate(problemText(problem, wide ? 40 : 20), room)}
        </Labelled>
      ))}
    </Box>
  );
}
