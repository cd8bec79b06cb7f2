// The text, Markdown and JSON views: every section present, control characters from inputs
// escaped, the JSON view exactly one object.
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/estimate/model.js';
import { bundledPrices } from '../../src/estimate/prices.js';
import { renderJson } from '../../src/estimate/render/json.js';
import { renderMarkdown } from '../../src/estimate/render/markdown.js';
import { renderText } from '../../src/estimate/render/text.js';
import { bar, moneyFormatter, safeLine } from '../../src/estimate/render/format.js';
import { steadyRate } from '../../src/sources/query-logs/rates.js';
import { schema } from './helpers.js';

function report() {
  const s = schema('CREATE TABLE app.kv (k int PRIMARY KEY, v text); CREATE TABLE app.events (u int, t int, kind text, PRIMARY KEY (u, t));', {
    'app.events': { rows: 100_000, partitions: 100, rowBytes: 300, columns: { kind: { distinct: 50 } } },
  });
  const scan = s.cost('SELECT * FROM app.events WHERE kind = ? ALLOW FILTERING');
  const batch = s.cost("BEGIN BATCH INSERT INTO app.kv (k, v) VALUES (1, 'a'); INSERT INTO app.kv (k, v) VALUES (2, 'b'); APPLY BATCH");
  return estimateCosts({
    region: 'us-east-1',
    replicaRegions: [],
    prices: bundledPrices(),
    targetUtilization: 0.7,
    readConsistency: 'LOCAL_QUORUM',
    lwtFailureRate: 0,
    pitr: true,
    valueBytes: 64,
    shapes: [
      {
        shape: "select * from app.events where kind = ? allow filtering \u001b[31m|`x`",
        cost: scan,
        rate: steadyRate(2),
        consistencies: {},
        sources: ['app.cql:3'],
        findings: [{ ruleId: 'KS3003', rule: 'allow-filtering', severity: 'warning', message: 'scans' }],
      },
      { shape: 'begin batch … apply batch', cost: batch, rate: steadyRate(5), consistencies: {}, sources: ['app.cql:5'], findings: [] },
    ],
    tables: [],
    modelOf: s.model,
    rates: { basis: 'once-per-second' },
    notes: ['a note with a bell \u0007'],
  });
}

describe('text view', () => {
  it('shows the bill in both modes, tables, auto-scaling settings, shapes by cost with their explanation and fix, a bar chart and the notes', () => {
    const text = renderText(report(), { width: 100 });
    for (const heading of ['Monthly cost', 'Tables', 'Provisioned capacity (auto scaling)', 'Statement shapes by cost', 'Cost by shape', 'Notes']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('point-in-time recovery');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/KS3003 allow-filtering: this ALLOW FILTERING query reads 30\.0 MB per run, ~50× what it returns/);
    expect(flat).toMatch(/A table keyed by kind costs \$[\d,.]+ instead/);
    expect(text).toContain('As an unlogged batch');
    expect(text).toContain('█');
    // Control characters from inputs never reach the terminal.
    // eslint-disable-next-line no-control-regex -- checking for control characters
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('\\x07');
    for (const line of text.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(100);
  });
});

describe('Markdown view', () => {
  it('renders tables, escapes cell text, and lists explanations', () => {
    const md = renderMarkdown(report());
    expect(md).toContain('## Amazon Keyspaces cost estimate');
    expect(md).toContain('|---|---:|---:|');
    expect(md).toContain('\\|');
    expect(md).not.toContain('\u001b');
    expect(md).toMatch(/^1\. `select \* from app\.events/m);
  });
});

describe('JSON view', () => {
  it('is exactly one object with the contract fields', () => {
    const json = renderJson(report());
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['region', 'monthly', 'tables', 'shapes']));
    expect(parsed['monthly']).toEqual({ onDemand: expect.any(Number), provisioned: expect.any(Number), storage: expect.any(Number) });
    const shapes = parsed['shapes'] as Array<Record<string, unknown>>;
    expect(shapes[0]).toMatchObject({ perRun: { rru: expect.any(Number), wcu: 0 }, perSecond: 2, monthly: { onDemand: expect.any(Number), provisioned: expect.any(Number) } });
    // Text stays exact in JSON (JSON escapes it).
    expect(shapes[0]!['shape']).toContain('\u001b');
  });
});

describe('format helpers', () => {
  it('formats money, bars and unsafe text', () => {
    expect(moneyFormatter('USD')(1234567.891)).toBe('$1,234,567.89');
    expect(moneyFormatter('EUR')(0.5)).toBe('EUR 0.50');
    expect(bar(0.5, 10)).toBe('█████');
    expect(bar(0.5, 1)).toBe('▌');
    expect(safeLine('a\nb\u009bc')).toBe('a b\\x9bc');
  });
});
