import { z } from 'zod';

/**
 * The shape of a rule file in `compat-rules/rules/*.yaml`, validated when rules load.
 * A rule either has a declarative `match` (a node kind plus `where` predicates on node properties)
 * or names a `check` module in `src/rules/checks/`; meta rules (ids KS0… and KS9…, reported by
 * the audit itself) have neither.
 */

/** The fixed topic vocabulary (documented one line each in `compat-rules/README.md`). */
export const TOPICS = [
  'syntax',
  'lwt',
  'allow-filtering',
  'secondary-index',
  'materialized-view',
  'udf',
  'uda',
  'trigger',
  'replication',
  'durable-writes',
  'compaction',
  'compression',
  'table-option',
  'ttl',
  'client-timestamp',
  'batch',
  'counter',
  'consistency',
  'aggregate',
  'type',
  'alter',
  'truncate',
  'security',
  'in-clause',
  'limits',
  'paging',
  'ddl-async',
  'cost',
  'naming',
  'function',
  'cqlsh',
  'static-column',
  'portability',
  'catalog',
  'suppression',
  'prepared-statement',
] as const;

export type Topic = (typeof TOPICS)[number];

const ID = /^KS\d{4}$/;
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One predicate on a property path of the matched node. Exactly one operator per predicate. */
const predicateSchema = z
  .object({
    path: z.string().min(1),
    equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    in: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
    notIn: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
    present: z.boolean().optional(),
    matches: z.string().optional(),
    gt: z.number().optional(),
    lt: z.number().optional(),
    ignoreCase: z.boolean().optional(),
  })
  .strict()
  .refine(
    (p) =>
      ['equals', 'in', 'notIn', 'present', 'matches', 'gt', 'lt'].filter((k) => (p as Record<string, unknown>)[k] !== undefined)
        .length === 1,
    { message: 'a where predicate needs exactly one of equals, in, notIn, present, matches, gt, lt' },
  );

export type Predicate = z.infer<typeof predicateSchema>;

const matchSchema = z
  .object({
    /** AST node kind (the `kind` field of `src/cql/ast/nodes.ts`), or several. */
    node: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    /** All predicates must hold. */
    where: z.array(predicateSchema).optional(),
    /** Template data: placeholder name → property path on the node (rendered with the CQL printer for nodes). */
    data: z.record(z.string(), z.string()).optional(),
    /** Property path of the child node to point at instead of the whole node. */
    at: z.string().optional(),
    /** The nearest enclosing statement (the node itself when it is one) must be of one of these kinds. */
    within: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

export type MatchSpec = z.infer<typeof matchSchema>;

const exampleSchema = z.union([
  z.string().min(1),
  z
    .object({
      /** DDL audited before the query (as a separate schema source). */
      schema: z.string().min(1).optional(),
      query: z.string().min(1),
      /** How the query reached the audit: a script (default), a prepared statement of the origin, or a query log. */
      source: z.enum(['script', 'prepared', 'log']).optional(),
      /** For `source: log`: the consistency level the log recorded. */
      consistency: z.string().optional(),
      /** Rule options for this example. */
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
]);

export type RuleExample = z.infer<typeof exampleSchema>;

const optionSchema = z
  .object({
    type: z.enum(['number', 'boolean', 'string', 'string[]']),
    default: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]),
    description: z.string().min(1),
  })
  .strict();

const referenceSchema = z
  .object({
    title: z.string().min(1),
    url: z.string().url().optional(),
    facts: z.string().min(1).optional(),
    checked: z.string().regex(DATE, 'checked must be a YYYY-MM-DD date'),
  })
  .strict()
  .refine((r) => r.url !== undefined || r.facts !== undefined, { message: 'a reference needs a url or a facts section' });

export const ruleFileSchema = z
  .object({
    id: z.string().regex(ID, 'id must be KS followed by 4 digits'),
    name: z.string().regex(KEBAB, 'name must be kebab-case'),
    title: z.string().min(1),
    severity: z.enum(['error', 'warning', 'info']),
    topics: z.array(z.enum(TOPICS)).min(1),
    message: z.string().min(1),
    help: z.string().min(1),
    docs: z
      .string()
      .min(1)
      .refine((d) => d.includes('## Why') && d.includes('## What to do'), { message: 'docs need "## Why" and "## What to do" sections' }),
    references: z.array(referenceSchema).min(1),
    verifiedOn: z.string().regex(DATE, 'verifiedOn must be a YYYY-MM-DD date'),
    examples: z.object({ invalid: z.array(exampleSchema), valid: z.array(exampleSchema) }).strict(),
    options: z.record(z.string(), optionSchema).optional(),
    fix: z.object({ title: z.string().min(1), safety: z.enum(['safe', 'unsafe']) }).strict().optional(),
    /**
     * Placeholders whose values are computed from literal values (a date read from a timestamp):
     * shown as `?` in query-log findings unless `--show-literals`, since logs carry personal data.
     * Values that are a literal's own text, and literals inside quoted fragments, are masked anyway.
     */
    literalData: z.array(z.string().regex(/^[A-Za-z_]\w*$/)).optional(),
    match: matchSchema.optional(),
    check: z.string().regex(KEBAB).optional(),
    /** Reported by the audit itself (syntax errors, unreadable files, suppressions), not by the engine. */
    meta: z.boolean().optional(),
    /**
     * When it reports a statement, that is the statement's only finding: the findings of every
     * other rule on the same statement are dropped (a statement that has no place on Keyspaces at
     * all, such as DDL of Cassandra's own system keyspaces, is not worth details).
     */
    exclusive: z.boolean().optional(),
    /**
     * A retired rule keeps its file (ids are never reused) but never runs: `replacedBy` are the
     * rules that took over its subject. Naming it in `--rules`, `--disable`, the config or a
     * `ksmig-ignore` comment means those rules; `ksmig rules <id>` says so.
     */
    retired: z.object({ on: z.string().regex(DATE, 'on must be a YYYY-MM-DD date'), replacedBy: z.array(z.string().regex(ID)).min(1) }).strict().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const kinds = [r.match !== undefined, r.check !== undefined, r.meta === true, r.retired !== undefined].filter(Boolean).length;
    if (kinds !== 1) ctx.addIssue({ code: 'custom', message: 'a rule needs exactly one of match, check, meta: true or retired', path: ['match'] });
    const runs = r.meta !== true && r.retired === undefined;
    if (runs && r.examples.invalid.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'a rule needs at least one invalid example', path: ['examples', 'invalid'] });
    }
    if (runs && r.examples.valid.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'a rule needs at least one valid example', path: ['examples', 'valid'] });
    }
  });

export type RuleFile = z.infer<typeof ruleFileSchema>;

/** Placeholder names (`{{name}}`) used in a template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g)].map((m) => m[1] as string);
}

/** Replaces every `{{name}}` with `data[name]`; unknown names stay visible as `{{name}}`. */
export function renderTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g, (whole, key: string) => {
    const v = data[key];
    return v === undefined ? whole : String(v);
  });
}
