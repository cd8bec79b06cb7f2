import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { KsmigError } from '../shared/errors.js';

/** Config file names looked for in each directory, in this order. */
export const CONFIG_FILE_NAMES = ['ksmig.config.yaml', 'ksmig.config.yml', 'ksmig.config.json'] as const;

/**
 * The nearest config file at or above `cwd`, or undefined. Two config files in one directory
 * are ambiguous and a config error.
 */
export function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const found = CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).filter((p) => existsSync(p) && statSync(p).isFile());
    if (found.length > 1) {
      throw new KsmigError('config', 'KSMIG_CONFIG_AMBIGUOUS', `more than one config file in ${dir}: ${found.map((f) => path.basename(f)).join(', ')}`, {
        tryMessage: 'Keep one of them, or pass --config <file>.',
      });
    }
    if (found[0] !== undefined) return found[0];
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A parsed config file: its data plus what is needed to point at a key's line. */
export interface ConfigFile {
  path: string;
  data: Record<string, unknown>;
  /**
   * 1-based line and column of the value at `keyPath` (of the key itself with `atKey`), or of the
   * nearest enclosing value when the path does not exist in the file.
   */
  positionOf(keyPath: ReadonlyArray<string | number>, atKey?: boolean): { line: number; col: number } | undefined;
}

/**
 * Reads and parses a YAML or JSON config file (JSON is read by the YAML 1.2 parser, which accepts
 * it). Missing files, syntax errors and non-mapping documents are config errors naming the file.
 */
export function readConfigFile(file: string, display: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KsmigError(
      'config',
      code === 'ENOENT' ? 'KSMIG_CONFIG_NOT_FOUND' : 'KSMIG_CONFIG_UNREADABLE',
      code === 'ENOENT' ? `config file not found: ${display}` : `cannot read config file ${display}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const at = lineCounter.linePos(firstError.pos[0]);
    throw new KsmigError('config', 'KSMIG_CONFIG_SYNTAX', `${display}:${at.line}:${at.col}: ${firstError.message.split('\n')[0]}`, {
      cause: firstError,
    });
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new KsmigError('config', 'KSMIG_CONFIG_INVALID', `${display}: expected a mapping of settings at the top level`);
  }
  return {
    path: file,
    data: data as Record<string, unknown>,
    positionOf(keyPath, atKey = false) {
      if (atKey && keyPath.length > 0) {
        const parent = doc.getIn(keyPath.slice(0, -1), true);
        const last = keyPath[keyPath.length - 1];
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
          if (pair && isScalar(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]);
        }
      }
      for (let n = keyPath.length; n > 0; n -= 1) {
        const node = doc.getIn(keyPath.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && Array.isArray(node.range)) {
          return lineCounter.linePos(node.range[0]);
        }
      }
      return undefined;
    },
  };
}
