import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromisesModule from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';

type FsPromises = typeof FsPromisesModule;

// A directory ksmig may not list: root ignores permission bits, so the refusal is simulated.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<FsPromises>();
  return {
    ...fs,
    readdir: (async (path: string, options: unknown) => {
      if (String(path).endsWith('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
      return (fs.readdir as (p: string, o: unknown) => Promise<unknown>)(path, options);
    }) as typeof fs.readdir,
  };
});

const { expandPaths } = await import('../../src/sources/files.js');

describe('expandPaths', () => {
  it('reports a subdirectory it cannot list as unreadable, with the cause, and lists the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ksmig-expand-'));
    await mkdir(join(dir, 'locked'));
    await writeFile(join(dir, 'a.cql'), 'TRUNCATE t;');
    const found = await expandPaths([dir], '/');
    expect(found.files).toEqual([`${dir}/a.cql`]);
    expect(found.unreadable).toEqual([{ file: `${dir}/locked`, reason: 'permission denied' }]);
  });
});
