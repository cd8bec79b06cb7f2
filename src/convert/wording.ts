import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadDataFile } from '../rules/load.js';
import { placeholders } from '../rules/schema.js';

/**
 * The wording of the comments the converter writes (`compat-rules/convert.yaml`): the schema that
 * file must match, and its loader. Every key is required and no other key is allowed, and each
 * text may use only the placeholders the converter fills in for it, so a missing or misspelt key
 * or placeholder fails when the file loads rather than printing `{{name}}` into a user's schema.
 */

/** Placeholders of every comment that cites a rule: `{{ruleId}} {{rule}}` and the rule's advice. */
const RULE = ['ruleId', 'rule', 'help'] as const;

/** A comment text that may use exactly these placeholders (none for a phrase inserted into another). */
function text(...names: readonly string[]) {
  return z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      for (const name of placeholders(value)) {
        if (!names.includes(name)) {
          ctx.addIssue({ code: 'custom', message: `unknown placeholder {{${name}}}; this text takes ${names.length === 0 ? 'none' : names.map((n) => `{{${n}}}`).join(', ')}` });
        }
      }
    });
}

const optionsRemoved = text('options', ...RULE);

export const wordingSchema = z
  .object({
    header: text('version', 'sources'),
    oneRegion: text('region', ...RULE),
    noMultiRegion: text('regions', ...RULE),
    keyspaceAdded: text('keyspace', 'replication'),
    noKeyspace: text('object', 'name'),
    invalidName: text('object', 'name', 'length', 'contents', ...RULE),
    invalidNameContents: text('objects'),
    systemKeyspace: text('keyspace', 'contents', ...RULE),
    omitted: text('object', ...RULE),
    typeMapped: text('column', 'from', 'to', ...RULE),
    nestingFlattened: text('column', 'from', 'to', 'depth', 'maxDepth', ...RULE),
    maskRemoved: text('column', ...RULE),
    /** Keyed by the rule that explains the removal; `default` for the rules without a text of their own. */
    optionsRemoved: z
      .object({
        default: optionsRemoved,
        'durable-writes-false': optionsRemoved,
        'cdc-option': optionsRemoved,
        'undocumented-table-option': optionsRemoved,
      })
      .strict(),
    replicationChanged: text('from', 'to', 'reasons'),
    replicationRegionsReason: text(),
    replicationSingleRegionReason: text(),
    replicationOneRegionReason: text(),
    replicationNoMultiRegionReason: text(),
    replicationRegionsKeptReason: text(),
    compactStorageRemoved: text(...RULE),
    featuresEnabled: text('features', 'reason'),
    ttlReason: text(),
    timestampReason: text(),
  })
  .strict();

/** The validated wording. */
export type Wording = z.infer<typeof wordingSchema>;

/** The text for options removed under rule `ruleName`: its own in `optionsRemoved`, or `default`. */
export function removalText(wording: Wording, ruleName: string): string {
  const own: Readonly<Record<string, string>> = wording.optionsRemoved;
  return own[ruleName] ?? wording.optionsRemoved.default;
}

/** `compat-rules/convert.yaml`, found relative to this module (same depth under `src/` and `dist/`). */
export const DEFAULT_WORDING_FILE = new URL('../../compat-rules/convert.yaml', import.meta.url);

const cache = new Map<string, Wording>();

/**
 * The wording in `file` (default: the shipped one), validated and cached per file. The converter
 * does no I/O itself: the rules loader reads the file, as it reads the rules.
 */
export function loadWording(file: string | URL = DEFAULT_WORDING_FILE): Wording {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  let wording = cache.get(path);
  if (wording === undefined) {
    wording = loadDataFile(path, wordingSchema, 'wording file');
    cache.set(path, wording);
  }
  return wording;
}
