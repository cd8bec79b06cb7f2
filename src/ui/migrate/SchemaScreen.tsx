import { useEffect, useMemo, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { CapacityMode } from '../../convert/target-schema.js';
import { AWS_REGION_NAME } from '../../keyspaces/regions.js';
import type { AuditOutcome } from '../../workflows/audit.js';
import type { CostEstimate } from '../../workflows/migrate.js';
import { oneLine } from '../escape.js';
import { fit, formatExact, truncate, wrapWords } from '../format.js';
import { Tinted } from '../theme.js';
import { Busy, Problem } from './Busy.js';
import { Title } from './Chrome.js';
import { problemOf, type MigrationDriver } from './driver.js';
import { bodyRows, ScreenFrame } from './Frame.js';
import { capacityText, costText, parseReadWrite, schemaRows, type SchemaRow } from './schema-view.js';
import { atEnd, editText, visiblePart, type TextEdit } from './text-edit.js';
import { useKeys } from './use-keys.js';
import { useStateRef } from './use-state-ref.js';

/** Props of {@link SchemaScreen}. */
export type SchemaScreenProps = {
  readonly driver: MigrationDriver;
  readonly width: number;
  readonly height: number;
  readonly active: boolean;
  readonly cwd: string;
  /** The audit (absent on a resumed run: it runs again). */
  readonly outcome: AuditOutcome | undefined;
  readonly onHelp: () => void;
  /** The conversion ran again (Regions or capacity changed): the audit's new outcome. */
  readonly onOutcome: (outcome: AuditOutcome) => void;
  readonly onBack: () => void;
  readonly onAccepted: () => void;
};

type Editing = { field: 'regions' | 'capacity' | 'keyspace'; edit: TextEdit; error?: string | undefined };
type Cost = { kind: 'loading' } | { kind: 'ready'; estimate: CostEstimate } | { kind: 'failed'; message: string };

/** What to type when a value is being changed. */
const EDIT_HINTS: Record<Editing['field'], string> = {
  regions: 'AWS Regions, comma-separated: one is a single-Region keyspace, two or more a multi-Region one; empty: the target’s',
  capacity: 'read:write capacity units per second, for each table (e.g. 100:50)',
  keyspace: 'the keyspace’s name on the target; empty: the origin’s',
};

/** Lines above the diff: title, Regions, capacity, keyspace, cost, blank. */
const OPTION_LINES = 6;

/**
 * Step 3: the schema. The origin's DDL beside the Keyspaces DDL, object by object, with what the
 * conversion removed and changed and the converter's notes; the Regions, the capacity mode and
 * the target keyspace's name can be changed here (the conversion runs again), and the monthly
 * cost of the choice is shown as far as the origin's sizes and the query log tell it.
 */
export function SchemaScreen(props: SchemaScreenProps): ReactNode {
  const { driver, width, height, active, onHelp, onBack, onAccepted } = props;
  const [outcome, setOutcome, outcomeRef] = useStateRef<AuditOutcome | undefined>(props.outcome);
  const [busy, setBusy, busyRef] = useStateRef<string | undefined>(props.outcome === undefined ? 'Auditing the origin again…' : undefined);
  const [failure, setFailure] = useStateRef<{ message: string; hint: string | undefined } | undefined>(undefined);
  const [editing, setEditing, editingRef] = useStateRef<Editing | undefined>(undefined);
  const [scroll, setScroll, scrollRef] = useStateRef(0);
  const [cost, setCost] = useStateRef<Cost>({ kind: 'loading' });
  const [version, setVersion, versionRef] = useStateRef(0);

  const convert = (change: { regions?: string[]; capacity?: CapacityMode | undefined }, label: string): void => {
    setBusy(label);
    setFailure(undefined);
    driver
      .audit({
        keyspaces: driver.state.keyspaces,
        queryLog: driver.state.queryLog,
        regions: change.regions ?? driver.state.regions,
        capacity: 'capacity' in change ? change.capacity : driver.state.capacity,
        cwd: props.cwd,
      })
      .then(
        (next) => {
          setOutcome(next);
          props.onOutcome(next);
          setBusy(undefined);
          setVersion(versionRef.current + 1);
        },
        (error: unknown) => {
          setBusy(undefined);
          setFailure(problemOf(error));
        },
      );
  };

  // A resumed run has no audit in memory: run it again.
  useEffect(() => {
    if (outcomeRef.current === undefined) convert({}, 'Auditing the origin again…');
  }, []);

  // The cost of the choice, whenever the conversion changes.
  const tables = outcome?.targetSchema?.tables ?? 0;
  const regionsKey = driver.state.regions.join(',');
  useEffect(() => {
    if (outcome === undefined) return;
    let live = true;
    setCost({ kind: 'loading' });
    driver.estimate(driver.state.regions, tables).then(
      (estimate) => live && setCost({ kind: 'ready', estimate }),
      (error: unknown) => live && setCost({ kind: 'failed', message: problemOf(error).message }),
    );
    return () => {
      live = false;
    };
  }, [regionsKey, tables, outcome === undefined]);

  const review = useMemo(() => (outcome === undefined ? undefined : driver.reviewSchema(outcome)), [outcome, driver.state.targetKeyspace, version]);
  const rows = useMemo(() => (review === undefined ? [] : schemaRows(review.objects, width)), [review, width]);
  const listHeight = Math.max(3, bodyRows(height) - OPTION_LINES);
  const maxScroll = Math.max(0, rows.length - listHeight);
  const oneKeyspace = driver.state.keyspaces.length === 1;

  const apply = (e: Editing): void => {
    const text = e.edit.value.trim();
    if (e.field === 'regions') {
      const regions = text === '' ? [] : text.split(/[\s,]+/).filter((r) => r !== '');
      const bad = regions.find((r) => !AWS_REGION_NAME.test(r));
      if (bad !== undefined) return setEditing({ ...e, error: `${bad} is not an AWS Region name (us-east-1, eu-west-1, …)` });
      setEditing(undefined);
      convert({ regions }, 'Converting the schema for the new Regions…');
    } else if (e.field === 'capacity') {
      const rw = parseReadWrite(text);
      if (rw === undefined) return setEditing({ ...e, error: 'read:write capacity units per second, two whole numbers, e.g. 100:50' });
      setEditing(undefined);
      convert({ capacity: { mode: 'provisioned', readCapacityUnits: rw.read, writeCapacityUnits: rw.write } }, 'Converting the schema for provisioned capacity…');
    } else {
      driver.chooseTargetKeyspace(text === '' ? undefined : text).then(
        () => {
          setEditing(undefined);
          setVersion(versionRef.current + 1);
        },
        (error: unknown) => setEditing({ ...e, error: problemOf(error).message }),
      );
    }
  };

  useKeys(
    (input, key) => {
      if (busyRef.current !== undefined) return;
      const e = editingRef.current;
      if (e !== undefined) {
        if (key.escape) return setEditing(undefined);
        if (key.return) return apply(e);
        const edited = editText(e.edit, input, key);
        if (edited !== undefined) setEditing({ ...e, edit: edited, error: undefined });
        return;
      }
      if (input === '?') return onHelp();
      if (key.escape) return onBack();
      if (outcomeRef.current === undefined) {
        if (input === 'r') convert({}, 'Auditing the origin again…');
        return;
      }
      if (key.return || input === 'c') return onAccepted();
      if (input === 'r') return setEditing({ field: 'regions', edit: atEnd(driver.state.regions.join(', ')) });
      if (input === 'm') {
        const capacity = driver.state.capacity;
        if (capacity !== undefined && capacity.mode === 'provisioned') return convert({ capacity: { mode: 'on-demand' } }, 'Converting the schema for on-demand capacity…');
        return setEditing({ field: 'capacity', edit: atEnd('100:100') });
      }
      if (input === 'w' && driver.state.capacity?.mode === 'provisioned') {
        const c = driver.state.capacity;
        return setEditing({ field: 'capacity', edit: atEnd(`${c.readCapacityUnits}:${c.writeCapacityUnits}`) });
      }
      if (input === 'k' && oneKeyspace) return setEditing({ field: 'keyspace', edit: atEnd(driver.state.targetKeyspace ?? driver.state.keyspaces[0] ?? '') });
      const page = Math.max(1, listHeight - 1);
      const at = scrollRef.current;
      if (key.upArrow) return setScroll(Math.max(0, at - 1));
      if (key.downArrow) return setScroll(Math.min(maxScroll, at + 1));
      if (key.pageUp) return setScroll(Math.max(0, at - page));
      if (key.pageDown || input === ' ') return setScroll(Math.min(maxScroll, at + page));
      if (key.home) return setScroll(0);
      if (key.end) return setScroll(maxScroll);
      if (input === ']' || input === '[') {
        // Objects start at their heading (the bold line).
        const headings = rows.flatMap((r, i) => (r.kind === 'line' && r.bold === true ? [i] : []));
        const target = input === ']' ? headings.find((i) => i > at) : [...headings].reverse().find((i) => i < at);
        if (target !== undefined) setScroll(Math.min(maxScroll, target));
      }
    },
    { isActive: active },
  );

  const hints = editing !== undefined
    ? [{ key: 'enter', label: 'apply' }, { key: 'esc', label: 'cancel' }]
    : busy !== undefined
      ? [{ key: 'ctrl-c', label: 'save and quit' }]
      : outcome === undefined
        ? [{ key: 'r', label: 'audit again' }, { key: 'esc', label: 'back' }, { key: 'ctrl-c', label: 'quit' }]
        : [
            { key: 'enter', label: 'accept' },
            { key: 'r', label: 'Regions' },
            { key: 'm', label: 'capacity' },
            ...(driver.state.capacity?.mode === 'provisioned' ? [{ key: 'w', label: 'read:write' }] : []),
            ...(oneKeyspace ? [{ key: 'k', label: 'keyspace' }] : []),
            { key: 'esc', label: 'back' },
            { key: '?', label: 'help' },
            { key: '↑↓ [ ]', label: 'scroll' },
          ];
  const counts = review === undefined ? '' : `${formatExact(review.keyspaces)} ${review.keyspaces === 1 ? 'keyspace' : 'keyspaces'}, ${formatExact(review.tables)} ${review.tables === 1 ? 'table' : 'tables'}${review.types > 0 ? `, ${formatExact(review.types)} types` : ''}${review.omitted > 0 ? `, ${formatExact(review.omitted)} left out` : ''}`;
  const gutter = 11;
  const valueWidth = Math.max(10, width - 1 - 2 - gutter);
  const from = driver.state.keyspaces[0] ?? '';
  const option = (label: string, value: ReactNode, field?: Editing['field']): ReactNode => {
    const e = editing !== undefined && editing.field === field ? editing : undefined;
    return (
      <Text wrap="truncate-end">
        {'  '}
        <Tinted tone={e !== undefined ? 'accent' : 'muted'}>{fit(label, gutter)}</Tinted>
        {e !== undefined ? <EditValue edit={e.edit} width={valueWidth} /> : value}
      </Text>
    );
  };
  const start = Math.min(scroll, maxScroll);
  const costWords = cost.kind === 'ready' ? wrapWords(costText(cost.estimate, driver.state.capacity), valueWidth) : [];
  const costLines = costWords.length <= 2 ? costWords : [costWords[0] ?? '', truncate(costWords.slice(1).join(' '), valueWidth)];
  return (
    <ScreenFrame width={width} height={height} hints={hints}>
      <Title detail={counts === '' ? undefined : counts}>Review the Keyspaces schema</Title>
      {option('Regions', driver.state.regions.length === 0 ? <Tinted tone="muted">the target’s Region (single-Region keyspace)</Tinted> : <Text>{oneLine(driver.state.regions.join(', '))}</Text>, 'regions')}
      {option('Capacity', <Text>{capacityText(driver.state.capacity)}</Text>, 'capacity')}
      {option(
        'Keyspace',
        oneKeyspace ? (
          driver.state.targetKeyspace !== undefined ? <Text>{`${oneLine(from)} → ${oneLine(driver.state.targetKeyspace)}`}</Text> : <Text>{`${oneLine(from)} `}<Tinted tone="muted">(same name on the target)</Tinted></Text>
        ) : (
          <Tinted tone="muted">{truncate(`${driver.state.keyspaces.map(oneLine).join(', ')} (same names on the target)`, valueWidth)}</Tinted>
        ),
        'keyspace',
      )}
      {option(
        'Cost',
        cost.kind === 'loading' ? <Tinted tone="muted">estimating…</Tinted> : cost.kind === 'failed' ? <Tinted tone="muted">{truncate(`not available: ${oneLine(cost.message)}`, valueWidth)}</Tinted> : <Text>{costLines[0]}</Text>,
      )}
      {editing?.error !== undefined ? (
        <Problem lines={[truncate(oneLine(editing.error), width - 4)]} />
      ) : editing !== undefined ? (
        <Tinted tone="muted">{truncate(`  ${EDIT_HINTS[editing.field]}`, width - 1)}</Tinted>
      ) : costLines[1] !== undefined ? (
        // A cost too long for one line goes on in the blank line below the options.
        <Text wrap="truncate-end">{`${' '.repeat(2 + gutter)}${costLines[1]}`}</Text>
      ) : (
        <Text> </Text>
      )}
      {busy !== undefined ? (
        <Busy>{busy}</Busy>
      ) : failure !== undefined ? (
        <Problem lines={wrapWords(oneLine(failure.message), width - 4)} hint={failure.hint === undefined ? undefined : wrapWords(oneLine(failure.hint), width - 4)} />
      ) : (
        <SchemaRows rows={rows} start={start} height={listHeight} width={width} />
      )}
    </ScreenFrame>
  );
}

function EditValue({ edit, width }: { edit: TextEdit; width: number }): ReactNode {
  const part = visiblePart({ value: oneLine(edit.value), cursor: edit.cursor }, width);
  return (
    <Text>
      {part.before}
      <Text inverse>{part.under}</Text>
      {part.after}
    </Text>
  );
}

/** Props of {@link SchemaRows}. */
export type SchemaRowsProps = {
  readonly rows: readonly SchemaRow[];
  readonly start: number;
  readonly height: number;
  readonly width: number;
};

/** The review's rows in a window: column titles (side by side), the rows, where the window is. */
export function SchemaRows({ rows, start, height, width }: SchemaRowsProps): ReactNode {
  const sideBySide = rows.some((r) => r.kind === 'pair');
  const half = Math.floor((width - 1 - 3) / 2);
  const room = Math.max(1, height - (sideBySide ? 1 : 0) - 1);
  const shown = rows.slice(start, start + room);
  return (
    <Box flexDirection="column">
      {sideBySide ? (
        <Text wrap="truncate-end">
          <Tinted tone="muted">{fit('origin · Cassandra', half)}</Tinted>
          <Tinted tone="muted"> │ </Tinted>
          <Tinted tone="muted">{fit('target · Amazon Keyspaces', half)}</Tinted>
        </Text>
      ) : null}
      {shown.map((row, i) =>
        row.kind === 'line' ? (
          <Text key={start + i} wrap="truncate-end">
            <Tinted tone={row.tone} bold={row.bold}>{row.text === '' ? ' ' : row.text}</Tinted>
          </Text>
        ) : (
          <Text key={start + i} wrap="truncate-end">
            <Tinted tone={row.left.tone}>{fit(row.left.text, half)}</Tinted>
            <Tinted tone="muted"> │ </Tinted>
            <Tinted tone={row.right.tone}>{truncate(row.right.text, half)}</Tinted>
          </Text>
        ),
      )}
      <Text wrap="truncate-end">
        <Tinted tone="muted">{rows.length > room ? `lines ${start + 1}–${Math.min(rows.length, start + room)} of ${rows.length}` : ' '}</Tinted>
      </Text>
    </Box>
  );
}
