/**
 * Log lines that a client can cause (refused connections, timeouts, overload) at a bounded rate:
 * at most `burst` lines of one kind per window, then one line saying how many were left out. A
 * flood of connections must not become a flood of log lines.
 */
export type LogKind = 'refused' | 'timeout' | 'overloaded' | 'internal-error';

interface Window {
  started: number;
  written: number;
  skipped: number;
  flush: NodeJS.Timeout | undefined;
}

/** Wraps `log` so each kind of line passes at most `burst` times per `windowMs`. */
export function rateLimitedLog(log: (line: string) => void, burst = 10, windowMs = 10_000): (kind: LogKind, line: string) => void {
  const windows = new Map<LogKind, Window>();
  const summarize = (kind: LogKind, w: Window): void => {
    if (w.skipped > 0) log(`${w.skipped} more ${kind} line${w.skipped === 1 ? '' : 's'} left out in the last ${Math.round(windowMs / 1000)} s`);
    w.skipped = 0;
  };
  return (kind, line) => {
    const now = performance.now();
    let w = windows.get(kind);
    if (w === undefined || now - w.started >= windowMs) {
      if (w !== undefined) {
        clearTimeout(w.flush);
        summarize(kind, w);
      }
      w = { started: now, written: 0, skipped: 0, flush: undefined };
      windows.set(kind, w);
    }
    if (w.written < burst) {
      w.written++;
      log(line);
      return;
    }
    w.skipped++;
    if (w.flush === undefined) {
      const current = w;
      current.flush = setTimeout(() => {
        current.flush = undefined;
        summarize(kind, current);
      }, Math.max(0, windowMs - (now - current.started)));
      current.flush.unref();
    }
  };
}
