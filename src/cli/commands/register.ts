import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/**
 * A command module adds its subcommand to `program`; its action calls `done(exitCode)` once it
 * finishes (throwing a KsmigError instead is fine: `run()` maps it to its exit code).
 */
export type RegisterCommand = (program: Command, io: CliIO, done: (exitCode: number) => void) => void;
