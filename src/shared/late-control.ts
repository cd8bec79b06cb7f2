/** Controls that can at least stop what they control. */
export interface Stoppable {
  stop(): void;
}

/**
 * The controls of a workflow that hands them over only once it runs (it connects and plans first),
 * for a view shown before then: calls reach them once {@link LateControl.attach} hands them over,
 * and a stop asked for before that stops the workflow as it hands them over.
 */
export class LateControl<C extends Stoppable> implements Stoppable {
  protected control: C | undefined;
  private stopAsked = false;

  /** `onStop` runs after every stop (a command also acts as if a signal arrived). */
  constructor(private readonly onStop: () => void = () => undefined) {}

  /** Receives the workflow's controls: pass it as the workflow's `onControl`. */
  readonly attach = (control: C): void => {
    this.control = control;
    if (this.stopAsked) control.stop();
  };

  /** The workflow has handed its controls over. */
  get attached(): boolean {
    return this.control !== undefined;
  }

  /** A stop was asked for. */
  get stopped(): boolean {
    return this.stopAsked;
  }

  stop(): void {
    this.stopAsked = true;
    this.control?.stop();
    this.onStop();
  }
}
