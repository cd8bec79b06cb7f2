/**
 * SIGINT/SIGTERM held for the whole life of a foreground command. Node restores a signal's default
 * action (kill the process) whenever its last listener is removed, so a command that swaps one
 * handler for another leaves a window in which a signal ends ksmig without its cleanup. One
 * listener, installed first and removed last, closes that window; signals after the first are
 * swallowed so a second Ctrl-C during a drain does not cut it short.
 */
export interface HeldSignals {
  /** Aborted on the first SIGINT or SIGTERM. */
  readonly signal: AbortSignal;
  /** Resolves with the first SIGINT or SIGTERM. */
  readonly received: Promise<NodeJS.Signals>;
  /** Acts as if a signal arrived (a key in the live view asked to stop). */
  interrupt(): void;
  /** Removes the listeners; call once the command has finished its cleanup. */
  release(): void;
}

export function holdSignals(): HeldSignals {
  const abort = new AbortController();
  let resolveReceived: (signal: NodeJS.Signals) => void = () => undefined;
  const received = new Promise<NodeJS.Signals>((resolve) => (resolveReceived = resolve));
  const on = (name: NodeJS.Signals): void => {
    if (abort.signal.aborted) return;
    abort.abort();
    resolveReceived(name);
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return {
    signal: abort.signal,
    received,
    interrupt: () => on('SIGINT'),
    release() {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    },
  };
}
