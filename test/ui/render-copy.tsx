/** Renders the live copy view with ink-testing-library at a given width, fed by a scripted stream. */
import { CopyApp } from '../../src/ui/copy/CopyApp.js';
import { initialCopyState, reduceCopyEvent } from '../../src/ui/copy/state.js';
import { recordingControl } from './copy-script.js';
import { renderLive } from './render-live.js';

export { screen, tick, widest } from './render-live.js';

/** The copy view in a terminal `columns` wide (and `rows` high, when given). */
export function renderCopy(columns: number, options: { rows?: number; rate?: number | undefined; color?: boolean } = {}) {
  const { control, calls } = recordingControl('rate' in options ? options.rate : 2000);
  const view = renderLive('copy', { initial: initialCopyState(), reduce: reduceCopyEvent }, (store) => <CopyApp store={store} control={control} rows={options.rows} />, columns, options.color);
  return { ...view, calls, control };
}
