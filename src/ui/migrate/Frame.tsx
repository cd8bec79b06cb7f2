import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { KeyHint } from '../components/KeyHints.js';
import { Footer } from './Chrome.js';

/** Props of {@link ScreenFrame}. */
export type ScreenFrameProps = {
  /** Rows of the screen below the step indicator, the footer included. */
  readonly height: number;
  readonly width: number;
  /** The keys that work now. */
  readonly hints: KeyHint[];
  readonly children?: ReactNode;
};

/** Rows a screen's body gets of `height`: a blank line and the footer are below it. */
export function bodyRows(height: number): number {
  return Math.max(1, height - 2);
}

/**
 * A screen of the migration below its step indicator: the body, cut to its rows (a screen never
 * grows past the terminal, or Ink redraws the whole terminal on every frame), then the keys.
 */
export function ScreenFrame({ height, width, hints, children }: ScreenFrameProps): ReactNode {
  return (
    // One column short of the terminal: a line that fills the last column makes some terminals wrap.
    <Box flexDirection="column" width={width - 1}>
      <Box flexDirection="column" height={bodyRows(height)} overflow="hidden">
        {/* Never squeezed: what does not fit is cut at the bottom, whole lines above it. */}
        <Box flexDirection="column" flexShrink={0}>
          {children}
        </Box>
      </Box>
      <Text> </Text>
      <Footer hints={hints} width={width} />
    </Box>
  );
}
