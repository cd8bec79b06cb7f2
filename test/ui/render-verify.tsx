/** Renders the live verify view with ink-testing-library at a given width, fed by a scripted stream. */
import { initialVerifyState, reduceVerifyEvent } from '../../src/ui/verify/state.js';
import { VerifyApp } from '../../src/ui/verify/VerifyApp.js';
import { renderLive } from './render-live.js';
import { recordingControl } from './verify-script.js';

/** The verify view in a terminal `columns` wide (and `rows` high, when given). */
export function renderVerify(columns: number, options: { rows?: number; color?: boolean } = {}) {
  const { control, calls } = recordingControl();
  const view = renderLive('verify', { initial: initialVerifyState(), reduce: reduceVerifyEvent }, (store) => <VerifyApp store={store} control={control} rows={options.rows} />, columns, options.color);
  return { ...view, calls };
}
