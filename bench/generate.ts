import { rng } from './random.js';

/**
 * Seeded generators for the audit benchmark inputs: a query log with a few hundred statement
 * shapes repeated with varying literals, and a schema of many tables. Deterministic for a seed,
 * so runs on different machines audit the same bytes.
 */

function uuid(r: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

function word(r: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: 3 + Math.floor(r() * 8) }, () => letters[Math.floor(r() * 26)]).join('');
}

type Template = (r: () => number) => string;

/** Builds `count` statement templates over `tables` tables; each template is one shape. */
export function queryTemplates(count: number, tables: number, seed: number): Template[] {
  const r = rng(seed);
  const templates: Template[] = [];
  for (let i = 0; i < count; i++) {
    const table = `app.t${Math.floor(r() * tables)}`;
    const column = `c${i}`;
    switch (i % 8) {
      case 0:
        templates.push((x) => `SELECT ${column}, v FROM ${table} WHERE id = ${uuid(x)};`);
        break;
      case 1:
        templates.push((x) => `INSERT INTO ${table} (id, ${column}, v) VALUES (${uuid(x)}, '${word(x)}', ${Math.floor(x() * 1e6)});`);
        break;
      case 2:
        templates.push((x) => `UPDATE ${table} SET ${column} = '${word(x)}' WHERE id = ${uuid(x)} AND ck = ${Math.floor(x() * 100)};`);
        break;
      case 3:
        templates.push((x) => `SELECT * FROM ${table} WHERE id = ${uuid(x)} AND ck > ${Math.floor(x() * 100)} LIMIT ${1 + Math.floor(x() * 50)};`);
        break;
      case 4:
        templates.push((x) => `INSERT INTO ${table} (id, ${column}) VALUES (${uuid(x)}, ${x().toFixed(4)}) USING TTL ${60 + Math.floor(x() * 3600)};`);
        break;
      case 5:
        templates.push((x) => `DELETE FROM ${table} WHERE id = ${uuid(x)};`);
        break;
      case 6:
        templates.push((x) => `SELECT count(*) FROM ${table} WHERE ${column} = '${word(x)}' ALLOW FILTERING;`);
        break;
      default:
        templates.push((x) => `UPDATE ${table} SET ${column} = ${column} + ${Math.floor(x() * 10)} WHERE id = ${uuid(x)} IF EXISTS;`);
    }
  }
  return templates;
}

/** A plain query log of `lines` lines drawn from `shapes` templates with a skewed (Zipf-like) frequency. */
export function* queryLogLines(lines: number, shapes: number, tables: number, seed: number): Generator<string> {
  const templates = queryTemplates(shapes, tables, seed);
  const r = rng(seed + 1);
  for (let i = 0; i < lines; i++) {
    // Squaring a uniform draw favours the first templates, as real traffic favours a few queries.
    const pick = Math.floor(r() * r() * templates.length);
    yield templates[pick]!(r);
  }
}

/** A schema script with one keyspace and `tables` tables of mixed shapes and options; `comments` adds a line comment before each table and a block comment among its columns. */
export function schemaScript(tables: number, seed: number, style: { comments?: boolean } = {}): string {
  const r = rng(seed);
  const out: string[] = ["CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': '3'};", 'USE app;'];
  for (let t = 0; t < tables; t++) {
    const cols = 3 + Math.floor(r() * 10);
    const defs = Array.from({ length: cols }, (_, c) => `  c${c} ${['text', 'int', 'bigint', 'timestamp', 'map<text, int>', 'set<uuid>', 'frozen<list<text>>'][Math.floor(r() * 7)]}`);
    const options = [
      `compaction = {'class': '${r() < 0.5 ? 'SizeTieredCompactionStrategy' : 'LeveledCompactionStrategy'}'}`,
      `gc_grace_seconds = ${Math.floor(r() * 864000)}`,
      ...(r() < 0.3 ? [`default_time_to_live = ${Math.floor(r() * 86400)}`] : []),
      "caching = {'keys': 'ALL', 'rows_per_partition': 'NONE'}",
    ];
    // As schema files are commented: a line about each table, and a note among its columns.
    const about = style.comments === true ? `-- t${t}: written by service ${t % 7}, read by the reports\n` : '';
    const note = style.comments === true ? '  /* the key */\n' : '';
    out.push(`${about}CREATE TABLE t${t} (\n${note}  id uuid,\n  ck int,\n  v bigint,\n${defs.join(',\n')},\n  PRIMARY KEY ((id), ck)\n) WITH CLUSTERING ORDER BY (ck DESC)\n  AND ${options.join('\n  AND ')};`);
    if (r() < 0.1) out.push(`CREATE INDEX t${t}_c0 ON t${t} (c0);`);
  }
  return `${out.join('\n\n')}\n`;
}
