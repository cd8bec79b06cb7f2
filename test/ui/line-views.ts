/** Harnesses for the views that write lines (plain and JSON), shared by the copy and verify tests. */
import { expect } from 'vitest';
import { EventStream, type WorkflowEvent } from '../../src/shared/events.js';
import { captureStdout, fakeTerminalStdin, nullStderr } from './streams.js';

/** The process streams a view is shown on: a captured stdout, a stderr nobody reads, a terminal stdin. */
export type ViewStreams = { stdout: ReturnType<typeof captureStdout>['stream']; stderr: ReturnType<typeof nullStderr>; stdin: ReturnType<typeof fakeTerminalStdin>['stream'] };

/**
 * A plain view that `show` shows on captured streams, with a clock the test moves: `at(ms, events)`
 * emits `events` at `ms` milliseconds on the view's clock (`now`).
 */
export function plainHarness<E extends WorkflowEvent, V>(show: (stream: EventStream<E>, streams: ViewStreams, now: () => number) => V) {
  const stream = new EventStream<E>();
  const stdout = captureStdout();
  let clock = 0;
  const view = show(stream, { stdout: stdout.stream, stderr: nullStderr(), stdin: fakeTerminalStdin().stream }, () => clock);
  return {
    view,
    stdout,
    /** Emits `events` at `at` milliseconds on the view's clock. */
    at(at: number, events: E[]): void {
      clock = at;
      for (const event of events) stream.emit(event);
    },
  };
}

/** What a JSON view wrote: one line per event, exactly as emitted, `summary` last; text exact, control characters escaped by JSON. */
export function expectJsonLines(stdout: ReturnType<typeof captureStdout>, events: readonly WorkflowEvent[], summary: WorkflowEvent): void {
  const lines = stdout.lines();
  expect(lines).toHaveLength(events.length);
  expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(events);
  expect(lines[lines.length - 1]).toBe(JSON.stringify(summary));
  expect(stdout.text()).not.toContain('\u001b');
  expect(stdout.text()).toContain('"note":"a\\u001b[2Jb"');
  expect(stdout.text().endsWith('\n')).toBe(true);
}

/** A plain view writes nothing after the summary (`late` after it is not written), and `unmount()` ends it early. */
export async function expectPlainViewEnds<E extends WorkflowEvent>(
  plainView: () => ReturnType<typeof plainHarness<E, { done: Promise<void>; unmount(): void }>>,
  events: { start: E[]; summary: E; late: E & { message: string } },
): Promise<void> {
  const first = plainView();
  first.at(0, [events.summary]);
  const written = first.stdout.text();
  first.at(1, [events.late]);
  expect(first.stdout.text()).toBe(written);
  await first.view.done;

  const second = plainView();
  second.at(0, events.start);
  second.view.unmount();
  second.at(1, [events.late]);
  await second.view.done;
  expect(second.stdout.text()).not.toContain(events.late.message);
}
