import { join } from 'node:path';
import { cacheRoot } from '../../tools/cassandra/fetch.mjs';

/** Instance directory `ksmig local` uses without `--dir`: `<cache root>/local` (`~/.cache/ksmig/local`). */
export function defaultLocalDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(cacheRoot(env), 'local');
}
