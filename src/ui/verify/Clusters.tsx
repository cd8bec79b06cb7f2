import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { fit } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import { INDENT, SIDE_BY_SIDE } from './layout.js';
import type { VerifyClusters, VerifyPlan } from './state.js';
import { kindText, partitionerText, safe } from './text.js';
import { maxOf } from '../../shared/arrays.js';

/** Props of {@link Clusters}. */
export type ClustersProps = {
  readonly clusters: VerifyClusters | undefined;
  readonly plan: VerifyPlan | undefined;
  readonly width: number;
  /** One line, `origin 10.0.4.21:9042 │ target cassandra.eu-west-1…`, when the terminal is short. */
  readonly compact?: boolean;
};

/**
 * Both clusters side by side, the origin on the left: kind, contact point, partitioner.
 *
 * ```
 *   origin · Cassandra                 │ target · Keyspaces
 *   10.0.4.21:9042                     │ cassandra.eu-west-1.amazonaws.com:9142
 *   Murmur3Partitioner                 │ Murmur3Partitioner
 * ```
 *
 * The halves are equal when both fit; otherwise the origin gives the target what it needs.
 */
export function Clusters({ clusters, plan, width, compact = false }: ClustersProps): ReactNode {
  if (compact) {
    const usable = width - 1 - INDENT - SIDE_BY_SIDE.length;
    const origin = `origin ${clusters !== undefined ? safe(clusters.origin) : 'connecting…'}`;
    const target = `target ${clusters !== undefined ? safe(clusters.target) : '…'}`;
    const left = Math.max(Math.min(Math.floor(usable / 2), Array.from(origin).length), usable - Array.from(target).length);
    return (
      <Box paddingLeft={INDENT}>
        <Text wrap="truncate-end">
          {fit(origin, Math.min(left, usable))}
          <Tinted tone="muted">{SIDE_BY_SIDE}</Tinted>
          {fit(target, Math.max(0, usable - left)).trimEnd()}
        </Text>
      </Box>
    );
  }
  const left = [
    'origin · Cassandra',
    clusters !== undefined ? safe(clusters.origin) : 'connecting…',
    plan !== undefined ? partitionerText(plan.originPartitioner) : '',
  ];
  const right = [
    `target · ${clusters !== undefined ? kindText(clusters.targetKind) : '…'}`,
    clusters !== undefined ? safe(clusters.target) : '',
    plan !== undefined ? partitionerText(plan.targetPartitioner) : '',
  ];
  const usable = width - 1 - INDENT - SIDE_BY_SIDE.length;
  const half = Math.floor(usable / 2);
  const need = (lines: string[]): number => maxOf(lines.map((l) => Array.from(l).length), -Infinity);
  const leftWidth = Math.max(Math.min(half, need(left)), Math.min(half, usable - need(right)));
  const rightWidth = usable - leftWidth;
  const differ = plan !== undefined && left[2] !== right[2];
  const tones: Tone[] = ['strong', 'plain', 'muted'];
  return (
    <Box flexDirection="column">
      {left.map((line, i) => (
        <Box key={i} paddingLeft={INDENT}>
          <Text wrap="truncate-end">
            <Tinted tone={tones[i]}>{fit(line, leftWidth)}</Tinted>
            <Tinted tone="muted">{SIDE_BY_SIDE}</Tinted>
            <Tinted tone={i === 2 && differ ? 'accent' : tones[i]}>{fit(right[i] ?? '', rightWidth).trimEnd()}</Tinted>
          </Text>
        </Box>
      ))}
    </Box>
  );
}
