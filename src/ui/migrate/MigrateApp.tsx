import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import type { AuditOutcome } from '../../workflows/audit.js';
import { wrapWords } from '../format.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { Tinted } from '../theme.js';
import { AuditScreen } from './AuditScreen.js';
import { StepHeader } from './Chrome.js';
import { ConnectScreen } from './ConnectScreen.js';
import { CopyScreen } from './CopyScreen.js';
import type { MigrationDriver } from './driver.js';
import { HelpPanel } from './HelpPanel.js';
import { ReportScreen } from './ReportScreen.js';
import { ResumeScreen } from './ResumeScreen.js';
import { SchemaScreen } from './SchemaScreen.js';
import { SCREEN_TITLES, screenOf, stepOf, type Screen } from './steps.js';
import { TargetScreen } from './TargetScreen.js';
import { VerifyScreen } from './VerifyScreen.js';
import { KeyRouterContext, splitKeys, type KeyRouter } from './use-keys.js';
import { useStateRef } from './use-state-ref.js';

/** How the migration ended: the exit code, and the lines to print once the screen is left. */
export interface MigrationExit {
  code: number;
  lines: string[];
}

/** The smallest terminal the screens fit in. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;

/** Props of {@link MigrateApp}. */
export type MigrateAppProps = {
  readonly driver: MigrationDriver;
  /** Directory paths typed in the forms are relative to. */
  readonly cwd: string;
  /** The migration was resumed (`--resume`): it starts with where it stands and the passwords. */
  readonly resumed: boolean;
  /** The command that continues this migration, for the words printed on quitting. */
  readonly resumeCommand: string;
  /** Aborted by SIGINT/SIGTERM: like Ctrl-C. */
  readonly interrupt?: AbortSignal | undefined;
  readonly columns?: number | undefined;
  readonly rows?: number | undefined;
  /** Minimum milliseconds between two frames of the live copy and verify views (tests: 0). */
  readonly frameMs?: number | undefined;
  /** Called once, when the migration ends (finished or quit); the app then exits. */
  readonly onExit: (exit: MigrationExit) => void;
};

/**
 * The interactive migration (`ksmig migrate`): one screen at a time under a step indicator,
 * each with its keys in a footer and `?` for help. Connect → audit → schema → target and apply →
 * copy → verify → report. Ctrl-C (or a signal) on any screen saves where the migration stands —
 * a running copy first stops at a safe point and saves its checkpoint — and ends with exit 4.
 */
export function MigrateApp({ driver, cwd, resumed, resumeCommand, interrupt, columns, rows, frameMs, onExit }: MigrateAppProps): ReactNode {
  const { exit } = useApp();
  const size = useTerminalSize({ columns, rows });
  const [screen, setScreen, screenRef] = useStateRef<Screen | 'resume'>(resumed ? 'resume' : screenOf(driver.state.step));
  const [help, setHelp, helpRef] = useStateRef(false);
  const [quitting, setQuitting, quittingRef] = useStateRef(false);
  const router = useRef<KeyRouter>({ current: undefined }).current;
  const [connected, setConnected] = useState<{ keyspaces: string[]; detail: string } | undefined>(undefined);
  const [outcome, setOutcome] = useState<AuditOutcome | undefined>(undefined);
  const [showFindings, setShowFindings] = useState(false);
  const stopRef = useRef<(() => Promise<void>) | undefined>(undefined);
  const ended = useRef(false);
  // Running copy and verify views have keys (and a help) of their own.
  const [, setLiveView, liveViewRef] = useStateRef(false);

  const finish = (result: MigrationExit): void => {
    if (ended.current) return;
    ended.current = true;
    onExit(result);
    exit();
  };

  const go = (next: Screen): void => {
    setHelp(false);
    setScreen(next);
    void driver.advance(stepOf(next)).catch(() => undefined);
  };

  const quit = (): void => {
    if (quittingRef.current || ended.current) return;
    setQuitting(true);
    setHelp(false);
    const stop = stopRef.current;
    void (async () => {
      await stop?.().catch(() => undefined);
      await driver.save().catch(() => undefined);
      const at = screenRef.current === 'resume' ? screenOf(driver.state.step) : screenRef.current;
      const passwords = driver.state.origin?.username !== undefined || (driver.state.target !== undefined && driver.state.target.auth !== 'sigv4' && driver.state.target.username !== undefined);
      finish({
        code: 4,
        lines: [
          `ksmig: the migration is saved at the ${SCREEN_TITLES[at]} step (${driver.dir})${at === 'copy' && driver.state.copyStarted === true ? '; the copy keeps its checkpoint' : ''}.`,
          `  continue with: ${resumeCommand}${passwords ? ' (passwords are asked for again: they are never saved)' : ''}`,
        ],
      });
    })();
  };

  useEffect(() => {
    if (interrupt === undefined) return;
    if (interrupt.aborted) quit();
    const onAbort = (): void => quit();
    interrupt.addEventListener('abort', onAbort);
    return () => interrupt.removeEventListener('abort', onAbort);
  });

  // Every key comes here first (this listener lives as long as the app); what is not the app's goes
  // to the screen that has the keys now.
  useInput((raw, rawKey) => {
    for (const { input, key } of splitKeys(raw, rawKey)) {
      if (key.ctrl && input === 'c') quit();
      else if (quittingRef.current) continue;
      else if (key.ctrl && input === 'g' && !liveViewRef.current) setHelp(!helpRef.current);
      else if (helpRef.current) {
        if (key.escape || key.return || input === '?' || input === 'q') setHelp(false);
      } else router.current?.(input, key);
    }
  });

  const registerStop = (stop: (() => Promise<void>) | undefined): void => {
    stopRef.current = stop;
    setLiveView(stop !== undefined);
  };

  const width = size.columns;
  const totalRows = size.rows ?? 24;
  const tooSmall = width < MIN_COLUMNS || totalRows < MIN_ROWS;
  // The frame stays one row short of the terminal (Ink redraws everything when it fills it).
  const height = Math.max(4, totalRows - 3);
  const active = !help && !quitting && !tooSmall;
  const onHelp = (): void => setHelp(true);
  const common = { driver, width, height, active, onHelp };

  let body: ReactNode;
  switch (screen) {
    case 'resume':
      body = <ResumeScreen {...common} onContinue={() => go(screenOf(driver.state.step))} />;
      break;
    case 'connect':
      body = (
        <ConnectScreen
          {...common}
          note={driver.archived !== undefined ? `The unfinished migration that was here is kept in ${driver.archived}.` : undefined}
          onConnected={(result) => {
            setConnected(result);
            setOutcome(undefined);
            go('audit');
          }}
        />
      );
      break;
    case 'audit':
      body = (
        <AuditScreen
          {...common}
          cwd={cwd}
          keyspaces={connected?.keyspaces}
          connected={connected?.detail}
          outcome={showFindings ? outcome : undefined}
          onBack={() => go('connect')}
          onAudited={(o) => {
            setOutcome(o);
            setShowFindings(false);
            go('schema');
          }}
        />
      );
      break;
    case 'schema':
      body = (
        <SchemaScreen
          {...common}
          cwd={cwd}
          outcome={outcome}
          onOutcome={setOutcome}
          onBack={() => {
            setShowFindings(outcome !== undefined);
            go('audit');
          }}
          onAccepted={() => go('target')}
        />
      );
      break;
    case 'target':
      body = <TargetScreen {...common} onBack={() => go('schema')} onApplied={() => void driver.advance('copy').catch(() => undefined)} onDone={() => go('copy')} />;
      break;
    case 'copy':
      body = <CopyScreen {...common} frameMs={frameMs} registerStop={registerStop} onDone={() => go('verify')} />;
      break;
    case 'verify':
      body = <VerifyScreen {...common} cwd={cwd} frameMs={frameMs} registerStop={registerStop} onDone={() => go('report')} />;
      break;
    case 'report':
      body = <ReportScreen {...common} onFinish={(code, lines) => void driver.advance('done').then(() => finish({ code, lines }), () => finish({ code, lines }))} />;
      break;
  }

  return (
    <KeyRouterContext.Provider value={router}>
      <Box flexDirection="column" width={width - 1}>
        {quitting ? (
          <Text wrap="truncate-end">
            <Tinted tone="strong">ksmig migrate</Tinted>
            <Tinted tone="warn">{stopRef.current !== undefined ? ' · stopping at a safe point and saving the checkpoint…' : ' · saving where the migration stands…'}</Tinted>
          </Text>
        ) : (
          <StepHeader screen={screen === 'resume' ? screenOf(driver.state.step) : screen} width={width} />
        )}
        <Text> </Text>
        {tooSmall ? wrapWords(`The terminal is too small: ${MIN_COLUMNS}×${MIN_ROWS} at least (now ${width}×${totalRows}).`, width - 1).map((line, i) => <Text key={i}>{line}</Text>) : null}
        <Box display={help || tooSmall ? 'none' : 'flex'} flexDirection="column">
          {body}
        </Box>
        {help && !tooSmall ? <HelpPanel screen={screen} width={width} height={height} /> : null}
      </Box>
    </KeyRouterContext.Provider>
  );
}
