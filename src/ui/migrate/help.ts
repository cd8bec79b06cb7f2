/** What `?` shows on each screen of the migration: what the step does, and its keys. */
import type { KeyHint } from '../components/KeyHints.js';
import type { Screen } from './steps.js';

/** The help of one screen. */
export interface ScreenHelp {
  about: string[];
  keys: KeyHint[];
}

/** Keys that work on every screen. */
export const GLOBAL_KEYS: KeyHint[] = [
  { key: '?', label: 'this help (ctrl-g while typing in a field)' },
  { key: 'esc', label: 'back: to the previous part of the step, or the previous step until the schema is applied' },
  { key: 'ctrl-c', label: 'save where the migration stands and quit; ksmig migrate --resume continues there' },
];

const FORM_KEYS: KeyHint[] = [
  { key: 'tab ↓ / shift-tab ↑', label: 'next / previous field' },
  { key: 'space ←/→', label: 'toggle a yes/no field, change a choice' },
  { key: '← → home end', label: 'move in a text field; ctrl-u clears it' },
];

export const HELP: Record<Screen | 'resume', ScreenHelp> = {
  resume: {
    about: ['This migration was stopped; it continues at the step shown. Passwords are never saved, so they are asked for again.'],
    keys: [{ key: 'enter', label: 'continue' }],
  },
  connect: {
    about: [
      'The origin is the Cassandra cluster the data comes from. Enter tests the connection and lists its keyspaces.',
      'Everything but the password is remembered in the config file (ksmig.config.yaml) for the next run.',
    ],
    keys: [{ key: 'enter', label: 'test the connection and go on' }, ...FORM_KEYS],
  },
  audit: {
    about: [
      'The live schema of the chosen keyspaces (and the query log, if you give one) is checked against what Amazon Keyspaces supports.',
      'Findings are grouped by severity (error: fails or loses data; warning: behaves differently or costs more; info: worth knowing) and topic.',
    ],
    keys: [
      { key: 'space / a', label: 'choose a keyspace / all of them' },
      { key: '/', label: 'filter the keyspaces by name' },
      { key: 'tab', label: 'to the query log field and back' },
      { key: 'enter', label: 'run the audit; in the findings, a finding’s details' },
      { key: '← →', label: 'previous / next finding in the details' },
      { key: 'c', label: 'continue to the schema' },
    ],
  },
  schema: {
    about: [
      'Left, the origin’s DDL; right (or below, on a narrow terminal), the DDL Keyspaces gets. Lines marked - are removed, + are added; the notes say why.',
      'Changing the Regions or the capacity mode converts the schema again. Nothing is created until the next step.',
      'Cost: storage from the origin’s table sizes; request costs need a query log with timestamps; provisioned capacity is billed per table and hour.',
    ],
    keys: [
      { key: 'r', label: 'Regions: one (single-Region keyspace) or more (multi-Region)' },
      { key: 'm / w', label: 'on-demand ↔ provisioned / its read:write units per table' },
      { key: 'k', label: 'the name of the keyspace on the target' },
      { key: '↑↓ pgup pgdn [ ]', label: 'scroll; jump to the previous / next object' },
      { key: 'enter', label: 'accept the schema' },
    ],
  },
  target: {
    about: [
      'The target is Amazon Keyspaces (or ksmig emulate, or a Cassandra with auth none). SigV4 takes AWS credentials from the environment, a profile or SSO.',
      'Once connected, the schema is created after you confirm; the statements use IF NOT EXISTS, so applying again is safe.',
    ],
    keys: [{ key: 'enter', label: 'test the connection; then create the schema' }, ...FORM_KEYS],
  },
  copy: {
    about: [
      'Every chosen table is copied token range by token range; each finished range is saved in a checkpoint, so a stopped copy resumes where it stood.',
      'The rate limit is in write capacity units per second; without one the copy goes as fast as the target takes it and slows down when throttled.',
    ],
    keys: [
      { key: 'space / a', label: 'choose a table / all or none' },
      { key: 'tab', label: 'to the rate field' },
      { key: 'enter', label: 'start the copy' },
      { key: 'p  + -  q', label: 'while copying: pause, rate ±10%, stop (? shows the copy’s own keys)' },
    ],
  },
  verify: {
    about: ['Both sides are read and compared row by row; then the query log, if one was given, is replayed on both sides and the answers compared.'],
    keys: [{ key: 'q  d  r', label: 'while verifying: stop, show differences, show queries' }, { key: 'enter', label: 'when done: write the report' }],
  },
  report: {
    about: ['The report (Markdown and JSON) sums up the audit, the schema, the copy and the verification.'],
    keys: [{ key: 'enter', label: 'finish' }],
  },
};
