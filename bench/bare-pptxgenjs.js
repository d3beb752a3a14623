// The baseline: pptxgenjs alone makes the same deck briefdeck makes (the same calls, replayed from a JSON spec written
// by bench/spec.js) and writes it compressed. No YAML, validation, templates, measurement or package fix-ups.
// Usage: node bench/bare-pptxgenjs.js SPEC.json OUT.pptx
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import PptxGenJS from 'pptxgenjs';

/** Makes the deck from a spec ({ properties, calls }) and returns compressed .pptx bytes. */
export async function buildBare(spec) {
  const pptx = new PptxGenJS();
  for (const [name, value] of Object.entries(spec.properties)) if (name !== 'layout') pptx[name] = value;
  let slide;
  for (const { on, method, args } of spec.calls) {
    if (on === 'deck' && method === 'defineLayout') {
      pptx.defineLayout(...args);
      pptx.layout = args[0].name;
    } else if (on === 'deck') {
      const result = pptx[method](...args);
      if (method === 'addSlide') slide = result;
    } else slide[method](...args);
  }
  // pptxgenjs 4.0.1's write() and writeFile() ignore `compression`; stream() honours it.
  return pptx.stream({ compression: true });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [specFile, outFile] = process.argv.slice(2);
  const bytes = await buildBare(JSON.parse(readFileSync(specFile, 'utf8')));
  writeFileSync(outFile, bytes);
}
