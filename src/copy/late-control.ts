import { LateControl } from '../shared/late-control.js';
import type { CopyControl } from './events.js';

/** A copy's controls before the copy hands them over (see {@link LateControl}): pause, resume and rate reach them once it does. */
export class LateCopyControl extends LateControl<CopyControl> implements CopyControl {
  pause(): void {
    this.control?.pause();
  }

  resume(): void {
    this.control?.resume();
  }

  setRate(unitsPerSecond: number | undefined): void {
    this.control?.setRate(unitsPerSecond);
  }

  get rate(): number | undefined {
    return this.control?.rate;
  }
}
