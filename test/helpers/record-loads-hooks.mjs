// The module hooks record-loads.mjs registers: each load is written down before it happens, so the
// list is whole however the process ends.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  const file = process.env.KSMIG_TEST_LOADS;
  if (file) appendFileSync(file, `${url}\n`);
  return nextLoad(url, context);
}
