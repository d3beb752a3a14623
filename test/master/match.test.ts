// Matching slide kinds to a template's layouts: by the placeholders they hold, whatever the layouts are called; pins; warned fallbacks.
import { describe, expect, it } from 'vitest';
import { BriefdeckError } from '../../src/errors.js';
import { describeTemplate } from '../../src/master/describe.js';
import { matchLayouts } from '../../src/master/match.js';
import type { LayoutKind, MatchedLayouts, TemplateInfo, LayoutInfo } from '../../src/master/model.js';
import { describeReference, referenceParts, rewriteAll } from './fixtures.js';

const names = (matched: MatchedLayouts) => Object.fromEntries(Object.entries(matched.layouts).map(([kind, layout]) => [kind, layout.name]));
const parts = (matched: MatchedLayouts) => Object.fromEntries(Object.entries(matched.layouts).map(([kind, layout]) => [kind, layout.part]));

/** The pandoc reference with its layouts renamed (English name → new name). */
function renamed(rename: (name: string) => string): TemplateInfo {
  const layouts = rewriteAll(referenceParts('pandoc-reference'), /^ppt\/slideLayouts\/[^/]+\.xml$/, (xml) =>
    xml.replace(/<p:cSld name="([^"]*)"/, (_all, name: string) => `<p:cSld name="${rename(name)}"`),
  );
  return describeTemplate(layouts);
}

const GERMAN: Record<string, string> = {
  'Title Slide': 'Titelfolie',
  'Title and Content': 'Titel und Inhalt',
  'Section Header': 'Abschnittsüberschrift',
  'Two Content': 'Zwei Inhalte',
  Comparison: 'Vergleich',
  'Title Only': 'Nur Titel',
  Blank: 'Leer',
  'Content with Caption': 'Inhalt mit Überschrift',
  'Picture with Caption': 'Bild mit Überschrift',
  'Title and Vertical Text': 'Titel und vertikaler Text',
  'Vertical Title and Text': 'Vertikaler Titel und Text',
};

const LIBREOFFICE_KINDS = { title: 'Title Slide', content: 'Title, Content', two: 'Title, 2 Content', titleOnly: 'Title Only', blank: 'Blank Slide' };
const NO_SECTION =
  'the template has no Section Header layout (a title and one text placeholder, named like “Section Header”): section slides use “Title, Content”';

describe('matchLayouts on the reference fixtures', () => {
  it('finds every kind in Pandoc’s reference by its placeholders, with no warning', () => {
    const matched = matchLayouts(describeReference('pandoc-reference'));
    expect(names(matched)).toEqual({
      title: 'Title Slide',
      content: 'Title and Content',
      section: 'Section Header',
      two: 'Two Content',
      titleOnly: 'Title Only',
      blank: 'Blank',
    });
    expect(matched.warnings).toEqual([]);
  });

  const libreoffice = ['focus', 'vivid', 'midnightblue', 'beehive', 'inspiration', 'pencil', 'yellow-idea', 'nature-illustration'];
  it.each(libreoffice)(
    'finds LibreOffice’s layouts in %s: content on the master with the most room, the title slide as the template’s own first slide; section slides fall back to “Title, Content” with a warning',
    (name) => {
      const info = describeReference(name);
      const matched = matchLayouts(info);
      expect(names(matched)).toEqual({ ...LIBREOFFICE_KINDS, section: 'Title, Content' });
      // one master per page design: content, and the kinds that go with it, on the master whose content box is largest
      const area = (layout: LayoutInfo) => Math.max(...layout.placeholders.filter((p) => p.type === 'obj' || p.type === 'body').map((p) => p.box.w * p.box.h));
      const contents = info.layouts.filter((layout) => layout.name === 'Title, Content');
      expect(area(matched.layouts.content)).toBe(Math.max(...contents.map(area)));
      for (const kind of ['section', 'titleOnly', 'blank'] as const) expect(matched.layouts[kind].master, kind).toBe(matched.layouts.content.master);
      // the title slide: the layout the template's first slide is on, when that is a title layout; else the first master's
      const first = info.layouts.find((layout) => layout.part === info.exampleLayouts?.[0]);
      expect(matched.layouts.title.master).toBe(first?.name === 'Title Slide' ? first.master : info.layouts[0].master);
      expect(matched.warnings).toEqual([NO_SECTION]);
      expect(matched.missing).toEqual({ section: NO_SECTION });
    },
  );
});

describe('matchLayouts whatever the layouts are called', () => {
  const english = matchLayouts(describeReference('pandoc-reference'));

  it('matches German layout names to the same layouts as the English ones', () => {
    const german = matchLayouts(renamed((name) => GERMAN[name] ?? name));
    expect(parts(german)).toEqual(parts(english));
    expect(names(german).content).toBe('Titel und Inhalt');
    expect(german.warnings).toEqual([]);
  });

  it('matches layouts with meaningless names by their placeholders alone; only the section header needs its name', () => {
    const numbered = matchLayouts(renamed((name) => `Layout ${Object.keys(GERMAN).indexOf(name) + 1}`));
    const { section: _section, ...structural } = parts(english);
    expect(parts(numbered)).toMatchObject(structural);
    expect(numbered.layouts.section).toBe(numbered.layouts.content);
    expect(numbered.warnings).toEqual([
      `the template has no Section Header layout (a title and one text placeholder, named like “Section Header”): section slides use “Layout 2”`,
    ]);
  });
});

describe('matchLayouts on title slides with more than a title and a subtitle', () => {
  it('still takes a title slide that also holds a text placeholder (a date line) over a content layout', () => {
    const info = describeReference('pandoc-reference');
    const titleSlide = info.layouts[0];
    const body = info.layouts[1].placeholders.find((p) => p.type === 'obj');
    const withDate = { ...titleSlide, placeholders: [...titleSlide.placeholders, { ...body!, type: 'body' as const, idx: 13 }] };
    const matched = matchLayouts({ ...info, layouts: [withDate, ...info.layouts.slice(1)] });
    expect(matched.layouts.title.name).toBe('Title Slide');
    expect(matched.warnings).toEqual([]);
  });
});

describe('matchLayouts with pinned layouts', () => {
  const info = describeReference('pandoc-reference');

  it('uses a pinned layout by name, ignoring case', () => {
    const matched = matchLayouts(info, { section: 'title only', content: 'Content with Caption' });
    expect(names(matched)).toMatchObject({ section: 'Title Only', content: 'Content with Caption' });
    expect(matched.warnings).toEqual(['the layout “Content with Caption” pinned for content slides does not hold a title and one content placeholder']);
  });

  it('pins a layout whose name the XML writes with entities and character references', () => {
    const escaped = renamed((name) => (name === 'Title and Content' ? 'Titel &amp; Inhalt &#x2013; Standard' : name));
    expect(matchLayouts(escaped, { content: 'Titel & Inhalt – Standard' }).layouts.content.part).toBe('ppt/slideLayouts/slideLayout2.xml');
  });

  it('refuses a pin that names no layout, with a did-you-mean and the names there are', () => {
    const attempt = () => matchLayouts(info, { content: 'Title and Contnet' });
    expect(attempt).toThrow(BriefdeckError);
    try {
      attempt();
    } catch (error) {
      const [found] = (error as BriefdeckError).problems;
      expect(found.message).toBe('expected the name of a layout of the template to pin for content slides, found “Title and Contnet”');
      expect(found.hint).toMatch(/^did you mean “Title and Content”\? the template's layouts are “Title Slide”, “Title and Content”, /);
    }
  });
});

describe('matchLayouts falls back when a kind is missing', () => {
  const full = describeReference('pandoc-reference');
  const only = (...kept: string[]): TemplateInfo => ({ ...full, layouts: full.layouts.filter((l) => kept.includes(l.name)) });

  it('uses the layout with the largest content placeholder for content, and content for two and section', () => {
    const matched = matchLayouts(only('Title Slide', 'Comparison', 'Content with Caption', 'Title Only', 'Blank'));
    expect(names(matched)).toMatchObject({ content: 'Content with Caption', two: 'Content with Caption', section: 'Content with Caption' });
    const missing = Object.keys(matched.missing ?? {}).sort();
    expect(missing).toEqual<LayoutKind[]>(['content', 'section', 'two']);
    expect(matched.warnings).toContain(
      'the template has no Two Content layout (a title and two content placeholders side by side): two-column slides use “Content with Caption”',
    );
  });

  it('uses Title Only for blank slides, and for content when no layout holds a content placeholder', () => {
    const matched = matchLayouts(only('Title Only'));
    expect(Object.values(names(matched))).toEqual(Array(6).fill('Title Only'));
    expect(matched.warnings).toHaveLength(5);
  });

  it('refuses a template with no layout holding a title placeholder, or with no layout at all', () => {
    expect(() => matchLayouts(only('Blank'))).toThrow(
      /^expected a template with a layout that has a title placeholder, found only layouts without one \(“Blank”\)/,
    );
    expect(() => matchLayouts(only())).toThrow(/^expected a template with a layout that has a title placeholder, found no layouts/);
  });
});
