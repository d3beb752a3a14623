// The README's code examples, as the tests run them: the first ```js block of a section.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const README = join(fileURLToPath(new URL('../..', import.meta.url)), 'README.md');

/** The first ```js block under the README heading `## HEADING`; throws when the section or its block is gone. */
export function readmeExample(heading: string): string {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no section "## ${heading}"`);
  const section = text.slice(start + 1).split(/\n## /)[0];
  const block = /\n```js\n([\s\S]*?)\n```\n/.exec(section);
  if (!block) throw new Error(`README.md's "## ${heading}" has no \`\`\`js block`);
  return `${block[1]}\n`;
}
