// The layer order brief → templates → slides → pptx → pipeline → cli/watch/export holds: eslint.config.js refuses imports from above.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: REPO });

/** The boundary messages for `code` written as `file` (lines joined as given, one import a line). */
async function refusedLines(file: string, lines: string[]): Promise<number[]> {
  const [result] = await eslint.lintText(`${lines.join('\n')}\n`, { filePath: join(REPO, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, file).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.line);
}

/** Lines 1..n of a probe: each imports one specifier and uses it, so no other rule fires. */
const probe = (specifiers: string[]) => specifiers.map((s, i) => `import * as m${i} from '${s}'; console.log(m${i});`);

describe('import boundaries', () => {
  it('refuses the imports the issue found: export from cli and pipeline, pptx from brief, templates from brief/locate', async () => {
    expect(
      await refusedLines('src/export/session.ts', probe(['../cli/output.js', '../pipeline.js', '../slides/measure.js', '../shared/paths.js', '../errors.js'])),
    ).toEqual([1, 2]);
    expect(await refusedLines('src/pptx/package.ts', probe(['../brief/sanitize.js', '../shared/xml.js', '../slides/model.js']))).toEqual([1]);
    expect(await refusedLines('src/templates/theme.ts', probe(['../brief/locate.js', '../brief/schema.js', '../shared/locate.js']))).toEqual([1]);
  });

  it('html/ is a renderer beside pptx/: it may use pptx/ and slides/, not the brief, the pipeline or the disk helpers; nothing below imports it', async () => {
    expect(
      await refusedLines(
        'src/html/x.ts',
        probe(['../pptx/slide-shapes.js', '../slides/model.js', '../brief/load.js', '../pipeline.js', '../write.js', '../cli/output.js']),
      ),
    ).toEqual([3, 4, 5, 6]);
    expect(await refusedLines('src/pptx/x.ts', probe(['../html/deck.js']))).toEqual([1]);
    expect(await refusedLines('src/slides/x.ts', probe(['../html/text.js']))).toEqual([1]);
    expect(await refusedLines('src/pipeline.ts', probe(['./html/deck.js']))).toEqual([]);
  });

  it('refuses every import from a layer above, from nested folders and root files too', async () => {
    expect(
      await refusedLines(
        'src/brief/x.ts',
        probe(['../templates/theme.js', '../slides/model.js', '../pptx/render.js', '../pipeline.js', '../files.js', '../errors.js']),
      ),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(await refusedLines('src/slides/x.ts', probe(['../pptx/elements.js', '../write.js', '../templates/theme.js']))).toEqual([1, 2]);
    expect(await refusedLines('src/pipeline.ts', probe(['./cli/output.js', './watch/watch.js', './export/session.js', './pptx/package.js']))).toEqual([
      1, 2, 3,
    ]);
    expect(await refusedLines('src/watch/x.ts', probe(['../cli/output.js', '../export/session.js', '../pipeline.js']))).toEqual([1, 2]);
    expect(
      await refusedLines('src/cli/commands/x.ts', probe(['../../pipeline.js', '../../export/session.js', '../../watch/watch.js', '../output.js'])),
    ).toEqual([]);
    expect(await refusedLines('src/shared/x.ts', probe(['../errors.js', '../brief/schema.js']))).toEqual([2]);
  });

  it('refuses dynamic import() across a boundary as well', async () => {
    expect(await refusedLines('src/slides/x.ts', ["export const later = () => import('../pipeline.js');"])).toEqual([1]);
    expect(
      await refusedLines('src/templates/x.ts', ["export const a = () => import('../brief/schema.js');", "export const b = () => import('../brief/parse.js');"]),
    ).toEqual([2]);
  });

  it('lets pptx/render.ts name the Brief type, but not import brief values', async () => {
    const lines = [
      "import type { Brief } from '../brief/schema.js';",
      "import { briefSchema } from '../brief/schema.js';",
      'export const x: Brief | undefined = briefSchema && undefined;',
    ];
    expect(await refusedLines('src/pptx/render.ts', lines)).toEqual([2]);
    expect(await refusedLines('src/pptx/elements.ts', lines)).toEqual([1, 2]);
  });

  it('serve/ sits beside watch/ and cli/: it may use watch/, the pipeline, html/ and cli/output; nothing below it imports it', async () => {
    expect(
      await refusedLines(
        'src/serve/x.ts',
        probe(['../watch/watch.js', '../pipeline.js', '../html/deck.js', '../cli/output.js', '../export/pdf.js', '../scaffold/new-brief.js']),
      ),
    ).toEqual([5, 6]);
    for (const below of ['src/pipeline.ts', 'src/html/x.ts', 'src/slides/x.ts', 'src/export/x.ts'])
      expect(await refusedLines(below, probe([`${below.split('/').length === 2 ? './' : '../'}serve/server.js`])), below).toEqual([1]);
  });
});
