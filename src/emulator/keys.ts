import { readFile } from 'node:fs/promises';
import { registerSecret } from '../shared/redact.js';
import { usageError } from '../shared/errors.js';

/**
 * Access keys the emulator accepts: access key ID → secret access key. The same pairs serve as
 * service-specific credentials (user name → password).
 */
export type AccessKeys = ReadonlyMap<string, string>;

/**
 * Parses a keys file: one `ACCESS_KEY_ID SECRET_ACCESS_KEY` pair per line, separated by spaces or
 * tabs; blank lines and lines starting with `#` are skipped. Secrets are registered for redaction.
 */
export function parseKeys(text: string, path: string): AccessKeys {
  const keys = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const parts = trimmed.split(/\s+/);
    if (parts.length !== 2) {
      throw usageError(`${path}:${i + 1}: expected "ACCESS_KEY_ID SECRET_ACCESS_KEY" (two fields), found ${parts.length}`);
    }
    const [id, secret] = parts as [string, string];
    registerSecret(secret);
    keys.set(id, secret);
  });
  if (keys.size === 0) throw usageError(`${path}: expected at least one "ACCESS_KEY_ID SECRET_ACCESS_KEY" line`);
  return keys;
}

/** Reads and parses a keys file; a missing or unreadable file is a usage error. */
export async function loadKeys(path: string): Promise<AccessKeys> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw usageError(`--keys: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'}); expected a file of "ACCESS_KEY_ID SECRET_ACCESS_KEY" lines`);
  }
  return parseKeys(text, path);
}
