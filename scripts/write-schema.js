// Writes schema/brief.schema.json from src/brief/schema.ts (through dist/: `npm run schema` compiles first).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefJsonSchemaText } from '../dist/brief/schema.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'brief.schema.json');
const text = briefJsonSchemaText();
let before = '';
try {
  before = readFileSync(target, 'utf8');
} catch {
  // first run: no file yet
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, text);
process.stdout.write(`${target}: ${before === text ? 'unchanged' : 'written'}\n`);
