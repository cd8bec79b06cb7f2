/**
 * The audit of streamed inputs (files, standard input, a live cluster's rendered schema): the same
 * report as `auditSources` (audit.ts) gives for the same texts, read a window of statements at a
 * time. ANTLR is loaded only when a statement needs it (src/cql/antlr.ts): the audit of a schema the
 * parser's fast path reads whole never loads it.
 */
import type { StatementLimits } from '../cql/limits.js';
import { parseScriptOnDemand } from '../cql/parse-on-demand.js';
import { ScriptReader, type ScriptWindow } from '../cql/script-reader.js';
import { KsmigError } from '../shared/errors.js';
import { UnreadableInputError } from '../sources/source-text.js';
import type { AuditInput, AuditOptions, SchemaInputs } from './audit.js';
import { AuditRun, SchemaPass, shapeText, SourceAudit, type SchemaRead } from './run.js';
import type { AuditReport } from './types.js';

/**
 * Audits streamed inputs, as `auditSources` audits texts: each input is read twice, a window of
 * statements at a time. An input that cannot be read or decoded is a KS0002 finding and has no
 * other; `options.signal` stops the audit with an `interrupted` KsmigError.
 */
export async function auditInputs(inputs: readonly AuditInput[], options: AuditOptions = {}): Promise<{ report: AuditReport; schema?: SchemaInputs }> {
  const run = new AuditRun(options);
  const limits = run.limits;
  const read: Array<{ input: AuditInput; read: SchemaRead; kept: ScriptWindow[] | undefined }> = [];
  let retained = 0;
  for (const input of inputs) {
    const pass = new SchemaPass(input.file, input.kind ?? 'script', run, input.preparedFrom);
    // Small inputs keep their windows for the audit pass rather than being read and lexed again.
    let kept: ScriptWindow[] | undefined = input.kind === 'schema-only' ? undefined : [];
    try {
      for await (const window of windows(input, limits, options.signal)) {
        pass.window(window);
        if (kept === undefined) continue;
        retained += window.text.length;
        if (retained <= RETAINED_TEXT) kept.push(window);
        else kept = undefined;
      }
    } catch (e) {
      if (!(e instanceof UnreadableInputError)) throw e;
      run.addUnreadable({ file: input.file, reason: e.reason });
      continue;
    }
    run.addSchema(pass.read);
    read.push({ input, read: pass.read, kept });
  }
  run.schemaDone();
  for (const { input, read: r, kept } of read) {
    if (r.kind === 'schema-only') continue;
    const audit = new SourceAudit(run, r);
    if (kept !== undefined) {
      for (const window of kept) audit.window(window);
      continue;
    }
    try {
      for await (const window of windows(input, limits, options.signal)) audit.window(window);
    } catch (e) {
      if (!(e instanceof UnreadableInputError)) throw e;
      // Read once already: it changed or went away between the two readings.
      run.addUnreadable({ file: input.file, reason: e.reason });
    }
  }
  run.addInputsOfOptions();
  let n = 0;
  for (const shape of options.logShapes ?? []) {
    // Shapes are audited in turns, so a signal is heard however many there are.
    if (++n % 256 === 0) await checkpoint(options.signal);
    run.auditLogShape(shape, await parseScriptOnDemand(shapeText(shape), limits));
  }
  const report = run.report();
  return options.collectSchema === true ? { report, schema: run.schemaInputs() } : { report };
}

/**
 * Text of all inputs together whose windows the schema pass keeps for the audit pass (a window's
 * worth, lexed: about 15 MB at most); larger inputs are read a second time instead, a window at a time.
 */
const RETAINED_TEXT = 256 * 1024;

async function* windows(input: AuditInput, limits: Partial<StatementLimits> | undefined, signal: AbortSignal | undefined): AsyncGenerator<ScriptWindow> {
  const reader = new ScriptReader(limits);
  for await (const text of input.read()) {
    throwIfInterrupted(signal);
    for (const w of await reader.pushAsync(text)) yield w;
  }
  for (const w of await reader.endAsync()) yield w;
}

async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  throwIfInterrupted(signal);
}

function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new KsmigError('interrupted', 'KSMIG_INTERRUPTED', 'the audit was interrupted');
}
