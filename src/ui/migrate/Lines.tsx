import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { wrapWords } from '../format.js';
import { Tinted, type Tone } from '../theme.js';

/** One display line: text (already escaped) and what it means. */
export interface Line {
  text: string;
  tone?: Tone | undefined;
  bold?: boolean | undefined;
}

/** `text` wrapped to `width` as lines indented by `indent`, all in `tone`. */
export function wrapped(text: string, width: number, indent = 0, tone?: Tone, bold?: boolean): Line[] {
  return wrapWords(text, Math.max(10, width - indent)).map((part) => ({ text: `${' '.repeat(indent)}${part}`, tone, bold }));
}

/** Props of {@link Lines}. */
export type LinesProps = {
  readonly lines: readonly Line[];
  /** First line shown. */
  readonly start?: number | undefined;
  /** Lines shown at most. */
  readonly height?: number | undefined;
};

/** Display lines, each cut at the edge; a window of them when `start`/`height` are given. */
export function Lines({ lines, start = 0, height }: LinesProps): ReactNode {
  const shown = lines.slice(start, height === undefined ? undefined : start + height);
  return (
    <Box flexDirection="column">
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          <Tinted tone={line.tone ?? 'plain'} bold={line.bold}>{line.text === '' ? ' ' : line.text}</Tinted>
        </Text>
      ))}
    </Box>
  );
}
