import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { activeRangesText } from '../copy/text.js';
import { Labelled } from '../components/Labelled.js';
import { formatCount, formatDuration, formatExact, speedText, truncate } from '../format.js';
import { Tinted } from '../theme.js';
import { GUTTER, INDENT, WIDE } from './layout.js';
import { etaSeconds, type VerifyViewState } from './state.js';
import { recheckResult, repairText, safe } from './text.js';

/** Props of {@link StatusLines}. */
export type StatusLinesProps = {
  readonly state: VerifyViewState;
  readonly width: number;
  /** Whether the active-ranges line fits. */
  readonly active: boolean;
};

/** Whether every range is compared (what is left is the query replay). */
export function allRangesCompared(state: VerifyViewState): boolean {
  const progress = state.progress;
  return progress !== undefined && progress.rangesTotal > 0 && progress.rangesDone >= progress.rangesTotal;
}

/** Lines {@link StatusLines} draws besides the active ranges. */
export function statusLineCount(state: VerifyViewState): number {
  return 1 + (state.retries.count > 0 ? 1 : 0) + (state.repairs.written + state.repairs.deleted > 0 ? 1 : 0) + (state.rechecks.length > 0 ? 1 : 0);
}

/**
 * Speed and ETA, active ranges, the latest retry, repairs and the latest re-check:
 *
 * ```
 *   speed      12.3k rows/s · ETA 4m10s · 1,331/4,096 ranges
 *   active     shop.orders #17 #18 #20
 *   retries    2 · target: ReadTimeout at LOCAL_QUORUM, attempt 1
 *   repairs    3 written · 1 deleted · latest shop.orders order_id=42 deleted
 *   re-check   shop.orders: 3 repaired, re-check: identical
 * ```
 */
export function StatusLines({ state, width, active }: StatusLinesProps): ReactNode {
  const wide = width >= WIDE;
  const room = width - 1 - INDENT - GUTTER;
  const progress = state.progress;
  const eta = etaSeconds(state);
  const allCompared = allRangesCompared(state);
  const replay = progress?.queries;
  const speed = allCompared && progress !== undefined
    ? [
        `all ${formatExact(progress.rangesTotal)} ranges compared`,
        `${wide ? formatExact(progress.compared) : formatCount(progress.compared)} rows`,
        ...(replay !== undefined && replay.shapesDone < replay.shapesTotal ? [`replaying queries ${formatExact(replay.shapesDone)}/${formatExact(replay.shapesTotal)}`] : []),
      ]
    : [
        speedText(progress?.rowsPerSecond, true),
        `ETA ${state.stopping ? '— (stopping)' : eta === undefined ? '—' : formatDuration(eta)}`,
        ...(progress !== undefined ? [`${formatExact(progress.rangesDone)}/${formatExact(progress.rangesTotal)} ranges`] : []),
        ...(progress !== undefined && wide ? [`${formatExact(progress.compared)} rows compared`] : []),
      ];
  const retry = state.retries.latest;
  const repairs = state.repairs;
  const recheck = state.rechecks[state.rechecks.length - 1];
  return (
    <Box flexDirection="column">
      <Labelled label={allCompared ? 'progress' : 'speed'} gutter={GUTTER} indent={INDENT}>
        {truncate(speed.join(' · '), room)}
      </Labelled>
      {active && !allCompared ? (
        <Labelled label="active" gutter={GUTTER} indent={INDENT}>
          {activeRangesText(progress?.activeRanges ?? [], room)}
        </Labelled>
      ) : null}
      {retry !== undefined ? (
        <Labelled label="retries" gutter={GUTTER} indent={INDENT} tone="warn">
          {truncate(`${formatExact(state.retries.count)} · ${retry.table !== '' ? `${safe(retry.table)} ` : ''}${retry.side}: ${safe(retry.cause)}, attempt ${retry.attempt}`, room)}
        </Labelled>
      ) : null}
      {repairs.written + repairs.deleted > 0 ? (
        <Labelled label="repairs" gutter={GUTTER} indent={INDENT} tone="accent">
          {truncate(
            [
              `${formatExact(repairs.written)} written`,
              ...(repairs.deleted > 0 ? [`${formatExact(repairs.deleted)} deleted`] : []),
              ...(repairs.latest !== undefined ? [`latest ${repairText(repairs.latest)}`] : []),
            ].join(' · '),
            room,
          )}
        </Labelled>
      ) : null}
      {recheck !== undefined ? (
        <Labelled label="re-check" gutter={GUTTER} indent={INDENT} tone={recheck.stillDifferent > 0 ? 'bad' : 'good'}>
          <Text>
            {truncate(`${safe(recheck.table)}: ${formatExact(recheck.repaired)} repaired, `, room)}
            <Tinted tone={recheck.stillDifferent > 0 ? 'bad' : 'good'}>{recheckResult(recheck)}</Tinted>
          </Text>
        </Labelled>
      ) : null}
    </Box>
  );
}
