// `briefdeck new`: a commented starter brief with every section that checks and builds as written; never overwrites.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefJsonSchema } from '../../src/brief/schema.js';
import { openDeck } from '../helpers/pptx.js';
import { BIN, REPO } from '../watch/child.js';

type Node = { properties?: Record<string, Node>; anyOf?: Node[]; items?: Node; type?: string };
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const modeline = (text: string) => /^# yaml-language-server: \$schema=(\S+)$/m.exec(text.split('\n')[0])?.[1];

let dirs: string[] = [];
const tempDir = (parent = tmpdir()) => {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'briefdeck-new-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  dirs = [];
});

/** Keys of the schema missing from the value, following the union branch and list items the value uses. */
function missingKeys(value: unknown, node: Node, path = ''): string[] {
  const branch = node.anyOf?.find((b) => (Array.isArray(value) ? b.type === 'array' : b.type === 'object')) ?? node;
  if (Array.isArray(value) && branch.items) {
    const merged = Object.assign({}, ...value.filter((v) => typeof v === 'object')) as Record<string, unknown>;
    return branch.items.properties ? missingKeys(merged, branch.items, `${path}[]`) : [];
  }
  if (!branch.properties || typeof value !== 'object' || value === null) return [];
  return Object.entries(branch.properties).flatMap(([key, child]) =>
    key in value ? missingKeys((value as Record<string, unknown>)[key], child, `${path}.${key}`) : [`${path}.${key}`],
  );
}

describe('briefdeck new', () => {
  it('writes DIR/NAME.yaml with every section, commented, that passes check and builds', () => {
    const cwd = tempDir();
    const made = cli(['new', 'nato-dialogue'], cwd);
    expect(made.status).toBe(0);
    const file = join(cwd, 'briefs', 'nato-dialogue.yaml');
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const commented = (path: string) => lines.some((line) => new RegExp(`^\\s*#.*\\b${path.split('.').pop()!.replace('[]', '')}:`).test(line));
    const missing = missingKeys(parse(text), briefJsonSchema() as Node);
    // keys that need files beside the brief (pictures) or turn a default off are shown commented
    expect(missing.filter((path) => !commented(path))).toEqual([]);
    expect(missing.filter((path) => !/\.(image|photo|timeline|table)(\.|$)/.test(path))).toEqual([]);
    const uncommented = lines
      .map((line, i) => ({ line, i }))
      .filter(({ line, i }) => /^[a-z_]+:/.test(line) && !line.includes('#') && !/^#/.test(lines[i - 1] ?? ''));
    expect(uncommented.map((u) => u.line)).toEqual([]); // each top-level key has a comment on its line or above
    expect(cli(['check', file], cwd).status).toBe(0);
    const built = cli(['build', file, '-o', 'out'], cwd);
    expect(built.status, built.stderr).toBe(0);
    const deck = openDeck(join(cwd, 'out', 'nato-dialogue.pptx'));
    const all = Array.from({ length: deck.slideCount }, (_, i) => deck.slideText(i + 1).join('\n')).join('\n');
    for (const shown of [
      'Title of the brief',
      'First delegation',
      'First topic discussed',
      'Second topic discussed',
      'An earlier meeting',
      'Your assessment.',
      'Title of the source document',
    ])
      expect(all).toContain(shown);
  });

  it("points the modeline at the package's schema file by a relative path inside the project", () => {
    const dir = tempDir(join(REPO, '.vitest-tmp'));
    expect(cli(['new', 'inside', '--dir', dir], REPO).status).toBe(0);
    const ref = modeline(readFileSync(join(dir, 'inside.yaml'), 'utf8'))!;
    expect(ref).toMatch(/^(\.\.\/)+schema\/brief\.schema\.json$/);
    expect(resolve(dir, ref)).toBe(join(REPO, 'schema', 'brief.schema.json'));
  });

  it('in a project that installed briefdeck from npm, points the modeline at node_modules/briefdeck/schema', () => {
    const project = tempDir();
    const installed = join(project, 'node_modules', 'briefdeck');
    for (const part of ['bin', 'dist', 'templates', 'schema', 'package.json']) cpSync(join(REPO, part), join(installed, part), { recursive: true });
    symlinkSync(join(REPO, 'fonts'), join(installed, 'fonts'));
    symlinkSync(join(REPO, 'node_modules'), join(installed, 'node_modules')); // its dependencies
    const run = spawnSync(process.execPath, [join(installed, 'bin', 'briefdeck.js'), 'new', 'local'], { cwd: project, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(modeline(readFileSync(join(project, 'briefs', 'local.yaml'), 'utf8'))).toBe('../node_modules/briefdeck/schema/brief.schema.json');
  });

  it('points the modeline at the published schema of this version outside the project, or where --schema says', () => {
    const dir = tempDir();
    expect(cli(['new', 'outside', '--dir', dir], dir).status).toBe(0);
    expect(modeline(readFileSync(join(dir, 'outside.yaml'), 'utf8'))).toBe(`https://unpkg.com/briefdeck@${version}/schema/brief.schema.json`);
    expect(cli(['new', 'chosen', '--dir', dir, '--schema', '/opt/schemas/brief.json'], dir).status).toBe(0);
    expect(modeline(readFileSync(join(dir, 'chosen.yaml'), 'utf8'))).toBe('/opt/schemas/brief.json');
  });

  it('refuses to overwrite an existing file: exit 1, the file untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'title: my own work\n');
    const again = cli(['new', 'mine.yaml', '--dir', dir], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${file}: already exists; not overwritten`);
    expect(readFileSync(file, 'utf8')).toBe('title: my own work\n');
  });

  it.each(['../escape', 'a/b', '..', '.hidden', 'nul', 'x'.repeat(101), '-rf'])('refuses the name %j with exit 2 and writes nothing', (name) => {
    const dir = tempDir();
    const run = cli(['new', '--dir', join(dir, 'briefs'), '--', name], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a usable brief name');
    expect(existsSync(join(dir, 'briefs')) ? readdirSync(join(dir, 'briefs')) : []).toEqual([]);
    expect(readdirSync(dirname(join(dir, 'x')))).toEqual([]);
  });

  it('needs a name (exit 2)', () => {
    expect(cli(['new'], tempDir()).status).toBe(2);
  });
});
