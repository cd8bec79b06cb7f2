/**
 * SIGINT/SIGTERM held for the whole life of a foreground command. Node restores a signal's default
 * action (kill the process) whenever its last listener is removed, so a command that swaps one
 * handler for another leaves a window in which a signal ends ksmig without its cleanup. One
 * listener, installed first and removed last, closes that window; signals after the first are
 * swallowed so a second Ctrl-C during a drain does not cut it short.
 *
 * Holds nest: `run()` holds signals for every command, and a command that stops in its own way
 * (copy saves its checkpoint, servers stop and exit 0) holds them again; a signal goes to the
 * latest hold only.
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

/** The holds, oldest first; a signal goes to the last. */
const holds: Array<(name: NodeJS.Signals) => void> = [];

function dispatch(name: NodeJS.Signals): void {
  holds[holds.length - 1]?.(name);
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
  holds.push(on);
  if (holds.length === 1) {
    process.on('SIGINT', dispatch);
    process.on('SIGTERM', dispatch);
  }
  let released = false;
  return {
    signal: abort.signal,
    received,
    interrupt: () => on('SIGINT'),
    release() {
      if (released) return;
      released = true;
      const at = holds.lastIndexOf(on);
      if (at >= 0) holds.splice(at, 1);
      if (holds.length === 0) {
        process.off('SIGINT', dispatch);
        process.off('SIGTERM', dispatch);
      }
    },
  };
}
