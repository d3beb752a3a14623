// The command table: every CLI command, declared as data.
import type { CommandSpec } from '../args.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';

export const commands: CommandSpec[] = [buildCommand, checkCommand];
