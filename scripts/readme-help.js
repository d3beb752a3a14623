// README's help blocks: each ```text block starting `$ briefdeck ARGS` (with `# or: briefdeck ARGS` for a command that prints the same) holds
// exactly what the CLI prints. `node scripts/readme-help.js` rewrites them from the CLI; `--check` only compares (the test in test/cli/readme-help.test.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
const BIN = join(ROOT, 'bin', 'briefdeck.js');
/** The help the README must show. */
const REQUIRED = ['--help', 'help build', 'build --help'];
const BLOCK = /```text\n\$ briefdeck ([^\n#]+?)(?: +# or: briefdeck ([^\n]+))?\n([\s\S]*?)```/g;

/** What `briefdeck ARGS` prints on stdout (exit 0 expected). */
function printed(args) {
  const run = spawnSync(process.execPath, [BIN, ...args.split(' ')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0) throw new Error(`briefdeck ${args} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

const check = process.argv.includes('--check');
const text = readFileSync(README, 'utf8');
const problems = [];
const shown = new Set();
const updated = text.replace(BLOCK, (block, args, alternative, body) => {
  const variants = [args.trim(), ...(alternative ? [alternative.trim()] : [])];
  variants.forEach((variant) => shown.add(variant));
  const output = printed(variants[0]);
  for (const variant of variants.slice(1))
    if (printed(variant) !== output) problems.push(`\`briefdeck ${variant}\` does not print what \`briefdeck ${variants[0]}\` prints`);
  if (body !== output) problems.push(`the block of \`briefdeck ${variants.join('` / `briefdeck ')}\` is not what it prints`);
  return block.slice(0, block.length - body.length - 3) + output + '```';
});
for (const args of REQUIRED) if (!shown.has(args)) problems.push(`no \`$ briefdeck ${args}\` block`);

if (check) {
  for (const problem of problems) process.stderr.write(`README.md: ${problem}; \`node scripts/readme-help.js\` rewrites the help blocks\n`);
  process.exitCode = problems.length ? 1 : 0;
} else {
  writeFileSync(README, updated);
  const missing = problems.filter((problem) => problem.startsWith('no '));
  for (const problem of missing) process.stderr.write(`README.md: ${problem}; add one (\`\`\`text, then $ briefdeck ARGS) where it belongs\n`);
  process.stdout.write(`README.md: help blocks ${updated === text ? 'unchanged' : 'rewritten'}\n`);
  process.exitCode = missing.length ? 1 : 0;
}
