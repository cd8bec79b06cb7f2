import type { Readable, Writable } from 'node:stream';

/**
 * What a command may touch of the outside world. `run()` gets the real process streams; tests
 * pass their own, so commands never reach for `process.*` directly.
 */
export interface CliIO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The process's own streams. */
export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}
