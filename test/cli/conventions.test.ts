// CLI conventions: `help CMD` is `CMD --help`, did-you-mean for commands and options, option values named for what they are, hints that name the command as it was run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { invokedAs } from '../../src/shared/invocation.js';
import { BIN, REPO } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-conventions-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The environment without what npm adds (npm test, npx vitest): the CLI sees a plain shell's. */
const plainEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_'))),
  PATH: (process.env.PATH ?? '')
    .split(':')
    .filter((dir) => !dir.includes('node_modules'))
    .join(':'),
  NO_COLOR: '1',
  ...extra,
});
const cli = (args: string[], cwd = root, env = plainEnv()) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });

describe('help', () => {
  it('prints the same text for `help CMD` and `CMD --help` (and -h), for every command, on stdout with exit 0', () => {
    for (const { name } of commands) {
      const [viaHelp, viaFlag, viaShort] = [cli(['help', name]), cli([name, '--help']), cli([name, '-h'])];
      expect([viaHelp.status, viaHelp.stderr], name).toEqual([0, '']);
      expect(viaHelp.stdout, name).toMatch(new RegExp(`^usage: briefdeck ${name}\\b`));
      expect(viaFlag.stdout, name).toBe(viaHelp.stdout);
      expect(viaShort.stdout, name).toBe(viaHelp.stdout);
    }
  });

  it('names every option value for what it is (DIR, FILE, NAME, N), in the usage line and the options, never VALUE', () => {
    const build = cli(['help', 'build']).stdout;
    for (const flag of ['-o, --out DIR', '--templates DIR', '--reference FILE', '--theme NAME', '--jobs N', '--paper a4|letter'])
      expect(build, flag).toMatch(new RegExp(`^ +${flag.replace(/[|]/g, '\\|')} +\\S`, 'm'));
    for (const usage of ['[-o DIR]', '[--templates DIR]', '[--reference FILE]', '[--jobs N]']) expect(build, usage).toContain(usage);
    expect(build.replace(/\s+/g, ' ')).toContain('(default: the bundled templates)'); // not an absolute path into the package
    for (const { name } of commands) expect(cli(['help', name]).stdout, name).not.toMatch(/VALUE/);
    for (const { name, options } of commands)
      for (const [option, spec] of Object.entries(options))
        if (spec.type === 'string') expect(spec.value, `${name} --${option}`).toMatch(/^[A-Z]+(\|[A-Z]+)*$|^[a-z0-9]+(\|[a-z0-9]+)+$/);
  });

  it('keeps every help line within 80 columns, none ending in a space', () => {
    for (const args of [['--help'], ...commands.map(({ name }) => ['help', name])]) {
      const lines = cli(args).stdout.split('\n');
      expect(
        lines.filter((line) => [...line].length > 80 || /\s$/.test(line)),
        args.join(' '),
      ).toEqual([]);
    }
  });

  it('answers `help` with an unknown command with a did-you-mean, exit 2, nothing on stdout', () => {
    const run = cli(['help', 'bild']);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr.split('\n')[0]).toBe('briefdeck help: unknown command "bild". Did you mean "build"?');
  });
});

describe('did-you-mean', () => {
  it('for an unknown command: exit 2, the closest command', () => {
    const run = cli(['bild', 'x.yaml']);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr.split('\n')[0]).toBe('briefdeck: unknown command "bild". Did you mean "build"?');
    const far = cli(['frobnicate']);
    expect(far.status).toBe(2);
    expect(far.stderr).toMatch(/^briefdeck: unknown command "frobnicate"\n {2}hint: the commands are build, check, preview, watch, serve, new, schema, help;/);
  });

  it('for an unknown option: exit 2, the closest option of that command, nothing built', () => {
    const run = cli(['build', 'x.yaml', '--ouput', 'elsewhere']);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr.split('\n')[0]).toBe('briefdeck build: unknown option "--ouput". Did you mean "--out"?');
    expect(cli(['check', 'x.yaml', '--stirct']).stderr.split('\n')[0]).toBe('briefdeck check: unknown option "--stirct". Did you mean "--strict"?');
    expect(cli(['--verison']).stderr.split('\n')[0]).toBe('briefdeck: unknown option "--verison". Did you mean "--version"?');
  });

  it('names the value an option is missing, or took an option for it', () => {
    expect(cli(['build', 'x.yaml', '--templates']).stderr.split('\n')[0]).toBe('briefdeck build: --templates: expected DIR, found the end of the command line');
    expect(cli(['build', 'x.yaml', '-o', '--strict']).stderr.split('\n')[0]).toBe(
      'briefdeck build: -o: expected DIR, found the option "--strict" (write --out=--strict if that is the DIR)',
    );
    expect(cli(['build', 'x.yaml', '--strict=yes']).stderr.split('\n')[0]).toBe('briefdeck build: --strict takes no value, found "--strict=yes"');
  });
});

describe('hints name the command as it was run', () => {
  /** A project with briefdeck installed in node_modules (linked to this checkout), as `npm install briefdeck` leaves it. */
  function project(): string {
    const dir = mkdtempSync(join(root, 'project-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(REPO, join(dir, 'node_modules', 'briefdeck'));
    symlinkSync(join('..', 'briefdeck', 'bin', 'briefdeck.js'), join(dir, 'node_modules', '.bin', 'briefdeck'));
    return dir;
  }
  const nextLine = (stdout: string) => stdout.split('\n').find((line) => line.startsWith('next:'));

  it('`npx briefdeck new` in a project: the hint says npx briefdeck (a real npx run)', () => {
    const dir = project();
    const run = spawnSync('npx', ['--no-install', 'briefdeck', 'new', 'talks'], { cwd: dir, encoding: 'utf8', env: plainEnv(), timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(nextLine(run.stdout)).toBe('next: edit it, then  npx briefdeck check briefs/talks.yaml  or  npx briefdeck watch briefs/talks.yaml');
  });

  it('run by its path where npx finds it: npx briefdeck; where nothing finds it: node and the absolute path', () => {
    const dir = project();
    const inProject = cli(['new', 'talks'], dir);
    expect(nextLine(inProject.stdout)).toBe('next: edit it, then  npx briefdeck check briefs/talks.yaml  or  npx briefdeck watch briefs/talks.yaml');
    const nowhere = mkdtempSync(join(root, 'nowhere-'));
    const outside = cli(['new', 'talks', '--dir', 'my briefs'], nowhere);
    expect(nextLine(outside.stdout)).toBe(`next: edit it, then  node ${BIN} check 'my briefs/talks.yaml'  or  node ${BIN} watch 'my briefs/talks.yaml'`);
  });

  it('installed on PATH (a global install): briefdeck; a briefdeck in a node_modules/.bin on PATH (an npm script) does not count', () => {
    const global = mkdtempSync(join(root, 'global-bin-'));
    symlinkSync(BIN, join(global, 'briefdeck'));
    const nowhere = mkdtempSync(join(root, 'nowhere-'));
    expect(invokedAs({ PATH: global }, nowhere)).toBe('briefdeck');
    const scriptBin = join(project(), 'node_modules', '.bin');
    expect(invokedAs({ PATH: scriptBin }, nowhere)).toBe(`node ${BIN}`);
    const other = mkdtempSync(join(root, 'other-bin-'));
    writeFileSync(join(other, 'briefdeck'), '#!/bin/sh\n', { mode: 0o755 }); // another briefdeck first on PATH would run instead
    expect(invokedAs({ PATH: `${other}:${global}` }, nowhere)).toBe(`node ${BIN}`);
    expect(invokedAs({ PATH: global, npm_command: 'exec', npm_lifecycle_event: 'npx' }, nowhere)).toBe('npx briefdeck');
  });

  it('in usage errors too', () => {
    const nowhere = mkdtempSync(join(root, 'nowhere-'));
    const run = cli(['build', '--ouput', 'x'], nowhere, plainEnv({ npm_command: 'exec', npm_lifecycle_event: 'npx' }));
    expect(run.stderr).toContain('hint: usage: npx briefdeck build <brief.yaml|dir>... [options]; `npx briefdeck build --help` says more');
    expect(readFileSync(join(REPO, 'package.json'), 'utf8')).toContain('"name": "briefdeck"'); // npx finds the repository's own bin by this name
  });
});
