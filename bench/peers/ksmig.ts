// Runs a `ksmig` command as a fresh process the way a user would (`node bin/ksmig.js … --json`),
// with bench/rss-probe.mjs preloaded for the process's exact peak RSS, and reads its JSON-lines
// summary. A command this build does not have yet is reported as such, never as a figure.
import { fileURLToPath } from 'node:url';
import { runOne, type Measured } from './proc.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export type KsmigRun =
  | { available: false; message: string }
  | (Measured & { available: true; code: number | null; ownPeakRssMiB: number; summary: Record<string, unknown> | undefined; output: string });

export async function runKsmig(args: string[], env: NodeJS.ProcessEnv, logFile?: string): Promise<KsmigRun> {
  const m = await runOne(
    { cmd: process.execPath, args: ['--import', `${root}bench/rss-probe.mjs`, `${root}bin/ksmig.js`, ...args], cwd: root, env: { ...process.env, ...env } },
    logFile,
    true,
  );
  const unknown = /unknown command '([^']+)'/.exec(m.output);
  if (m.code !== 0 && unknown) return { available: false, message: `ksmig ${unknown[1]}: not available in this build (${unknown[0]})` };
  const rss = /ksmig-bench-maxrss=(\d+)/.exec(m.output);
  let summary: Record<string, unknown> | undefined;
  for (const line of (m.stdouts[0] ?? '').split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (parsed['type'] === 'summary') summary = parsed;
    } catch {
      // not a JSON line
    }
  }
  return { ...m, available: true, ownPeakRssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN, summary };
}

/** The summary's entry for `table` (`ks.t`), or the only entry. */
export function summaryTable(summary: Record<string, unknown> | undefined, table: string): Record<string, number> | undefined {
  const tables = summary?.['tables'];
  if (!Array.isArray(tables)) return undefined;
  const entries = tables as Record<string, unknown>[];
  const entry = entries.find((t) => t['table'] === table) ?? (entries.length === 1 ? entries[0] : undefined);
  if (!entry) return undefined;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(entry)) if (typeof v === 'number') out[k] = v;
  return out;
}
