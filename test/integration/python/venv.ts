// The Python environment for the third-party client tests: a venv under ~/.cache/ksmig/venv with the
// Python cassandra-driver (pure Python: CASS_DRIVER_NO_EXTENSIONS=1) and cqlsh from PyPI, created on
// first use. Failing to create it fails the test with the reason; it is never skipped silently.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cacheRoot } from '../../../tools/cassandra/fetch.mjs';

const run = promisify(execFile);

/** Pinned PyPI versions (cqlsh 6.2.x packages the cqlsh of Apache Cassandra 5.0). */
export const PYTHON_PACKAGES = ['cassandra-driver==3.30.1', 'cqlsh==6.2.2'];

export interface PythonEnv {
  python: string;
  cqlsh: string;
  /** Environment for child processes. */
  env: NodeJS.ProcessEnv;
}

async function probe(python: string): Promise<boolean> {
  try {
    await run(python, ['-c', 'import cassandra, cqlshlib; assert cassandra.__version__ == "3.30.1"'], { timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Returns the venv, creating it (python3 -m venv + pip install) when missing or incomplete. */
export async function ensurePythonEnv(): Promise<PythonEnv> {
  const dir = join(cacheRoot(), 'venv');
  const python = join(dir, 'bin', 'python');
  const env = { ...process.env, CASS_DRIVER_NO_EXTENSIONS: '1', PYTHONDONTWRITEBYTECODE: '1' };
  if (!(existsSync(python) && (await probe(python)))) {
    try {
      await run('python3', ['-m', 'venv', dir], { timeout: 120_000, env });
      await run(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', ...PYTHON_PACKAGES], {
        timeout: 480_000,
        env,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(
        `Cannot create the Python venv for the third-party client tests in ${dir} (python3 -m venv; pip install ${PYTHON_PACKAGES.join(' ')}): ${e.stderr?.trim() || e.message}`,
      );
    }
    if (!(await probe(python))) throw new Error(`The venv in ${dir} was created but cannot import cassandra ${PYTHON_PACKAGES[0]} and cqlshlib`);
  }
  return { python, cqlsh: join(dir, 'bin', 'cqlsh'), env };
}
