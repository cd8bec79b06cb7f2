import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseScript } from '../../src/cql/parse.js';
import { convertSchema } from '../../src/convert/target-schema.js';
import { DEFAULT_WORDING_FILE, loadWording } from '../../src/convert/wording.js';
import { KsmigError } from '../../src/shared/errors.js';
import { loadRules } from '../../src/rules/load.js';

const shipped = parse(readFileSync(fileURLToPath(DEFAULT_WORDING_FILE), 'utf8')) as Record<string, unknown>;
const dirs: string[] = [];
/** `content` written as `convert.yaml` in a fresh directory. */
function wordingFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'ksmig-wording-'));
  dirs.push(dir);
  const file = join(dir, 'convert.yaml');
  writeFileSync(file, typeof content === 'string' ? content : stringify(content));
  return file;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the converter wording (compat-rules/convert.yaml)', () => {
  it('loads the shipped file', () => {
    const wording = loadWording();
    expect(Object.keys(wording).sort()).toEqual(Object.keys(shipped).sort());
    expect(wording.optionsRemoved.default).toMatch(/\{\{options\}\}/);
  });

  it('fails at load, naming the file and the key, when a key is missing or misspelt', () => {
    const { maskRemoved, ...missing } = shipped;
    expect(() => loadWording(wordingFile(missing))).toThrow(/wording file convert\.yaml, key "maskRemoved"/);
    const { nestingFlattened, ...rest } = shipped;
    expect(() => loadWording(wordingFile({ ...rest, nestingFlatened: nestingFlattened }))).toThrow(/key "nestingFlattened"/);
    const { 'cdc-option': cdc, ...otherRemovals } = shipped['optionsRemoved'] as Record<string, unknown>;
    expect(() => loadWording(wordingFile({ ...shipped, optionsRemoved: { ...otherRemovals, 'cdc-optoin': cdc } }))).toThrow(/key "optionsRemoved\.cdc-option"/);
    expect(() => loadWording(wordingFile({ ...shipped, maskRemoved, extraText: 'x' }))).toThrow(/extraText/);
    expect(() => loadWording(wordingFile({ ...shipped, header: '' }))).toThrow(/key "header"/);
  });

  it('fails at load when a text uses a placeholder the converter does not fill in for it', () => {
    const typo = { ...shipped, typeMapped: 'column {{colum}} was {{from}}, stored as {{to}} ({{ruleId}} {{rule}})' };
    expect(() => loadWording(wordingFile(typo))).toThrow(/key "typeMapped": unknown placeholder \{\{colum\}\}; this text takes \{\{column\}\}/);
    expect(() => loadWording(wordingFile({ ...shipped, ttlReason: 'writes use {{ttl}}' }))).toThrow(/key "ttlReason": unknown placeholder \{\{ttl\}\}; this text takes none/);
  });

  it('fails as an internal error (ksmig ships the file), also for YAML that does not parse', () => {
    let error: unknown;
    try {
      loadWording(wordingFile('header: [unclosed'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(KsmigError);
    expect((error as KsmigError).message).toMatch(/wording file convert\.yaml is not valid YAML/);
  });

  it('is what convertSchema writes, and can be given to it', () => {
    const statements = parseScript('CREATE TABLE ks.t (id int PRIMARY KEY, d duration);').statements;
    const wording = { ...loadWording(), typeMapped: 'COLUMN {{column}}: {{from}} -> {{to}} ({{ruleId}})' };
    const out = convertSchema(statements, { rules: loadRules(), wording });
    expect(out.text).toMatch(/^-- COLUMN d: duration -> text \(KS\d{4}\)$/m);
    expect(convertSchema(statements, { rules: loadRules() }).text).toMatch(/^-- column d was duration, stored as text/m);
  });
});
