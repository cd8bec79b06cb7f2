import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { register as audit } from './audit.js';
import { register as demo } from './demo.js';
import { register as local } from './local.js';
import { register as emulate } from './emulate.js';
import { register as rules } from './rules.js';
import { register as schema } from './schema.js';

/**
 * A command module adds its subcommand to `program`; its action calls `done(exitCode)` once it
 * finishes (throwing a KsmigError instead is fine: `run()` maps it to its exit code).
 */
export type RegisterCommand = (program: Command, io: CliIO, done: (exitCode: number) => void) => void;

/** Every top-level command, in the order `ksmig --help` lists them. */
export const commands: RegisterCommand[] = [audit, rules, schema, local, emulate, demo];
