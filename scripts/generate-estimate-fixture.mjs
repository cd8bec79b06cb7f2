#!/usr/bin/env node
// Writes fixtures/estimate/queries.jsonl: five minutes of a shop's queries with timestamps and
// consistency levels, as a JSON-lines query log (deterministic: the same file every run). Used by
// the README example of `ksmig estimate` and its test.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const start = Date.UTC(2026, 10, 24, 9, 0, 0);
const seconds = 300;
const shapes = [
  { every: 1, cl: 'LOCAL_QUORUM', q: (n) => `SELECT * FROM shop.orders WHERE customer_id = ${n % 5000}` },
  { every: 2, cl: 'LOCAL_ONE', q: (n) => `SELECT name, email FROM shop.customers WHERE id = ${n % 5000}` },
  { every: 3, cl: 'LOCAL_QUORUM', q: (n) => `INSERT INTO shop.orders (customer_id, order_id, status, total) VALUES (${n % 5000}, ${n}, 'new', 19.99)` },
  {
    every: 10,
    cl: 'LOCAL_QUORUM',
    q: (n) => `BEGIN BATCH INSERT INTO shop.orders (customer_id, order_id, status, total) VALUES (${n % 5000}, ${n}, 'paid', 5.00); UPDATE shop.customers SET email = 'c${n}@example.com' WHERE id = ${n % 5000}; APPLY BATCH`,
  },
  { every: 60, cl: 'LOCAL_QUORUM', q: () => "SELECT * FROM shop.events WHERE event_type = 'checkout' ALLOW FILTERING" },
  { every: 5, cl: 'LOCAL_QUORUM', q: (n) => `UPDATE shop.carts SET owner = 'customer-${n % 5000}', qty = ${1 + (n % 4)} WHERE customer_id = ${n % 5000} AND item = ${n % 50}` },
  { every: 4, cl: 'LOCAL_QUORUM', q: (n) => `INSERT INTO shop.sessions (id, data) VALUES ('s-${n}', '${'d'.repeat(400)}')` },
  { every: 30, cl: 'LOCAL_QUORUM', q: (n) => `UPDATE shop.customers SET name = 'n${n}' WHERE id = ${n % 5000} IF EXISTS` },
];
const lines = [];
const counters = shapes.map(() => 0);
for (let s = 0; s < seconds; s++) {
  // A burst at 09:02:30: thirty order lookups in one second.
  const burst = s === 150 ? 30 : 1;
  shapes.forEach((shape, i) => {
    if (s % shape.every !== 0) return;
    const times = i === 0 ? burst : 1;
    for (let k = 0; k < times; k++) {
      const n = counters[i]++;
      lines.push(JSON.stringify({ ts: start + s * 1000 + k * 10, keyspace: 'shop', consistency: shape.cl, query: shape.q(n) }));
    }
  });
}
writeFileSync(fileURLToPath(new URL('../fixtures/estimate/queries.jsonl', import.meta.url)), `${lines.join('\n')}\n`);
