// Loads and validates templates/theme.yaml: colours, fonts, type sizes, the layout grid, classification markings and the deck order.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { BriefdeckError, EXIT, problem } from '../errors.js';
import { closest } from '../shared/closest.js';
import { locate } from '../shared/locate.js';
import { byContent, contentHash } from '../shared/precomputed.js';
import { BUILT_IN_THEMES, builtInThemeNames, overlay } from './builtin-themes.js';
import { classificationSchema } from './markings.js';

/** theme.yaml's schema, built on first use (a theme parsed at build time or earlier in the process needs none). */
function makeThemeSchema() {
  const hex = z.union([z.string(), z.int().nonnegative().transform((n) => String(n).padStart(6, '0'))]).pipe(z.string().regex(/^[0-9A-Fa-f]{6}$/, 'expected a 6-digit hex colour such as 1F2A44')).transform((s) => s.toUpperCase());
  const colourPair = z.strictObject({ fill: hex, text: hex });
  return z.strictObject({
    name: z.string(),
    fonts: z.strictObject({
      heading: z.string(), body: z.string(), eastAsian: z.string(), complexScript: z.string(),
      files: z.array(z.string().min(1)).optional(), // font files to measure with, relative to theme.yaml's folder
    }),
    colours: z.strictObject({ navy: hex, accent: hex, text: hex, muted: hex, light: hex, rule: hex, onDark: hex, onDarkMuted: hex }),
    sizes: z
      .strictObject({
        title: z.number(), titleMin: z.number(), subtitle: z.number(), body: z.number(), bodyMin: z.number(),
        table: z.number(), tableMin: z.number(), footer: z.number(), banner: z.number(), titleSlide: z.number(),
        bodyMax: z.number().optional(), // ceiling for short content: it grows up to this size to use the slide
        tableMax: z.number().optional(),
      })
      .transform((s) => ({ ...s, bodyMax: Math.max(s.bodyMax ?? s.body + 8, s.body), tableMax: Math.max(s.tableMax ?? s.table + 4, s.table) })),
    grid: z.strictObject({
      width: z.number(), height: z.number(), margin: z.number(), banner: z.number(), titleTop: z.number(), titleHeight: z.number(),
      ruleGap: z.number(), subtitleHeight: z.number(), contentTop: z.number(), contentBottom: z.number(), footerTop: z.number(), footerHeight: z.number(),
      inset: z.number(), indent: z.number(), paragraphGap: z.number(), cellInset: z.number(), blockGap: z.number(),
    }),
    classification: classificationSchema(colourPair),
    logo: z
      .strictObject({
        file: z.string().min(1), // relative to the theme file's folder
        alt: z.string().min(1, 'expected alt text that says what the logo shows'),
        position: z.enum(['top-left', 'top-right', 'bottom-left', 'bottom-right']).default('top-right'),
        height: z.number().positive().optional(), // inches; default 0.5 (less where the band is narrower)
      })
      .optional(),
    reference: z.string().min(1).optional(), // an organisation's .pptx/.potx the deck is built on, relative to the theme file's folder
    layouts: z
      .strictObject({ title: z.string(), content: z.string(), section: z.string(), two: z.string(), titleOnly: z.string(), blank: z.string() })
      .partial()
      .optional(), // a layout of the reference deck pinned by name for a kind of slide
    topicsOverview: z.enum(['auto', 'always', 'never']).default('auto'), // the "Topics discussed" slide: auto = only when it adds something
    paper: z.enum(['auto', 'a4', 'letter']).default('auto'), // handouts (notes pages): auto = Letter for en-US and other Letter regions, else A4
    cover: z.enum(['dark', 'light']).default('dark'), // the title slide: dark = on navy, light = on white with navy text (prints well)
    deck: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected a template name such as summary')).min(1),
  });
}
let themeSchema: ReturnType<typeof makeThemeSchema> | undefined;

export type Theme = z.output<ReturnType<typeof makeThemeSchema>>;

export function parseTheme(text: string, file: string): Theme {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    throw new BriefdeckError(doc.errors.map((e) => problem('template', e.message.split('\n')[0], { file, ...toPos(lines.linePos(e.pos[0])) })));
  }
  const result = (themeSchema ??= makeThemeSchema()).safeParse(withBaseTheme(doc.toJS(), file, () => locate(doc, lines, ['theme'])));
  if (result.success) return withFontFiles(result.data, file, (i) => locate(doc, lines, ['fonts', 'files', i]));
  throw new BriefdeckError(
    result.error.issues.map((issue) => problem('template', issue.message, { file, ...locate(doc, lines, issue.path as (string | number)[]), path: issue.path.join('.') })),
  );
}

/** How deep `theme: NAME` may chain (print is built on default): a theme naming itself is refused, not followed for ever. */
const MAX_BASE_DEPTH = 4;

/** A theme with `theme: NAME` is that built-in theme with the file's own keys written over it; unknown names are refused with did-you-mean. */
function withBaseTheme(own: unknown, file: string, at: () => Partial<ReturnType<typeof locate>>, depth = 0): unknown {
  if (typeof own !== 'object' || own === null || !('theme' in own)) return own;
  const { theme: name, ...rest } = own as Record<string, unknown>;
  const known = builtInThemeNames();
  if (typeof name !== 'string' || !BUILT_IN_THEMES[name] || depth >= MAX_BASE_DEPTH) {
    const near = typeof name === 'string' ? closest(name, known) : undefined;
    const found = typeof name === 'string' ? `"${name}"` : JSON.stringify(name);
    throw new BriefdeckError([
      problem('template', `expected a built-in theme (${known.join(', ')}), found ${found}`, { file, ...at(), path: 'theme', hint: near ? `did you mean "${near}"?` : undefined }),
    ]);
  }
  const baseFile = BUILT_IN_THEMES[name];
  const base = parseDocument(readFileSync(baseFile, 'utf8')).toJS();
  return overlay(withBaseTheme(base, baseFile, () => ({}), depth + 1), rest);
}

/** The built-in theme NAME (`--theme NAME`): its file, or a usage error naming the themes there are. */
export function builtInThemeFile(name: string): string {
  const file = BUILT_IN_THEMES[name];
  if (file) return file;
  const near = closest(name, builtInThemeNames());
  throw new BriefdeckError(
    [problem('usage', `--theme: expected one of ${builtInThemeNames().join(', ')}, found "${name}"`, { hint: near ? `did you mean --theme ${near}?` : 'leave --theme out for the default theme' })],
    EXIT.usage,
  );
}

/** fonts.files resolved against theme.yaml's folder; a file that is not there is refused at its line. */
function withFontFiles(theme: Theme, file: string, at: (index: number) => ReturnType<typeof locate>): Theme {
  if (!theme.fonts.files) return theme;
  const files = theme.fonts.files.map((name) => resolve(dirname(file), name));
  const missing = files.flatMap((path, i) => (isFile(path) ? [] : [problem('template', `expected a font file, found nothing at ${path}`, { file, ...at(i), path: `fonts.files.${i}` })]));
  if (missing.length) throw new BriefdeckError(missing);
  return { ...theme, fonts: { ...theme.fonts, files } };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The precomputed file's name (dist/precomputed/themes.json): the built-in themes, parsed at build time. */
export const THEMES = 'themes';

/**
 * theme.yaml read and parsed, once per content: a theme is the same for the same text (and, when it is built on a built-in
 * theme, the same built-in themes' text), except its font files, resolved and checked against the disk, so a theme with
 * fonts.files is parsed every time.
 */
export function loadTheme(file: string): Theme {
  const text = readFileSync(file, 'utf8');
  return byContent(THEMES, themeKey(text), () => parseTheme(text, file), (theme) => !theme.fonts.files);
}

/** The content key of a theme's text: the text, and the built-in themes' when it starts from one (`theme: NAME`). */
export function themeKey(text: string): string {
  const bases = /^theme\s*:/m.test(text) ? Object.values(BUILT_IN_THEMES).map((base) => readFileSync(base, 'utf8')) : [];
  return contentHash([text, ...bases]);
}

/** The line and column of a key path's value in a theme file (for problems found after the theme was loaded, such as an unreadable logo). */
export function locateInTheme(themeFile: string, path: (string | number)[]): { line?: number; column?: number } {
  try {
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(themeFile, 'utf8'), { lineCounter: lines, prettyErrors: false });
    return locate(doc, lines, path);
  } catch {
    return {};
  }
}

function toPos(p: { line: number; col: number }) {
  return { line: p.line, column: p.col };
}
