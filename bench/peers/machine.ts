// The header line every peer benchmark prints: when, on what, with which runtimes, under what load.
import { cpus, loadavg, totalmem } from 'node:os';

export function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

export function headerLine(parts: { java: string; extra?: string[] }): string {
  const cpu = cpus();
  return [
    new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node ${process.version}`,
    `Java ${parts.java}`,
    ...(parts.extra ?? []),
    `load average ${loadAverage()}`,
  ].join(' | ');
}

/** `12,345` */
export function thousands(n: number): string {
  return Math.round(n).toLocaleString('en');
}

export function rate(rows: number, seconds: number): string {
  return `${thousands(rows / seconds)} rows/s`;
}
