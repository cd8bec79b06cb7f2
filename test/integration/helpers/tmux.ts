// A real terminal for tests: a command run in a detached tmux session of its own tmux server,
// typed into with send-keys and read with capture-pane.
import { execFileSync, spawnSync } from 'node:child_process';

/** Throws a clear error when tmux is not installed (the test needs a real pseudo-terminal). */
export function requireTmux(): string {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(`this test drives ksmig in a pseudo-terminal with tmux, which is not installed here (${probe.error?.message ?? probe.stderr}); install it (apt-get install tmux, brew install tmux)`);
  }
  return probe.stdout.trim();
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One tmux session running one command; its own server (socket), so nothing else is touched. */
export class TmuxTerminal {
  private constructor(
    private readonly socket: string,
    readonly name: string,
  ) {}

  /** Starts `command` (run by `sh -c`) in a new `width` × `height` session. */
  static start(command: string, options: { width: number; height: number; name?: string }): TmuxTerminal {
    const name = options.name ?? 'ksmig';
    const socket = `ksmig-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-s', name, '-x', String(options.width), '-y', String(options.height), command]);
    return new TmuxTerminal(socket, name);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** What the screen shows now, line by line (trailing spaces removed). */
  capture(): string {
    return this.tmux('capture-pane', '-p', '-t', this.name)
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trimEnd();
  }

  /** Sends keys by tmux's names (`Enter`, `Tab`, `C-c`, `Escape`, `Down`, `Space`). */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...keys);
  }

  /** Types `text` as it is. */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.name, '-l', text);
  }

  /** Changes the terminal's size, as a user resizing the window does. */
  resize(width: number, height: number): void {
    this.tmux('resize-window', '-t', this.name, '-x', String(width), '-y', String(height));
  }

  /**
   * Polls the screen until it shows `what` (text or pattern); then waits a little more, for the
   * new screen to listen to keys. Fails after `timeoutMs` with what the screen showed.
   */
  async waitFor(what: string | RegExp, timeoutMs = 60_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    let screen = '';
    for (;;) {
      screen = this.capture();
      if (typeof what === 'string' ? screen.includes(what) : what.test(screen)) break;
      if (Date.now() > end) throw new Error(`the terminal did not show ${String(what)} within ${timeoutMs / 1000} s; it shows:\n${screen}`);
      await sleep(200);
    }
    await sleep(250);
    return this.capture();
  }

  /** Ends the session and its server. */
  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // Already gone.
    }
  }
}
