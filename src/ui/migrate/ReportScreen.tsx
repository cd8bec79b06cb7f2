import { useEffect, type ReactNode } from 'react';
import { Text } from 'ink';
import type { MigrationReport } from '../../workflows/migration-report.js';
import { oneLine } from '../escape.js';
import { fit, formatExact, truncate, wrapWords } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import { Busy, Problem } from './Busy.js';
import { Title } from './Chrome.js';
import { problemOf, type MigrationDriver } from './driver.js';
import { ScreenFrame } from './Frame.js';
import { useKeys } from './use-keys.js';
import { useStateRef } from './use-state-ref.js';

/** What the migration found in the end: rows rejected by the target, or differences left after verifying. */
export function migrationProblems(report: MigrationReport): { rejected: number; differences: number; queries: number } {
  const rejected = (report.copy?.tables ?? []).reduce((sum, t) => sum + t.rejected, 0);
  const differences = (report.verify?.tables ?? []).reduce((sum, t) => sum + (t.repaired > 0 ? t.stillDifferent : t.missing + t.extra + t.different), 0);
  const queries = (report.verify?.queries ?? []).reduce((sum, q) => sum + q.mismatch + q.errors, 0);
  return { rejected, differences, queries };
}

/** One line a step of the report: its label, what happened, and whether it went well. */
export function reportSummary(report: MigrationReport, targetKeyspace: string | undefined): Array<{ label: string; text: string; tone: Tone }> {
  const out: Array<{ label: string; text: string; tone: Tone }> = [];
  const n = formatExact;
  const count = (x: number, one: string, many: string): string => `${n(x)} ${x === 1 ? one : many}`;
  if (report.audit !== undefined) {
    const a = report.audit;
    out.push({ label: 'Audit', text: `${count(a.statements, 'statement', 'statements')}: ${count(a.errors, 'error', 'errors')}, ${count(a.warnings, 'warning', 'warnings')}, ${count(a.infos, 'info', 'infos')}`, tone: a.errors > 0 ? 'warn' : 'good' });
  }
  if (report.schema !== undefined) {
    const s = report.schema;
    out.push({
      label: 'Schema',
      text: `${count(s.keyspaces, 'keyspace', 'keyspaces')}${targetKeyspace !== undefined ? ` (${oneLine(targetKeyspace)})` : ''}, ${count(s.tables, 'table', 'tables')}${s.types > 0 ? `, ${count(s.types, 'type', 'types')}` : ''}; ${count(s.applied, 'statement', 'statements')} applied, ${n(s.failed)} failed${s.omitted > 0 ? `; ${n(s.omitted)} left out` : ''}`,
      tone: s.failed > 0 ? 'bad' : 'good',
    });
  }
  const problems = migrationProblems(report);
  if (report.copy !== undefined) {
    const written = report.copy.tables.reduce((sum, t) => sum + t.written, 0);
    out.push({ label: 'Copy', text: `${count(report.copy.tables.length, 'table', 'tables')}, ${count(written, 'row', 'rows')} written, ${n(problems.rejected)} rejected`, tone: problems.rejected > 0 ? 'warn' : 'good' });
  }
  if (report.verify !== undefined) {
    const compared = report.verify.tables.reduce((sum, t) => sum + t.compared, 0);
    out.push({ label: 'Verify', text: `${count(compared, 'row', 'rows')} compared: ${problems.differences === 0 ? 'identical' : `${count(problems.differences, 'difference remains', 'differences remain')}`}`, tone: problems.differences > 0 ? 'bad' : 'good' });
    const queries = report.verify.queries ?? [];
    if (queries.length > 0) out.push({ label: '', text: `${count(queries.length, 'query shape', 'query shapes')} replayed: ${problems.queries === 0 ? 'all match' : `${n(problems.queries)} mismatches or errors`}`, tone: problems.queries > 0 ? 'warn' : 'good' });
  }
  return out;
}

/** Props of {@link ReportScreen}. */
export type ReportScreenProps = {
  readonly driver: MigrationDriver;
  readonly width: number;
  readonly height: number;
  readonly active: boolean;
  readonly onHelp: () => void;
  /** Enter: the migration is over; its exit code (0, or 1 when rows were rejected or differ). */
  readonly onFinish: (code: number, lines: string[]) => void;
};

type Phase = { kind: 'writing' } | { kind: 'written'; markdown: string; json: string } | { kind: 'failed'; message: string; hint: string | undefined };

/** Step 7: the final report (Markdown and JSON) written, its paths and a summary of every step. */
export function ReportScreen({ driver, width, height, active, onHelp, onFinish }: ReportScreenProps): ReactNode {
  const [phase, setPhase, phaseRef] = useStateRef<Phase>({ kind: 'writing' });

  const write = (): void => {
    setPhase({ kind: 'writing' });
    driver.writeReport().then(
      (paths) => setPhase({ kind: 'written', ...paths }),
      (error: unknown) => setPhase({ kind: 'failed', ...problemOf(error) }),
    );
  };
  useEffect(() => write(), []);

  const code = (): number => {
    const p = migrationProblems(driver.state.report);
    return p.rejected + p.differences + p.queries > 0 ? 1 : 0;
  };

  useKeys(
    (input, key) => {
      const p = phaseRef.current;
      if (input === '?') return onHelp();
      if (p.kind === 'written' && key.return) {
        onFinish(code(), [`ksmig: the migration is finished; the report is in ${p.markdown} (and ${p.json})`]);
      }
      if (p.kind === 'failed' && input === 'r') write();
    },
    { isActive: active },
  );

  const summary = reportSummary(driver.state.report, driver.state.targetKeyspace);
  const problems = migrationProblems(driver.state.report);
  const clean = problems.rejected + problems.differences + problems.queries === 0;
  return (
    <ScreenFrame
      width={width}
      height={height}
      hints={phase.kind === 'written' ? [{ key: 'enter', label: 'finish' }, { key: '?', label: 'help' }] : phase.kind === 'failed' ? [{ key: 'r', label: 'try again' }, { key: 'ctrl-c', label: 'quit' }] : []}
    >
      <Title detail={clean ? 'the target holds what the origin holds' : 'with problems to look at'}>Migration report</Title>
      <Text> </Text>
      {phase.kind === 'writing' ? <Busy>Writing the report…</Busy> : null}
      {phase.kind === 'failed' ? <Problem lines={[truncate(oneLine(phase.message), width - 4)]} hint={phase.hint === undefined ? undefined : [phase.hint]} /> : null}
      {phase.kind === 'written' ? (
        <>
          <Text wrap="truncate-end">
            <Tinted tone="good">✔</Tinted> Report written
          </Text>
          <Text wrap="truncate-end">{`  ${oneLine(phase.markdown)}`}</Text>
          <Text wrap="truncate-end">{`  ${oneLine(phase.json)}`}</Text>
        </>
      ) : null}
      <Text> </Text>
      {summary.flatMap((s, i) =>
        wrapWords(s.text, width - 1 - 10).map((part, j) => (
          <Text key={`${i}-${j}`} wrap="truncate-end">
            {j === 0 ? (
              <>
                <Tinted tone={s.tone}>{s.label === '' ? ' ' : s.tone === 'good' ? '✔' : s.tone === 'bad' ? '✖' : '!'}</Tinted> <Tinted tone="strong">{fit(s.label, 7)}</Tinted> {part}
              </>
            ) : (
              `${' '.repeat(10)}${part}`
            )}
          </Text>
        )),
      )}
    </ScreenFrame>
  );
}
