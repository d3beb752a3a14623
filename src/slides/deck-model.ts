// Assembles the deck model from the brief, the planned slides and the prepared template: the one input of the renderer.
import type { Brief } from '../brief/schema.js';
import type { PreparedTemplate } from '../master/prepare.js';
import { formatDate } from '../templates/helpers.js';
import type { Banner } from '../templates/markings.js';
import type { Theme } from '../templates/theme.js';
import type { DeckModel } from './deck.js';
import type { Frame } from './frame.js';
import type { Slide } from './model.js';

export interface DeckInputs {
  theme: Theme; // the organisation's theme.yaml: colours for tables, the theme's floors
  prepared: PreparedTemplate;
  frame: Frame;
  banner?: Banner;
  date: Date;
}

export function deckModel(brief: Brief, slides: Slide[], { theme, prepared, frame, banner, date }: DeckInputs): DeckModel {
  const lang = brief.language ?? 'en-GB';
  const eventDate = brief.event?.date ? formatDate(brief.event.date, lang) : '';
  const c = theme.colours;
  const g = theme.grid;
  const bundled = !prepared.file;
  return {
    size: prepared.info.slideSize,
    lang,
    properties: {
      title: brief.title,
      subject: brief.subtitle ?? `Briefing: ${brief.title}`,
      author: brief.prepared_by ?? 'briefdeck',
      company: brief.prepared_by ?? '',
      date,
    },
    footer: [brief.title, eventDate].filter(Boolean).join(' · '),
    banner: banner && { text: banner.text, fill: banner.fill, color: banner.color },
    template: prepared.parts,
    layouts: prepared.matched.layouts,
    frame,
    style: {
      fonts: { body: frame.content.body.levels[0].font, eastAsian: theme.fonts.eastAsian, complexScript: theme.fonts.complexScript },
      colours: { text: c.text, muted: c.muted, accent: c.accent, light: c.light, rule: c.rule, header: c.navy, onHeader: c.onDark },
      coverMuted: bundled ? c.onDarkMuted : undefined,
      sizes: { subtitle: theme.sizes.subtitle, footer: theme.sizes.footer, banner: theme.sizes.banner },
      cellInset: g.cellInset,
      blockGap: g.blockGap,
      inset: g.inset,
      indent: g.indent,
      paragraphGap: g.paragraphGap,
    },
    slides,
  };
}
