/** How `ksmig copy` and `ksmig verify` stop on SIGINT/SIGTERM (see `holdSignals`). */
import { KsmigError } from '../shared/errors.js';
import type { Stoppable } from '../shared/late-control.js';
import type { HeldSignals } from './signals.js';

/** On the first signal, the view says the workflow is stopping and the workflow is asked to stop. */
export function stopOnSignal(held: HeldSignals, view: { stopping(): void }, control: Stoppable): void {
  held.signal.addEventListener('abort', () => {
    view.stopping();
    control.stop();
  });
}

/**
 * What to race the workflow's `run` with: after the first signal, `run` itself, to end as the
 * workflow does once stopped; but an interruption (`message`) at once when the workflow has not
 * handed over its controls yet, as it has done nothing worth waiting for.
 */
export function untilSignal<T>(held: HeldSignals, control: { readonly attached: boolean }, run: Promise<T>, message: string): Promise<T> {
  return held.received.then(() => {
    if (!control.attached) throw new KsmigError('interrupted', 'KSMIG_INTERRUPTED', message);
    return run;
  });
}
