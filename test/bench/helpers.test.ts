// The bench's pure helpers: verdict lines, the stage breakdown of a CPU profile, and the placeholder text the bare script replays.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const bench = (file: string) => import(join(REPO, 'bench', file));

describe('verdict lines', () => {
  it('passes a ratio at its limit, fails above it, and says why a target was not measured', async () => {
    const { ratioTarget, notMeasured, median } = await bench('report.js');
    expect(ratioTarget('sample', 1.2, 1.2, '0.60 s vs 0.50 s')).toBe('PASS  sample: 1.20× (target ≤ 1.2×): 0.60 s vs 0.50 s');
    expect(ratioTarget('big', 1.004, 1)).toBe('FAIL  big: 1.00× (target ≤ 1.0×)');
    expect(notMeasured('batch', 'build has no --jobs')).toBe('----  batch: not measured: build has no --jobs');
    expect([median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([2, 2.5]);
  });
});

describe('stage breakdown of a CPU profile', () => {
  const frame = (functionName: string, url = '/repo/dist/pipeline.js') => ({ functionName, url });
  // root → buildDeck → packageDeck → { zipEntries, fixParts }; root → renderDeck → addSlide (pptxgenjs); GC; an awaited
  // continuation in dist/slides/ with no step on its stack; the profiler's own work; a frame nobody knows; a module's
  // top-level code run by Node's loader.
  const nodes = [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 6, 8, 9, 10, 11, 12] },
    { id: 2, callFrame: frame('buildDeck'), children: [3] },
    { id: 3, callFrame: frame('packageDeck', '/repo/dist/pptx/package.js'), children: [4, 5] },
    { id: 4, callFrame: frame('zipEntries', '/repo/dist/pptx/zip.js') },
    { id: 5, callFrame: frame('fixParts', '/repo/dist/pptx/package.js') },
    { id: 6, callFrame: frame('renderDeck', '/repo/dist/pptx/render.js'), children: [7] },
    { id: 7, callFrame: frame('addSlide', '/repo/node_modules/pptxgenjs/dist/pptxgen.es.js') },
    { id: 8, callFrame: frame('(garbage collector)', '') },
    { id: 9, callFrame: frame('fitColumns', '/repo/dist/slides/columns.js') },
    { id: 10, callFrame: frame('post', 'node:inspector/promises') },
    { id: 11, callFrame: frame('mystery', '/elsewhere.js') },
    { id: 12, callFrame: frame('run', 'node:internal/modules/esm/module_job'), children: [13] },
    { id: 13, callFrame: frame('', '/repo/node_modules/handlebars/dist/cjs/handlebars.js') },
  ];
  const samples = [4, 4, 5, 7, 8, 9, 10, 11, 13];
  const timeDeltas = [1000, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000];

  it('puts each sample in the innermost step on its stack, falls back to the folder, and leaves the profiler out', async () => {
    const { stagesOfProfile } = await bench('stages.js');
    expect(stagesOfProfile({ nodes, samples, timeDeltas })).toEqual({
      zip: 2,
      'package fix-ups': 2,
      pptxgenjs: 3,
      GC: 4,
      'measure+paginate': 5,
      other: 7,
      'loading modules': 8,
    });
  });
});

describe('placeholder text for the bare script', () => {
  const slide = (body: string) =>
    `<p:sld><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="1000" name="Title"/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:rPr lang="en-GB"/><a:t>Talks &amp; outcomes</a:t></a:r></a:p></p:txBody></p:sp>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="1001" name="Body"/><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr><p:txBody>${body}</p:txBody></p:sp>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Drawn"/></p:nvSpPr><p:txBody><a:p><a:r><a:t>pptxgenjs text</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
  const body =
    '<a:p><a:pPr lvl="1"/><a:r><a:rPr lang="en-GB" sz="2000" b="1"/><a:t>Bold </a:t></a:r><a:r><a:rPr lang="en-GB" i="1"/><a:t>lead</a:t></a:r></a:p>' +
    '<a:p><a:pPr><a:buNone/></a:pPr><a:r><a:rPr lang="en-GB"/><a:t>No bullet</a:t></a:r></a:p>';
  const deck = zipSync({ 'ppt/slides/slide1.xml': strToU8(slide(body)), 'ppt/slides/slide2.xml': strToU8('<p:sld/>') });
  const spec = {
    properties: {},
    slides: 2,
    calls: [
      { on: 'deck', method: 'defineLayout', args: [{ name: 'L', width: 13.33, height: 7.5 }] },
      { on: 'deck', method: 'addSlide', args: [{}] },
      { on: 'slide', method: 'addNotes', args: ['notes'] },
      { on: 'deck', method: 'addSlide', args: [{}] },
    ],
  };

  it("adds each slide's placeholder text (not pptxgenjs' own shapes) right after its addSlide, with runs as written", async () => {
    const { withSlideText } = await bench('slide-text.js');
    const calls = withSlideText(spec, deck).calls;
    expect(calls.map((c: { method: string }) => c.method)).toEqual(['defineLayout', 'addSlide', 'addText', 'addText', 'addNotes', 'addSlide']);
    expect(calls[2].args[0]).toEqual([{ text: 'Talks & outcomes', options: { lang: 'en-GB', breakLine: true } }]);
    expect(calls[3].args[0]).toEqual([
      { text: 'Bold ', options: { bold: true, fontSize: 20, lang: 'en-GB', bullet: { indent: 18 }, indentLevel: 1 } },
      { text: 'lead', options: { italic: true, lang: 'en-GB', breakLine: true } },
      { text: 'No bullet', options: { lang: 'en-GB', breakLine: true } },
    ]);
  });

  it('the bare script then writes that text into its slide', async () => {
    const { withSlideText } = await bench('slide-text.js');
    const { buildBare } = await bench('bare-pptxgenjs.js');
    const bytes = await buildBare(withSlideText(spec, deck));
    const xml = strFromU8(unzipSync(bytes)['ppt/slides/slide1.xml']);
    expect([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1])).toEqual(['Talks &amp; outcomes', 'Bold ', 'lead', 'No bullet']);
  });
});
