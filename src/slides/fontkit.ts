// fontkit, loaded on first use: only a font without a precomputed table (a theme's own, a system font, Arabic shaping) needs it.
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';

let fontkit: typeof Fontkit | undefined;

export function loadFontkit(): typeof Fontkit {
  return (fontkit ??= createRequire(import.meta.url)('fontkit') as typeof Fontkit);
}
