/**
 * Topics say what a finding is about (issue 13 item 8): one test over the rule data checks every
 * rule's topics against its subject — its title and message, the text a finding shows. A subject
 * the text names needs its topic (a finding about TTL carries `ttl`), and every topic a rule
 * carries must be named by its title, message or help (a DROP INDEX finding does not carry
 * `trigger`). Broad topics (limits, names, options, types, …) are only checked in the second
 * direction, since the words that name them also occur in passing.
 */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load.js';
import { TOPICS, type Topic } from '../../src/rules/schema.js';

/** Words that name a topic's subject: a rule whose title or message uses them carries the topic. */
const NAMED_BY: Partial<Record<Topic, RegExp>> = {
  ttl: /\bTTL\b|time_to_live/i,
  'client-timestamp': /USING TIMESTAMP|WRITETIME|client-side timestamp/i,
  lwt: /\bLWT\b|lightweight transaction|conditional (write|statement)|IF (NOT )?EXISTS\b/i,
  'allow-filtering': /ALLOW FILTERING/i,
  'secondary-index': /\bindex(es)?\b|\bSASI\b|\bSAI\b/i,
  'materialized-view': /materialized view/i,
  udf: /user-defined function/i,
  uda: /user-defined aggregate/i,
  trigger: /\btriggers?\b/i,
  replication: /replication|NetworkTopologyStrategy|SimpleStrategy|data cent(re|er)|multi-Region/i,
  'durable-writes': /durable_writes/i,
  compaction: /compaction/i,
  compression: /compression/i,
  batch: /\bbatch(es)?\b/i,
  counter: /\bcounters?\b/i,
  consistency: /consistency/i,
  aggregate: /aggregate|GROUP BY|DISTINCT/i,
  alter: /\bALTER\b/,
  truncate: /TRUNCATE/,
  security: /\broles?\b|permission|\bGRANT\b|\bREVOKE\b|\bIAM\b|masking|identit(y|ies)/i,
  'in-clause': /\bIN\b/,
  paging: /\bpag(e|es|ing)\b|\bLIMIT\b/,
  'ddl-async': /asynchronous|unconfigured table|concurrent DDL/i,
  cost: /\bcosts?\b|billed|\bbills?\b|\bbilling\b|capacity units|write units|read units|metered|read cost/i,
  function: /\bfunctions?\b|TTL\(\)|WRITETIME\(\)/i,
  cqlsh: /cqlsh/i,
  'static-column': /\bstatic\b/i,
  'prepared-statement': /\bprepared\b|\bPREPARE\b/,
  portability: /Apache Cassandra rejects|Keyspaces-only/i,
  suppression: /ksmig-ignore/i,
};

/** Broad topics: only checked to be named somewhere in the rule's title, message or help. */
const MENTIONED_BY: Partial<Record<Topic, RegExp>> = {
  syntax: /parse|read or decoded|syntax/i,
  'table-option': /option|COMPACT STORAGE|\bcdc\b|custom propert/i,
  type: /\btypes?\b|duration|vector|varint|frozen|\bUDT\b/i,
  limits: /limit|quota|maximum|at most|more than|larger than|exceed|\bsize\b|\d+ (KB|MB|bytes|rows)|\bper (INSERT|write|Region)/i,
  naming: /\bnames?\b|keyspace/i,
  catalog: /schema|defines?/i,
};

const rules = loadRules();

describe('topics match what each rule is about', () => {
  it('every topic of the vocabulary has words that name it', () => {
    for (const t of TOPICS) expect(NAMED_BY[t] ?? MENTIONED_BY[t], t).toBeDefined();
  });

  it.each(rules.map((r) => [`${r.id} ${r.name}`, r] as const))('%s', (_label, rule) => {
    const subject = `${rule.title}\n${rule.message}`;
    const named = (Object.entries(NAMED_BY) as Array<[Topic, RegExp]>).filter(([, re]) => re.test(subject)).map(([t]) => t);
    expect(named.filter((t) => !rule.topics.includes(t)), 'subjects its title or message names without the topic').toEqual([]);
    const text = `${subject}\n${rule.help}`;
    const unnamed = rule.topics.filter((t) => !(NAMED_BY[t] ?? MENTIONED_BY[t])!.test(text));
    expect(unnamed, 'topics its title, message and help never name').toEqual([]);
  });

  it('a default_time_to_live rule carries ttl, and the DROP rules carry only their own kind', () => {
    const topics = (name: string) => rules.find((r) => r.name === name)!.topics;
    expect(topics('default-ttl-enables-ttl')).toContain('ttl');
    expect(topics('drop-index')).toEqual(['secondary-index']);
    expect(topics('drop-trigger')).toEqual(['trigger']);
    expect(topics('drop-materialized-view')).toEqual(['materialized-view']);
  });
});
