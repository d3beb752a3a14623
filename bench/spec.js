// Records the pptxgenjs calls briefdeck makes for a brief (masters, sections, slides, text, tables, notes) as JSON,
// so that bench/bare-pptxgenjs.js can make the very same slides with nothing but pptxgenjs.
import PptxGenJS from 'pptxgenjs';

const DECK_METHODS = ['defineLayout', 'defineSlideMaster', 'addSection', 'addSlide'];
const SLIDE_METHODS = ['addText', 'addTable', 'addNotes', 'addShape', 'addImage'];
const DECK_PROPERTIES = ['layout', 'title', 'subject', 'author', 'company', 'revision', 'theme', 'rtlMode'];

// pptxgenjs changes the option objects it is given, so arguments are copied before the call.
const copy = (args) => JSON.parse(JSON.stringify(args));

/** Runs `build` (which makes one pptxgenjs deck) and returns { properties, calls } for the bare script. */
export async function recordDeck(build) {
  const calls = [];
  let deck;
  const originals = Object.fromEntries(DECK_METHODS.map((m) => [m, PptxGenJS.prototype[m]]));
  const watchSlide = (slide) => {
    for (const method of SLIDE_METHODS) {
      const original = slide[method];
      slide[method] = (...args) => {
        calls.push({ on: 'slide', method, args: copy(args) });
        return original.apply(slide, args);
      };
    }
    return slide;
  };
  for (const method of DECK_METHODS) {
    PptxGenJS.prototype[method] = function recorded(...args) {
      deck = this;
      calls.push({ on: 'deck', method, args: copy(args) });
      const result = originals[method].apply(this, args);
      return method === 'addSlide' ? watchSlide(result) : result;
    };
  }
  try {
    await build();
  } finally {
    Object.assign(PptxGenJS.prototype, originals);
  }
  if (!deck) throw new Error('recordDeck: the build made no pptxgenjs deck');
  const properties = Object.fromEntries(DECK_PROPERTIES.map((p) => [p, deck[p]]).filter(([, v]) => v !== undefined && v !== ''));
  return { properties, calls, slides: calls.filter((c) => c.method === 'addSlide').length };
}
