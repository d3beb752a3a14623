// The command table: every CLI command, declared as data.
import type { CommandSpec } from '../args.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { newCommand } from './new.js';
import { previewCommand } from './preview.js';
import { schemaCommand } from './schema.js';
import { serveCommand } from './serve.js';
import { watchCommand } from './watch.js';

export const commands: CommandSpec[] = [buildCommand, checkCommand, previewCommand, watchCommand, serveCommand, newCommand, schemaCommand];
