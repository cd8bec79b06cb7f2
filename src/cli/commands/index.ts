import type { RegisterCommand } from './register.js';
import { register as audit } from './audit.js';
import { register as copy } from './copy.js';
import { register as verify } from './verify.js';
import { register as demo } from './demo.js';
import { register as local } from './local.js';
import { register as emulate } from './emulate.js';
import { register as estimate } from './estimate.js';
import { register as rules } from './rules.js';
import { register as schema } from './schema.js';
import { register as migrate } from './migrate.js';

/** Every top-level command, in the order `ksmig --help` lists them. */
export const commands: RegisterCommand[] = [migrate, audit, rules, schema, copy, verify, estimate, local, emulate, demo];
