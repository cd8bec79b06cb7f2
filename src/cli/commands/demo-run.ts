import { formatReport } from '../../reporters/index.js';
import { ruleMetadata } from '../../reporters/options.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { VERSION } from '../../shared/version.js';
import { escapeControl } from '../../shared/terminal-text.js';
import { runDemoWorkflow, type DemoEvent } from '../../workflows/demo.js';
import type { CliIO } from '../io.js';

/** Runs `ksmig demo` and prints what it shows; exits 0 whenever it ran, whatever it found. */
export async function runDemo(io: CliIO, withCluster: boolean): Promise<number> {
  // Statements, server errors and Cassandra's log lines may hold control characters: shown escaped.
  const out = (line = ''): void => void io.stdout.write(`${escapeControl(line)}\n`);
  const color = io.stdout.isTTY === true;
  const render = (event: DemoEvent): void => {
    switch (event.type) {
      case 'title':
        out(event.text);
        break;
      case 'step':
        out(`\n== ${event.text}`);
        break;
      case 'audit': {
        const report = formatReport('text', event.outcome.report, {
          sources: new Map(event.outcome.sources),
          color,
          showLiterals: false,
          rules: event.outcome.rules.map(ruleMetadata),
          baseDir: event.cwd,
          cwd: event.cwd,
          toolVersion: VERSION,
          failOn: 'never',
          files: [...event.outcome.files],
        });
        io.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
        break;
      }
      case 'target-schema':
        out(event.text);
        break;
      case 'skipped':
        out(event.text);
        break;
      case 'log':
        out(`  ${event.line}`);
        break;
      case 'cassandra':
        out(`  Cassandra 5.0 on ${event.host}:${event.port} (ready in ${(event.startupMs / 1000).toFixed(1)} s)`);
        break;
      case 'emulator':
        out(`  Keyspaces emulator on ${event.host}:${event.port} (TLS, CA ${event.caPath})`);
        break;
      case 'apply':
        if (event.event.type === 'active') out(`  ${event.event.object}: ACTIVE after ${(event.event.waitedMs / 1000).toFixed(1)} s`);
        if (event.event.type === 'statement-failed') out(`  ${event.event.object}: failed: ${event.event.error}`);
        break;
      case 'applied':
        out(`  ${event.applied} statements applied, ${event.failed} failed`);
        break;
      case 'statement':
        out(`  ${event.say}:`);
        out(`    ${event.cql} [${event.consistency}]`);
        if (event.error === undefined) out(`    → accepted${event.expect === 'ok' ? '' : ' (Keyspaces would reject this)'}`);
        else out(`    → rejected: ${event.error}`);
        break;
      case 'done':
        out();
        out(event.text);
        break;
    }
  };
  await runDemoWorkflow({ cluster: withCluster, cwd: process.cwd(), signal: io.interrupted }, render);
  return ExitCode.Ok;
}
