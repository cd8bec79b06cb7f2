import type { CopyEvent } from '../../copy/events.js';
import { formatReport } from '../../reporters/index.js';
import { ruleMetadata } from '../../reporters/options.js';
import { escapeControl } from '../../shared/terminal-text.js';
import { EventStream } from '../../shared/events.js';
import { ExitCode } from '../../shared/exit-codes.js';
import { VERSION } from '../../shared/version.js';
import type { VerifyEvent } from '../../verify/events.js';
import { chooseViewMode, showCopy, showVerify, type View } from '../../ui/index.js';
import { runDemoWorkflow, type DemoEvent } from '../../workflows/demo.js';
import type { CliIO } from '../io.js';

/**
 * Runs `ksmig demo` and shows it: its own steps as lines, the copy and the verification through
 * their live views (Ink in a terminal, plain lines otherwise). Exits 0 whenever it ran, whatever it found.
 */
export async function runDemo(io: CliIO, withCluster: boolean): Promise<number> {
  // Statements, server errors and Cassandra's log lines may hold control characters: shown escaped.
  const out = (line = ''): void => void io.stdout.write(`${escapeControl(line)}\n`);
  const color = io.stdout.isTTY === true;
  const mode = chooseViewMode({ json: false, stdout: io.stdout, env: io.env });
  let copy: { stream: EventStream<CopyEvent>; view: View } | undefined;
  let verify: { stream: EventStream<VerifyEvent>; view: View } | undefined;
  const views: Array<Promise<void>> = [];
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
      case 'skipped':
        out(event.text);
        break;
      case 'log':
        out(`  ${event.line}`);
        break;
      case 'cassandra':
        out(`  Cassandra 5.0 (${event.role}) on ${event.host}:${event.port} (ready in ${(event.startupMs / 1000).toFixed(1)} s)`);
        break;
      case 'emulator':
        out(`  Keyspaces emulator on ${event.host}:${event.port} in front of the target node (TLS, CA ${event.caPath})`);
        break;
      case 'seeded':
        out(`  ${event.table}: ${event.rows.toLocaleString('en-US')} rows`);
        break;
      case 'apply':
        if (event.event.type === 'active') out(`  ${event.event.object}: ACTIVE after ${(event.event.waitedMs / 1000).toFixed(1)} s`);
        if (event.event.type === 'statement-failed') out(`  ${event.event.object}: failed: ${event.event.error}`);
        break;
      case 'applied':
        out(`  ${event.applied} statements applied, ${event.failed} failed`);
        break;
      case 'copy-start': {
        const stream = new EventStream<CopyEvent>();
        const control = event.control;
        const view = showCopy(stream, {
          mode,
          stdout: io.stdout,
          stderr: io.stderr,
          stdin: io.stdin,
          env: io.env,
          control: {
            pause: () => control()?.pause(),
            resume: () => control()?.resume(),
            setRate: (units) => control()?.setRate(units),
            get rate() {
              return control()?.rate;
            },
            stop: () => control()?.stop(),
          },
        });
        copy = { stream, view };
        views.push(view.done);
        break;
      }
      case 'copy':
        copy?.stream.emit(demoCopyEvent(event.event));
        break;
      case 'verify-start': {
        const stream = new EventStream<VerifyEvent>();
        const control = event.control;
        const view = showVerify(stream, { mode, stdout: io.stdout, stderr: io.stderr, stdin: io.stdin, env: io.env, control: { stop: () => control()?.stop() } });
        verify = { stream, view };
        views.push(view.done);
        break;
      }
      case 'verify':
        verify?.stream.emit(event.event);
        break;
      case 'statement':
        out(`  ${event.say}:`);
        out(`    ${event.cql} [${event.consistency}]`);
        if (event.error === undefined) out(`    → accepted${event.expect === 'ok' ? '' : ' (Keyspaces would reject this)'}`);
        else out(`    → rejected: ${event.error}`);
        break;
      case 'report':
        out(`  ${event.identical ? 'The target holds exactly what the origin holds.' : 'The verification found differences (see the report).'}`);
        out(`  ${event.markdown}`);
        out(`  ${event.json}`);
        break;
      case 'done':
        out();
        out(event.text);
        break;
    }
  };
  try {
    // Events are shown in order; a step that follows a live view waits until the view has drawn its summary.
    let queue = Promise.resolve();
    const waitsForViews = new Set<DemoEvent['type']>(['step', 'statement', 'report', 'done', 'skipped']);
    // Interrupted (SIGINT/SIGTERM), the demo stops between steps, or stops its copy or verification
    // at the next safe point, and stops what it started; `run()` then says so and exits 4.
    await runDemoWorkflow({ cluster: withCluster, cwd: process.cwd(), signal: io.interrupted }, (event) => {
      queue = queue.then(async () => {
        if (waitsForViews.has(event.type)) await Promise.all(views.splice(0));
        render(event);
      });
    });
    await queue;
    await Promise.all(views);
  } finally {
    copy?.view.unmount();
    verify?.view.unmount();
  }
  return ExitCode.Ok;
}

/**
 * A copy event as the demo shows it: the demo starts over every time (its nodes and their
 * checkpoint go when it stops), so its plan names no checkpoint and a stopped copy does not advise
 * resuming from one.
 */
export function demoCopyEvent(event: CopyEvent): CopyEvent {
  return event.type === 'plan' ? { ...event, checkpoint: undefined } : event;
}
