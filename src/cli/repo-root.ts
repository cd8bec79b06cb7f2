import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root for repository-relative report paths (SARIF `%SRCROOT%`, GitHub
 * annotations): the nearest directory at or above `cwd` that holds `.git` — a directory in a
 * normal clone, a file in a worktree or submodule. Undefined when there is none (a source tarball,
 * a CI workspace without git metadata); the caller then falls back to `cwd`.
 */
export function findRepositoryRoot(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
