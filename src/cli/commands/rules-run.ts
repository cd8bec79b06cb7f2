import { exampleText } from '../../rules/examples.js';
import { findRule, loadRules, retiredRules, type LoadedRule } from '../../rules/load.js';
import { usageError } from '../../shared/errors.js';
import { ExitCode } from '../../shared/exit-codes.js';
import type { CliIO } from '../io.js';
import { maxOf } from '../../shared/arrays.js';

/** The public summary of a rule (`ksmig rules --json`). */
function summary(rule: LoadedRule): Record<string, unknown> {
  return { id: rule.id, name: rule.name, severity: rule.severity, topics: rule.topics, title: rule.title };
}

/** Everything a user may want about one rule (`ksmig rules <id> --json`); no local file paths. */
function detail(rule: LoadedRule): Record<string, unknown> {
  return {
    ...summary(rule),
    message: rule.message,
    help: rule.help,
    docs: rule.docs,
    references: rule.references,
    verifiedOn: rule.verifiedOn,
    ...(rule.options ? { options: rule.options } : {}),
    examples: rule.examples,
  };
}

function listText(rules: readonly LoadedRule[]): string {
  const rows = rules.map((r) => [r.id, r.name, r.severity, r.topics.join(','), r.title]);
  const header = ['ID', 'NAME', 'SEVERITY', 'TOPICS', 'TITLE'];
  const widths = header.map((h, i) => maxOf(rows.map((row) => row[i]!.length), h.length));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line), '', `${rules.length} rules. Explain one with: ksmig rules <id|name>`].join('\n');
}

function explainText(rule: LoadedRule): string {
  const out: string[] = [];
  out.push(`${rule.id} ${rule.name} — ${rule.title}`);
  out.push(`severity: ${rule.severity}   topics: ${rule.topics.join(', ')}   verified: ${rule.verifiedOn}`);
  out.push('');
  out.push(rule.docs.trimEnd());
  if (rule.options !== undefined) {
    out.push('', '## Options');
    for (const [name, o] of Object.entries(rule.options)) out.push(`- ${name} (${o.type}, default ${JSON.stringify(o.default)}): ${o.description}`);
  }
  if (rule.examples.invalid.length > 0) {
    out.push('', '## Reported');
    for (const e of rule.examples.invalid) out.push('', indent(exampleText(e)));
  }
  if (rule.examples.valid.length > 0) {
    out.push('', '## Not reported');
    for (const e of rule.examples.valid) out.push('', indent(exampleText(e)));
  }
  out.push('', '## References');
  for (const r of rule.references) {
    out.push(`- ${r.title}${r.url ? ` <${r.url}>` : ''}${r.facts ? ` (keyspaces-facts ${r.facts})` : ''}, checked ${r.checked}`);
  }
  return out.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

/** Runs `ksmig rules`; `done` receives the exit code. */
export function runRules(ref: string | undefined, flags: { json?: boolean }, io: CliIO, done: (code: number) => void): void {
  const rules = loadRules();
  if (ref === undefined) {
    io.stdout.write(flags.json ? `${JSON.stringify(rules.map(summary), null, 2)}\n` : `${listText(rules)}\n`);
    done(ExitCode.Ok);
    return;
  }
  const rule = findRule(rules, ref);
  const retired = rule === undefined ? findRule(retiredRules(), ref) : undefined;
  if (retired?.retired !== undefined) {
    const by = retired.retired.replacedBy.map((id) => findRule(rules, id)).filter((r) => r !== undefined);
    io.stdout.write(
      flags.json
        ? `${JSON.stringify({ id: retired.id, name: retired.name, title: retired.title, retired: retired.retired }, null, 2)}\n`
        : `${retired.id} ${retired.name} — ${retired.title}\nretired on ${retired.retired.on}; replaced by:\n${by.map((r) => `  ${r.id} ${r.name} — ${r.title}`).join('\n')}\n`,
    );
    done(ExitCode.Ok);
    return;
  }
  if (rule === undefined) throw usageError(`unknown rule: ${ref}`, 'run `ksmig rules` to list rule ids and names');
  io.stdout.write(flags.json ? `${JSON.stringify(detail(rule), null, 2)}\n` : `${explainText(rule)}\n`);
  done(ExitCode.Ok);
}
