// The text briefdeck writes into its slides' placeholders (as DrawingML, not through pptxgenjs), read back from a
// finished deck and turned into pptxgenjs addText calls, so that the bare script's slides carry the same text.
import { unzipSync, strFromU8 } from 'fflate';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name) =>
    name[0] === '#' ? String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1))) : (ENTITIES[name] ?? all),
  );
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Slide XML parts in slide order (ppt/slides/slide1.xml, slide2.xml, …). */
export function slideParts(bytes) {
  const parts = unzipSync(bytes, { filter: (file) => /^ppt\/slides\/slide\d+\.xml$/.test(file.name) });
  const number = (name) => Number(name.match(/(\d+)\.xml$/)[1]);
  return Object.keys(parts)
    .sort((a, b) => number(a) - number(b))
    .map((name) => strFromU8(parts[name]));
}

/** One paragraph's runs as pptxgenjs text objects (bold, italic, size, language; the last one ends the line). */
function paragraphRuns(paragraph, bulleted) {
  const pPr = paragraph.match(/<a:pPr\b[^>]*>/)?.[0] ?? '';
  const level = Number(attribute(pPr, 'lvl') ?? 0);
  const bullet = bulleted && !paragraph.includes('<a:buNone/>');
  const runs = [];
  for (const [, rPr, text] of paragraph.matchAll(/<a:r>(?:<a:rPr\b([^>]*?)\/?>[\s\S]*?)?<a:t>([^<]*)<\/a:t><\/a:r>/g)) {
    const size = attribute(rPr ?? '', 'sz');
    const options = {
      ...(attribute(rPr ?? '', 'b') === '1' ? { bold: true } : {}),
      ...(attribute(rPr ?? '', 'i') === '1' ? { italic: true } : {}),
      ...(size ? { fontSize: Number(size) / 100 } : {}),
      ...(attribute(rPr ?? '', 'lang') ? { lang: attribute(rPr, 'lang') } : {}),
    };
    runs.push({ text: decode(text), options });
  }
  if (!runs.length) return [];
  Object.assign(runs[0].options, bullet ? { bullet: { indent: 18 }, indentLevel: level } : {});
  runs[runs.length - 1].options.breakLine = true;
  return runs;
}

/** For one slide's XML: an addText call per placeholder shape (p:ph) that holds text, in boxes down the slide. */
export function placeholderTextCalls(xml, size) {
  const shapes = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).filter((shape) => shape.includes('<p:ph') && shape.includes('<a:t>'));
  return shapes.map((shape, i) => {
    const type = shape.match(/<p:ph\b[^>]*\stype="(\w+)"/)?.[1] ?? 'body'; // a placeholder without a type is a body one
    const runs = [...shape.matchAll(/<a:p>[\s\S]*?<\/a:p>/g)].flatMap((m) => paragraphRuns(m[0], type === 'body' || type === 'obj'));
    const top = i === 0 ? 0.3 : 1.5 + ((i - 1) * (size.height - 2)) / Math.max(1, shapes.length - 1);
    const box = { x: 0.5, y: top, w: size.width - 1, h: i === 0 ? 1 : (size.height - 2) / Math.max(1, shapes.length - 1), valign: 'top', fit: 'none' };
    return { on: 'slide', method: 'addText', args: [runs, box] };
  });
}

/** Characters and runs of text in a deck's slides (every a:t), to show how much text each deck carries. */
export function slideTextStats(bytes) {
  let chars = 0;
  let runs = 0;
  for (const xml of slideParts(bytes))
    for (const [, text] of xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)) {
      chars += decode(text).length;
      runs++;
    }
  return { chars, runs };
}

/** The spec with each slide's placeholder text added right after its addSlide call. */
export function withSlideText(spec, deckBytes) {
  const layout = spec.calls.find((c) => c.method === 'defineLayout')?.args[0] ?? { width: 10, height: 5.625 };
  const perSlide = slideParts(deckBytes).map((xml) => placeholderTextCalls(xml, layout));
  let slide = 0;
  const calls = spec.calls.flatMap((call) => (call.method === 'addSlide' ? [call, ...(perSlide[slide++] ?? [])] : [call]));
  return { ...spec, calls };
}
