// Prepares the benchmark's inputs: generated briefs (about 1,000 slides; 16 sample-sized ones for `build DIR`) and,
// for each case, the spec the bare pptxgenjs script replays to make the same slides.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { briefYaml, generateBrief } from './generate.js';
import { slideTextStats, withSlideText } from './slide-text.js';
import { recordDeck } from './spec.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const api = () => import(join(ROOT, 'dist', 'index.js'));
export const BATCH_BRIEFS = 16;

/** Topics for about `target` slides: generate, plan, rescale (the planner decides how many continuation slides there are). */
function calibrate(target, planOf) {
  let topics = Math.round(target / 1.46);
  for (let round = 0; round < 3; round++) {
    const slides = planOf(generateBrief(topics));
    if (Math.abs(slides - target) <= target * 0.03) break;
    topics = Math.max(1, Math.round((topics * target) / slides));
  }
  return topics;
}

/** Writes a generated brief of about `target` slides into `dir`; returns its file. */
export async function generatedBrief(target, dir) {
  const { briefFromText, loadTemplates, planBrief, DEFAULT_TEMPLATES } = await api();
  const templates = loadTemplates(DEFAULT_TEMPLATES);
  const planOf = (brief) => planBrief(briefFromText(briefYaml(brief), 'generated.yaml'), templates).slides.length;
  const topics = calibrate(target, planOf);
  const file = join(dir, `generated-${topics}-topics.yaml`);
  writeFileSync(file, briefYaml(generateBrief(topics)));
  return file;
}

/**
 * Builds `briefFile` once through the library, recording the pptxgenjs calls briefdeck makes; writes two specs for
 * bench/bare-pptxgenjs.js: `spec` (those calls plus the placeholder text briefdeck writes itself, as addText, so the
 * bare slides carry the same text) and `callsOnly` (the recorded calls alone). Returns their files and text counts.
 */
export async function recordSpecs(briefFile, dir, name) {
  const { loadBrief, loadTemplates, buildDeck, DEFAULT_TEMPLATES } = await api();
  const templates = loadTemplates(DEFAULT_TEMPLATES);
  const loaded = await loadBrief(briefFile);
  let deck;
  const recorded = await recordDeck(async () => {
    deck = await buildDeck(loaded, templates);
  });
  const spec = withSlideText(recorded, deck.bytes);
  const files = { spec: join(dir, `${name}.json`), callsOnly: join(dir, `${name}.calls-only.json`) };
  writeFileSync(files.spec, JSON.stringify(spec));
  writeFileSync(files.callsOnly, JSON.stringify(recorded));
  return { ...files, slides: recorded.slides, text: slideTextStats(deck.bytes) };
}

/** 16 generated briefs of sample-like size, varied (2–7 topics, own seeds), in `dir`/batch; returns the folder and a description. */
export async function batchBriefs(dir) {
  const { briefFromText, loadTemplates, planBrief, DEFAULT_TEMPLATES } = await api();
  const templates = loadTemplates(DEFAULT_TEMPLATES);
  const folder = join(dir, 'batch');
  mkdirSync(folder, { recursive: true });
  const slides = [];
  const topicCounts = [];
  for (let i = 0; i < BATCH_BRIEFS; i++) {
    const topics = 2 + ((i * 5) % 6);
    const text = briefYaml(generateBrief(topics, 1000 + i));
    const file = join(folder, `brief-${String(i + 1).padStart(2, '0')}.yaml`);
    writeFileSync(file, text);
    slides.push(planBrief(briefFromText(text, file), templates).slides.length);
    topicCounts.push(topics);
  }
  const range = (xs) => `${Math.min(...xs)}–${Math.max(...xs)}`;
  const total = slides.reduce((a, b) => a + b, 0);
  return {
    folder,
    description: `${BATCH_BRIEFS} generated briefs (bench/generate.js, ${range(topicCounts)} topics, ${range(slides)} slides each, ${total} in all)`,
  };
}
