// DSBulk as a benchmark peer: the jars from tools/dsbulk (Maven Central, cached in ~/.cache/ksmig),
// run on OpenJDK 17 with DSBulk's own defaults (its launcher passes no JVM options either).
import { join } from 'node:path';
import { DSBULK_VERSION, MAIN_CLASS, ensureDsbulk } from '../../tools/dsbulk/fetch.mjs';
import type { Command } from './proc.js';

export { DSBULK_VERSION };

export interface Dsbulk {
  version: string;
  /** `unload` or `load` of one table between a cluster and a directory of CSV files. */
  command(op: 'unload' | 'load', o: { port: number; ks: string; table: string; dir: string; logDir: string; header?: boolean; extra?: string[] }): Command;
}

/** `extraArgs` go on every DSBulk command line (e.g. `-maxConcurrentQueries 64`); none by default. */
export async function prepareDsbulk(javaBin: string, log: (line: string) => void, extraArgs: readonly string[] = []): Promise<Dsbulk> {
  const { libDir } = await ensureDsbulk({ log });
  return {
    version: DSBULK_VERSION,
    command(op, o) {
      return {
        cmd: javaBin,
        args: [
          '-cp',
          join(libDir, '*'),
          MAIN_CLASS,
          op,
          '-h', '127.0.0.1',
          '-port', String(o.port),
          '-k', o.ks,
          '-t', o.table,
          '-url', o.dir,
          '-header', String(o.header ?? true),
          '-logDir', o.logDir,
          ...(o.extra ?? []),
          ...extraArgs,
        ],
      };
    },
  };
}

/** The `total | failed | rows/s …` figures DSBulk prints at the end of an operation. */
export function dsbulkTotals(output: string): { total: number; failed: number } | undefined {
  // The same table is printed as progress while the operation runs; the last one is the result.
  const all = [...output.matchAll(/total \| failed \| rows\/s[^\n]*\n\s*([\d,]+) \|\s*([\d,]+) \|/g)];
  const m = all[all.length - 1];
  if (!m?.[1] || !m[2]) return undefined;
  return { total: Number(m[1].replace(/,/g, '')), failed: Number(m[2].replace(/,/g, '')) };
}
