// Outputs are written whole or not at all, without ever replacing what is not a regular file: an
// audit's `-o /dev/null` once renamed a temporary file over /dev/null.
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { lstat, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/cli/outputs.js';
import { wholeFile } from '../../src/shared/whole-file.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-whole-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('wholeFile', () => {
  it('writes a new file through a temporary one beside it, renamed on commit', async () => {
    const path = join(dir, 'sub', 'report.json');
    const target = await wholeFile(path);
    expect(target.file).not.toBe(path);
    await writeFile(target.file, '{}');
    expect(await readdir(join(dir, 'sub'))).toHaveLength(1);
    await target.commit();
    expect(await readFile(path, 'utf8')).toBe('{}');
    expect(await readdir(join(dir, 'sub'))).toEqual(['report.json']);
  });

  it('leaves the old file as it was when the write is discarded', async () => {
    const path = join(dir, 'report.json');
    await writeFile(path, 'old');
    const target = await wholeFile(path);
    await writeFile(target.file, 'half');
    await target.discard();
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('follows a symbolic link: the file it names is replaced, the link stays', async () => {
    await writeFile(join(dir, 'real.json'), 'old');
    await symlink(join(dir, 'real.json'), join(dir, 'link.json'));
    await writeOutput(join(dir, 'link.json'), 'new');
    expect((await lstat(join(dir, 'link.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'link.json'))).toBe(join(dir, 'real.json'));
    expect(await readFile(join(dir, 'real.json'), 'utf8')).toBe('new');
  });

  it('writes a character device as it is: ksmig audit -o /dev/null leaves /dev/null a device', async () => {
    // A null device of the test's own where the system lets us make one (root), so that a
    // regression replaces that one and not the machine's.
    const device = (() => {
      try {
        execFileSync('mknod', ['-m', '666', join(dir, 'null'), 'c', '1', '3'], { stdio: 'ignore' });
        return join(dir, 'null');
      } catch {
        return '/dev/null';
      }
    })();
    await writeFile(join(dir, 's.cql'), 'TRUNCATE ks.t;\n');
    const r = await runCli(['audit', 's.cql', '--format', 'json', '-o', device], { cwd: dir });
    expect(r.code).toBe(1);
    expect((await stat(device)).isCharacterDevice()).toBe(true);
    await writeOutput(device, 'discarded');
    expect((await stat(device)).isCharacterDevice()).toBe(true);
  });

  it('writes into a named pipe instead of replacing it', async () => {
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const received = new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(fifo, 'utf8')
        .on('data', (chunk) => (text += String(chunk)))
        .on('end', () => resolve(text))
        .on('error', reject);
    });
    await writeOutput(fifo, 'through the pipe');
    expect(await received).toBe('through the pipe');
    expect((await stat(fifo)).isFIFO()).toBe(true);
  });
});
