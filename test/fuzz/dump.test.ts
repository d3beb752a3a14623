import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { mutate, mutateBytes, PIECES, random } from '../helpers/fuzz.js';
import { REPO } from '../watch/child.js';
const FIXTURES = ['briefs', 'test/fixtures'].flatMap((dir) =>
  readdirSync(join(REPO, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(REPO, dir, f), 'utf8') })));
const BUILD_PIECES = [
  ...PIECES, '!!set ', '!!omap ', '!!pairs ', '!!binary ', '!!str ', '!!int ', '!!float ', '!!timestamp ', '!!map ', '!!seq ', '!<tag:yaml.org,2002:str> ', '!local ',
  '%YAML 1.1\n', '%TAG !e! tag:example.org,2024:\n', '? ', '&', '<b>', '</li>', ']]>', '{{title}}', '**x**', 'SECRET//NOFORN', 'CONFIDENTIEL DÉFENSE', '\u202e', '\u0085', '\u2028',
];
it('dump', () => {
  const seed = Number(process.env.DUMP_SEED);
  const next = random(seed);
  const fixture = FIXTURES[Math.floor(next() * FIXTURES.length)];
  let bytes: Uint8Array = Buffer.from(mutate(fixture.text, next, BUILD_PIECES), 'utf8');
  if (next() < 0.1) bytes = mutateBytes(bytes, next);
  writeFileSync(`/tmp/h7-case-${seed}.yaml`, bytes);
});
