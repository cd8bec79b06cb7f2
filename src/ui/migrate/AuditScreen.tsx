import { useEffect, type ReactNode } from 'react';
import { basename } from 'node:path';
import { Box, Text, type Key } from 'ink';
import type { Finding } from '../../rules/finding.js';
import type { AuditOutcome } from '../../workflows/audit.js';
import { oneLine } from '../escape.js';
import { fit, formatExact, truncate, wrapWords } from '../format.js';
import { Tinted, type Tone } from '../theme.js';
import { Busy, Problem } from './Busy.js';
import { Checklist } from './Checklist.js';
import { Title } from './Chrome.js';
import { problemOf, type MigrationDriver } from './driver.js';
import { codeFrame, docSections, findingRows, ruleOf, shortPlace, sortedFindings, type FindingRow } from './findings-view.js';
import { Form } from './Form.js';
import { formKey, initialForm, type Field, type FormState } from './form-state.js';
import { bodyRows, ScreenFrame } from './Frame.js';
import { Lines, wrapped, type Line } from './Lines.js';
import { moveCursor, windowStart } from './list.js';
import { editText, atEnd, type TextEdit } from './text-edit.js';
import { useKeys } from './use-keys.js';
import { useStateRef } from './use-state-ref.js';
import { appendAll, maxOf } from '../../shared/arrays.js';

const LOG_FIELD: Field = { id: 'queryLog', label: 'Query log', kind: 'text', placeholder: 'none (optional)', hint: "A file of the application's statements (plain, fqltool dump, auditlogviewer, CSV, JSON): audited, and replayed on both sides when verifying." };

/** Props of {@link AuditScreen}. */
export type AuditScreenProps = {
  readonly driver: MigrationDriver;
  readonly width: number;
  readonly height: number;
  readonly active: boolean;
  /** Directory paths typed here are relative to. */
  readonly cwd: string;
  /** The origin's keyspaces, when the connection test just listed them (else they are listed again). */
  readonly keyspaces: readonly string[] | undefined;
  /** What the connection test found, shown on top. */
  readonly connected: string | undefined;
  /** A finished audit to show again (coming back from the schema). */
  readonly outcome: AuditOutcome | undefined;
  readonly onHelp: () => void;
  readonly onBack: () => void;
  /** The findings were reviewed: on to the schema. */
  readonly onAudited: (outcome: AuditOutcome) => void;
};

type Focus = 'list' | 'filter' | 'log';
type Choose = { keyspaces: readonly string[]; checked: ReadonlySet<string>; cursor: number; filter: TextEdit; focus: Focus; log: FormState; error?: string | undefined };
type Phase =
  | { kind: 'loading' }
  | { kind: 'choose' }
  | { kind: 'running' }
  | { kind: 'failed'; message: string; hint: string | undefined }
  | { kind: 'findings'; outcome: AuditOutcome; cursor: number }
  | { kind: 'detail'; outcome: AuditOutcome; cursor: number; scroll: number };

/** The keyspaces shown: those whose name contains the filter (case-insensitive). */
export function filtered(keyspaces: readonly string[], filter: string): string[] {
  const f = filter.trim().toLowerCase();
  return f === '' ? [...keyspaces] : keyspaces.filter((k) => k.toLowerCase().includes(f));
}

/**
 * Step 2: the audit. Choose the keyspaces (space; `/` filters) and optionally a query log; the
 * live schema (and the log) is audited, and the findings are listed by severity and topic. Enter
 * on a finding shows its rule's why and what to do and the code frame of the statement.
 */
export function AuditScreen(props: AuditScreenProps): ReactNode {
  const { driver, width, height, active, onHelp, onBack, onAudited } = props;
  const [choose, setChoose, chooseRef] = useStateRef<Choose>(() => ({
    keyspaces: props.keyspaces ?? [],
    checked: new Set(driver.state.keyspaces),
    cursor: 0,
    filter: atEnd(''),
    focus: 'list',
    log: initialForm([LOG_FIELD], { queryLog: driver.state.queryLog ?? '' }),
  }));
  const [phase, setPhase, phaseRef] = useStateRef<Phase>(props.outcome !== undefined ? { kind: 'findings', outcome: props.outcome, cursor: 0 } : props.keyspaces === undefined ? { kind: 'loading' } : { kind: 'choose' });

  // On a resumed run the keyspaces are listed again.
  useEffect(() => {
    if (phase.kind !== 'loading' || driver.state.origin === undefined) return;
    let live = true;
    driver.checkOrigin(driver.state.origin).then(
      (check) => {
        if (!live) return;
        if (check.ok) {
          setChoose({ ...chooseRef.current, keyspaces: check.keyspaces ?? [] });
          setPhase({ kind: 'choose' });
        } else setPhase({ kind: 'failed', message: check.message, hint: check.hint });
      },
      (error: unknown) => live && setPhase({ kind: 'failed', ...problemOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [driver, phase.kind === 'loading']);

  /** Back to the choice of keyspaces (listing them first when they are not known). */
  const toChoice = (): void => setPhase(chooseRef.current.keyspaces.length === 0 ? { kind: 'loading' } : { kind: 'choose' });

  const run = (): void => {
    const c = chooseRef.current;
    const keyspaces = c.keyspaces.filter((k) => c.checked.has(k));
    if (keyspaces.length === 0) {
      setChoose({ ...c, error: 'choose at least one keyspace (space)', focus: 'list' });
      return;
    }
    setPhase({ kind: 'running' });
    driver
      .audit({ keyspaces, queryLog: c.log.values['queryLog'] || undefined, regions: driver.state.regions, capacity: driver.state.capacity, cwd: props.cwd })
      .then(
        (outcome) => setPhase({ kind: 'findings', outcome, cursor: 0 }),
        (error: unknown) => setPhase({ kind: 'failed', ...problemOf(error) }),
      );
  };

  const chooseKey = (input: string, key: Key): void => {
    const c = chooseRef.current;
    const shown = filtered(c.keyspaces, c.filter.value);
    if (c.focus === 'filter') {
      if (key.return || key.escape || key.tab || key.downArrow) {
        setChoose({ ...c, focus: 'list', filter: key.escape ? atEnd('') : c.filter, cursor: 0 });
        return;
      }
      const edited = editText(c.filter, input, key);
      if (edited !== undefined) setChoose({ ...c, filter: edited, cursor: 0 });
      return;
    }
    if (c.focus === 'log') {
      if (key.tab || (key.upArrow && !key.shift) || key.escape) {
        setChoose({ ...c, focus: 'list' });
        return;
      }
      const result = formKey([LOG_FIELD], c.log, input, key);
      setChoose({ ...c, log: result.state });
      if (result.submit === true) run();
      return;
    }
    if (input === '?') return onHelp();
    if (key.escape) return onBack();
    if (key.return) return run();
    if (key.tab) return setChoose({ ...c, focus: 'log' });
    if (input === '/') return setChoose({ ...c, focus: 'filter' });
    if (key.upArrow || input === 'k') return setChoose({ ...c, cursor: moveCursor(c.cursor, -1, shown.length) });
    if (key.downArrow || input === 'j') {
      if (c.cursor >= shown.length - 1) return setChoose({ ...c, focus: 'log' });
      return setChoose({ ...c, cursor: moveCursor(c.cursor, 1, shown.length) });
    }
    if (key.pageUp) return setChoose({ ...c, cursor: moveCursor(c.cursor, -10, shown.length) });
    if (key.pageDown) return setChoose({ ...c, cursor: moveCursor(c.cursor, 10, shown.length) });
    if (input === ' ') {
      const item = shown[c.cursor];
      if (item === undefined) return;
      const checked = new Set(c.checked);
      if (checked.has(item)) checked.delete(item);
      else checked.add(item);
      return setChoose({ ...c, checked, error: undefined });
    }
    if (input === 'a') {
      const all = shown.every((k) => c.checked.has(k));
      const checked = new Set(c.checked);
      for (const k of shown) {
        if (all) checked.delete(k);
        else checked.add(k);
      }
      return setChoose({ ...c, checked, error: undefined });
    }
  };

  useKeys(
    (input, key) => {
      const p = phaseRef.current;
      if (p.kind === 'choose') return chooseKey(input, key);
      if (p.kind === 'failed') {
        if (key.escape || key.return || input === 'r') toChoice();
        if (input === '?') onHelp();
        return;
      }
      if (p.kind === 'findings') {
        const sorted = sortedFindings(p.outcome.report.findings);
        if (input === '?') return onHelp();
        if (input === 'c' || (key.return && sorted.length === 0)) return onAudited(p.outcome);
        if (key.escape) return toChoice();
        if (key.return) return setPhase({ kind: 'detail', outcome: p.outcome, cursor: p.cursor, scroll: 0 });
        const page = Math.max(1, bodyRows(height) - 4);
        const delta = key.upArrow || input === 'k' ? -1 : key.downArrow || input === 'j' ? 1 : key.pageUp ? -page : key.pageDown ? page : key.home ? -sorted.length : key.end ? sorted.length : 0;
        if (delta !== 0) setPhase({ ...p, cursor: moveCursor(p.cursor, delta, sorted.length) });
        return;
      }
      if (p.kind === 'detail') {
        const sorted = sortedFindings(p.outcome.report.findings);
        if (input === '?') return onHelp();
        if (key.escape || key.return || input === 'q') return setPhase({ kind: 'findings', outcome: p.outcome, cursor: p.cursor });
        if (key.rightArrow || input === 'n') return setPhase({ ...p, cursor: moveCursor(p.cursor, 1, sorted.length), scroll: 0 });
        if (key.leftArrow || input === 'p') return setPhase({ ...p, cursor: moveCursor(p.cursor, -1, sorted.length), scroll: 0 });
        const page = Math.max(1, bodyRows(height) - 2);
        const delta = key.upArrow || input === 'k' ? -1 : key.downArrow || input === 'j' ? 1 : key.pageUp ? -page : key.pageDown || input === ' ' ? page : 0;
        const finding = sorted[p.cursor];
        const last = finding === undefined ? 0 : Math.max(0, detailLines(p.outcome, finding, width - 1).length - (bodyRows(height) - 1));
        if (delta !== 0) setPhase({ ...p, scroll: Math.max(0, Math.min(last, p.scroll + delta)) });
      }
    },
    { isActive: active },
  );

  const body = bodyRows(height);
  const room = Math.max(10, width - 3);
  switch (phase.kind) {
    case 'loading':
      return (
        <ScreenFrame width={width} height={height} hints={[{ key: 'ctrl-c', label: 'save and quit' }]}>
          <Title>Audit the origin</Title>
          <Text> </Text>
          <Busy>Listing the origin’s keyspaces…</Busy>
        </ScreenFrame>
      );
    case 'running': {
      const c = choose;
      const chosen = c.keyspaces.filter((k) => c.checked.has(k));
      const log = c.log.values['queryLog'];
      return (
        <ScreenFrame width={width} height={height} hints={[{ key: 'ctrl-c', label: 'save and quit' }]}>
          <Title>Audit the origin</Title>
          <Text> </Text>
          <Busy>{`Auditing ${truncate(oneLine(chosen.join(', ')), Math.max(10, width - 40))}${log ? ` and ${oneLine(log)}` : ''}…`}</Busy>
        </ScreenFrame>
      );
    }
    case 'choose':
    case 'failed': {
      const c = choose;
      const shown = filtered(c.keyspaces, c.filter.value);
      const listHeight = Math.max(3, body - 8);
      const hints =
        c.focus === 'filter'
          ? [{ key: 'enter', label: 'done' }, { key: 'esc', label: 'clear filter' }]
          : c.focus === 'log'
            ? [{ key: 'enter', label: 'audit' }, { key: 'tab', label: 'keyspaces' }, { key: 'ctrl-g', label: 'help' }, { key: 'ctrl-c', label: 'quit' }]
            : [
                { key: 'enter', label: 'audit' },
                { key: 'space', label: 'choose' },
                { key: 'a', label: 'all' },
                { key: '/', label: 'filter' },
                { key: 'tab', label: 'query log' },
                { key: 'esc', label: 'back' },
                { key: '?', label: 'help' },
              ];
      return (
        <ScreenFrame width={width} height={height} hints={phase.kind === 'failed' ? [{ key: 'enter', label: 'back to the choice' }, { key: 'ctrl-c', label: 'quit' }] : hints}>
          <Title detail="choose what to audit">Audit the origin</Title>
          {props.connected !== undefined ? (
            <Text wrap="truncate-end">
              <Tinted tone="good">✔</Tinted> Connected: {oneLine(props.connected)}
            </Text>
          ) : null}
          <Text> </Text>
          <Text wrap="truncate-end">
            <Tinted tone={c.focus === 'list' ? 'strong' : 'plain'}>Keyspaces</Tinted>
            <Tinted tone="muted">{` · ${formatExact(c.checked.size)} chosen of ${formatExact(c.keyspaces.length)}`}</Tinted>
            {c.focus === 'filter' || c.filter.value !== '' ? (
              <Text>
                <Tinted tone="muted"> · filter </Tinted>
                <Tinted tone="accent">{`/${oneLine(c.filter.value)}`}</Tinted>
                {c.focus === 'filter' ? <Text inverse> </Text> : null}
              </Text>
            ) : null}
          </Text>
          <Checklist items={shown} checked={c.checked} cursor={c.cursor} focused={c.focus === 'list' && phase.kind === 'choose'} height={listHeight} width={width} />
          {c.error !== undefined ? <Problem lines={[c.error]} /> : null}
          <Text> </Text>
          <Form fields={[LOG_FIELD]} state={c.log} width={width} active={active && c.focus === 'log' && phase.kind === 'choose'} />
          {phase.kind === 'failed' ? (
            <Box marginTop={1} flexDirection="column">
              <Problem lines={wrapWords(oneLine(phase.message), room)} hint={phase.hint === undefined ? undefined : wrapWords(oneLine(phase.hint), room)} />
            </Box>
          ) : null}
        </ScreenFrame>
      );
    }
    case 'findings':
      return (
        <ScreenFrame
          width={width}
          height={height}
          hints={[
            { key: 'c', label: 'continue to the schema' },
            { key: 'enter', label: 'details' },
            { key: '↑↓', label: 'move' },
            { key: 'esc', label: 'back' },
            { key: '?', label: 'help' },
          ]}
        >
          <FindingsList outcome={phase.outcome} cursor={phase.cursor} width={width} height={body} />
        </ScreenFrame>
      );
    case 'detail':
      return (
        <ScreenFrame
          width={width}
          height={height}
          hints={[
            { key: 'esc', label: 'back to the list' },
            { key: '←→', label: 'previous/next' },
            { key: '↑↓', label: 'scroll' },
            { key: '?', label: 'help' },
          ]}
        >
          <FindingDetail outcome={phase.outcome} index={phase.cursor} scroll={phase.scroll} width={width} height={body} />
        </ScreenFrame>
      );
  }
}

const SEVERITY_TONE: Record<Finding['severity'], Tone> = { error: 'bad', warning: 'warn', info: 'accent' };

/** The headline of an audit: what was audited and the counts. */
export function auditHeadline(outcome: AuditOutcome): string {
  const s = outcome.report.summary;
  const active = sortedFindings(outcome.report.findings).length;
  const inputs = outcome.files.map((f) => oneLine(f.startsWith('origin:') ? f.slice(f.lastIndexOf('/') + 1) : basename(f)));
  const what = inputs.length === 0 ? 'nothing' : inputs.length <= 3 ? inputs.join(', ') : `${inputs.slice(0, 2).join(', ')} and ${inputs.length - 2} more`;
  if (active === 0) return `No findings in ${what}: ${formatExact(s.statements)} statements audited`;
  const count = (n: number, one: string, many: string): string => `${formatExact(n)} ${n === 1 ? one : many}`;
  return `${count(active, 'finding', 'findings')} in ${what}: ${count(s.errors, 'error', 'errors')}, ${count(s.warnings, 'warning', 'warnings')}, ${count(s.infos, 'info', 'infos')}`;
}

/** Props of {@link FindingsList}. */
export type FindingsListProps = {
  readonly outcome: AuditOutcome;
  /** Index of the finding under the cursor. */
  readonly cursor: number;
  readonly width: number;
  readonly height: number;
};

/**
 * The findings grouped by severity and topic, the one under the cursor marked; scrolled to keep
 * it in view.
 *
 * ```
 * ERROR · 1
 *   lwt · 1
 * ❯   KS3101  shop:12     Conditional writes cost more on Keyspaces…
 * ```
 */
export function FindingsList({ outcome, cursor, width, height }: FindingsListProps): ReactNode {
  const sorted = sortedFindings(outcome.report.findings);
  const rows = findingRows(sorted);
  const at = rows.findIndex((r) => r.kind === 'finding' && r.index === cursor);
  const listHeight = Math.max(1, height - 2);
  const start = windowStart(rows.length, Math.max(0, at), listHeight);
  const placeWidth = Math.min(18, maxOf(sorted.map((f) => shortPlace(f).length), 6));
  const messageWidth = Math.max(10, width - 1 - 4 - 6 - 2 - placeWidth - 2);
  const line = (row: FindingRow): ReactNode => {
    if (row.kind === 'severity') {
      return (
        <Tinted tone={SEVERITY_TONE[row.severity]} bold>
          {`${row.severity.toUpperCase()} · ${formatExact(row.count)}`}
        </Tinted>
      );
    }
    if (row.kind === 'topic') return <Tinted tone="muted">{`  ${oneLine(row.topic)} · ${formatExact(row.count)}`}</Tinted>;
    const here = row.index === cursor;
    const f = row.finding;
    return (
      <Text>
        <Tinted tone={here ? 'accent' : 'muted'}>{here ? '❯   ' : '    '}</Tinted>
        <Tinted tone={SEVERITY_TONE[f.severity]}>{fit(f.ruleId, 6)}</Tinted>
        {'  '}
        <Tinted tone="muted">{fit(shortPlace(f), placeWidth)}</Tinted>
        {'  '}
        <Tinted tone={here ? 'strong' : 'plain'}>{truncate(oneLine(f.message), messageWidth)}</Tinted>
      </Text>
    );
  };
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Tinted tone="strong">{auditHeadline(outcome)}</Tinted>
      </Text>
      <Text> </Text>
      {rows.slice(start, start + listHeight).map((row, i) => (
        <Text key={start + i} wrap="truncate-end">
          {line(row)}
        </Text>
      ))}
    </Box>
  );
}

/** The lines of a finding's details. */
export function detailLines(outcome: AuditOutcome, finding: Finding, width: number): Line[] {
  const rule = ruleOf(finding, outcome.rules);
  const lines: Line[] = [
    { text: `${finding.ruleId} ${oneLine(finding.rule)} · ${finding.severity} · ${finding.topics.map(oneLine).join(', ')}`, tone: SEVERITY_TONE[finding.severity], bold: true },
    ...(rule !== undefined ? wrapped(oneLine(rule.title), width, 0, 'strong') : []),
    { text: '' },
    ...wrapped(oneLine(finding.message), width),
    { text: `at ${oneLine(finding.file)}:${finding.line}:${finding.column}${finding.count !== undefined && finding.count > 1 ? ` · ${formatExact(finding.count)} times in the log` : ''}`, tone: 'muted' },
    { text: '' },
    ...codeFrame(finding, outcome.sources).map((text): Line => ({ text: `  ${text}`, tone: /│ *\^+$/.test(text) ? 'bad' : 'plain' })),
  ];
  for (const section of docSections(rule?.docs ?? '')) {
    lines.push({ text: '' }, { text: oneLine(section.title), bold: true });
    for (const p of section.paragraphs) appendAll(lines, wrapped(oneLine(p), width, 2));
  }
  if (finding.help !== '') appendAll(lines, [{ text: '' }, { text: 'Help', bold: true }, ...wrapped(oneLine(finding.help), width, 2)]);
  return lines;
}

/** Props of {@link FindingDetail}. */
export type FindingDetailProps = {
  readonly outcome: AuditOutcome;
  /** Index of the finding among the sorted findings. */
  readonly index: number;
  /** First line shown. */
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
};

/** A finding in full: its rule, message and place, the code frame, the rule's why and what to do, the help. */
export function FindingDetail({ outcome, index, scroll, width, height }: FindingDetailProps): ReactNode {
  const sorted = sortedFindings(outcome.report.findings);
  const finding = sorted[index];
  if (finding === undefined) return <Text> </Text>;
  const lines = detailLines(outcome, finding, width - 1);
  const room = Math.max(1, height - 1);
  const start = Math.max(0, Math.min(scroll, lines.length - room));
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Tinted tone="muted">{`Finding ${index + 1} of ${sorted.length}${lines.length > room ? ` · lines ${start + 1}–${Math.min(lines.length, start + room)} of ${lines.length}` : ''}`}</Tinted>
      </Text>
      <Lines lines={lines} start={start} height={room} />
    </Box>
  );
}
