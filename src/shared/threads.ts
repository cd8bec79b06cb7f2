/** Worker threads started from a module's URL, whether ksmig runs compiled or from its TypeScript sources. */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The worker-thread entry point `name` beside the module at `from` (its `import.meta.url`): `name.js`
 * in the compiled modules and the bundle (scripts/bundle.mjs builds each entry point beside the
 * chunk that starts it), `name.ts` when ksmig runs from its sources.
 */
export function threadEntry(name: string, from: string): URL {
  return new URL(`./${name}${from.endsWith('.ts') ? '.ts' : '.js'}`, from);
}

/**
 * Starts a worker thread running the module `entry`. An entry written in TypeScript (ksmig run from
 * its sources, as the tests do) is loaded through tsx, registered in the new thread first: Node 20
 * does not pass `--import` loaders on to worker threads.
 */
export function startThread(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
