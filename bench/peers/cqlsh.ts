// cqlsh as a benchmark peer: the PyPI package in a venv that scripts/fetch-cqlsh.mjs keeps in
// ~/.cache/ksmig, run with COPY's defaults (as a user would type the command).
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import type { Command } from './proc.js';

interface Installer {
  CQLSH_VERSION: string;
  ensureCqlsh(options: { log?: (line: string) => void }): Promise<{ venv: string; fetched: boolean; command: string[] }>;
}

export interface Cqlsh {
  version: string;
  /** `cqlsh 127.0.0.1 <port> -e <statement>`, run in `cwd` (COPY FROM writes its error files there). */
  command(port: number, statement: string, cwd: string): Command;
}

export async function prepareCqlsh(log: (line: string) => void): Promise<Cqlsh> {
  const script = fileURLToPath(new URL('../../scripts/fetch-cqlsh.mjs', import.meta.url));
  const installer = (await import(pathToFileURL(script).href)) as Installer;
  const { command } = await installer.ensureCqlsh({ log });
  const [cmd, ...base] = command;
  if (!cmd) throw new Error('fetch-cqlsh returned no command');
  return {
    version: installer.CQLSH_VERSION,
    command(port, statement, cwd) {
      // A long request timeout: COPY's own page and batch timeouts are separate options.
      return { cmd, args: [...base, '--request-timeout', '120', '127.0.0.1', String(port), '-e', statement], cwd };
    },
  };
}

/** `N rows exported to …` / `N rows imported from … (K skipped)` from COPY's last line. */
export function copyTotals(output: string): { rows: number; skipped: number } | undefined {
  const m = /(\d+) rows? (?:exported|imported)[^\n]*?(?:\((\d+) skipped\))?\.?\s*$/m.exec(output);
  if (!m?.[1]) return undefined;
  return { rows: Number(m[1]), skipped: Number(m[2] ?? 0) };
}
