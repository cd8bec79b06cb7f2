/**
 * Amazon Keyspaces prices per Region: the bundled price list (`prices.json`, with its source and
 * date) or a user's `--prices <file>` of the same shape, whose Regions replace or add to the
 * bundled ones. Only Regions a price list names are priced; nothing is guessed for the others.
 */
import { z } from 'zod';
import bundled from './prices.json' with { type: 'json' };
import { describeIssues } from './schema-issues.js';

/** What one Region charges, in the price list's currency. */
export interface RegionPrices {
  /** The Region's display name in the price list, e.g. `US East (N. Virginia)`. */
  name: string;
  /** Per on-demand read request unit. */
  readRequestUnit: number;
  /** Per on-demand write request unit. */
  writeRequestUnit: number;
  /** Per provisioned read capacity unit and hour. */
  readCapacityUnitHour: number;
  /** Per provisioned write capacity unit and hour. */
  writeCapacityUnitHour: number;
  /** Per GB-month of table storage. */
  storageGbMonth: number;
  /** Per GB-month of point-in-time-recovery backup storage. */
  pitrGbMonth: number;
  /** Per TTL delete. */
  ttlDelete: number;
}

/** A price list: where its figures come from, when, and the Regions it prices. */
export interface PriceBook {
  source: string;
  sourceUrl?: string | undefined;
  /** Publication date of the figures (YYYY-MM-DD). */
  date: string;
  currency: string;
  /** Hours in the month the estimate bills (720: 30 days). */
  hoursPerMonth: number;
  regions: Readonly<Record<string, RegionPrices>>;
  /** The `--prices` file the book was read from, if any. */
  file?: string | undefined;
}

const price = z.number().nonnegative('expected a price of 0 or more');

const regionSchema = z.strictObject({
  name: z.string().min(1),
  readRequestUnit: price,
  writeRequestUnit: price,
  readCapacityUnitHour: price,
  writeCapacityUnitHour: price,
  storageGbMonth: price,
  pitrGbMonth: price,
  ttlDelete: price,
});

const bookSchema = z.object({
  source: z.string().min(1, 'expected the source of the prices'),
  sourceUrl: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the date of the prices as YYYY-MM-DD'),
  currency: z.string().min(1).default('USD'),
  hoursPerMonth: z.number().positive().optional(),
  regions: z.record(z.string().regex(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/, 'expected an AWS Region code such as us-east-1'), regionSchema),
});

/** The price list bundled with ksmig (keyspaces-facts §17). */
export function bundledPrices(): PriceBook {
  return bookSchema.parse(bundled) as PriceBook & { hoursPerMonth: number };
}

/**
 * Reads a `--prices` document (already parsed JSON): its Regions replace or add to the bundled
 * ones, and its source and date describe the figures it brings. Throws `PriceFileError` naming
 * each key that is not as expected.
 */
export function mergePrices(base: PriceBook, document: unknown, file: string): PriceBook {
  const parsed = bookSchema.safeParse(document);
  if (!parsed.success) {
    throw new PriceFileError(
      file,
      describeIssues(parsed.error),
    );
  }
  const own = parsed.data;
  return {
    source: `${own.source} (for ${Object.keys(own.regions).join(', ')}); ${base.source} (other Regions)`,
    sourceUrl: own.sourceUrl ?? base.sourceUrl,
    date: own.date,
    currency: own.currency,
    hoursPerMonth: own.hoursPerMonth ?? base.hoursPerMonth,
    regions: { ...base.regions, ...own.regions },
    file,
  };
}

/** A `--prices` file whose content is not a price list. */
export class PriceFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'PriceFileError';
  }
}
