import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { fit } from '../format.js';
import { Tinted, type Tone } from '../theme.js';

/** Props of {@link Labelled}. */
export type LabelledProps = {
  /** The label, cut or padded to `gutter`. */
  readonly label: string;
  /** Columns the label takes, its trailing spaces included. */
  readonly gutter: number;
  /** Spaces before the label. */
  readonly indent: number;
  /** Tone of the label (default muted). */
  readonly tone?: Tone;
  /** The rest of the line; cut at the terminal's edge. */
  readonly children?: ReactNode;
};

/** One status line: `  speed      12.3k rows/s · ETA 4m10s`. */
export function Labelled({ label, gutter, indent, tone = 'muted', children }: LabelledProps): ReactNode {
  return (
    <Box paddingLeft={indent}>
      <Text wrap="truncate-end">
        <Tinted tone={tone}>{fit(label, gutter)}</Tinted>
        {children}
      </Text>
    </Box>
  );
}
