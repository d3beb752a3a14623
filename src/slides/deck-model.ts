// Assembles the deck model from the brief, the planned slides and the prepared template: the one input of the renderer.
import type { Brief } from '../brief/schema.js';
import type { PreparedTemplate } from '../master/prepare.js';
import { formatDate } from '../templates/helpers.js';
import type { Banner } from '../templates/markings.js';
import type { Theme } from '../templates/theme.js';
import type { DeckModel } from './deck.js';
import { coverBase, type Frame } from './frame.js';
import type { Slide } from './model.js';
import type { LayoutInfo } from '../master/model.js';
import { coverColours } from '../master/theme-part.js';
import { fitOneLine, SAFETY, type Measurer } from './measure.js';
import { measurerFor } from './font-measure.js';
import { PT_PER_IN } from './fit.js';
import { plainText } from '../shared/inline.js';

export interface DeckInputs {
  theme: Theme; // the organisation's theme.yaml: colours for tables, the theme's floors
  prepared: PreparedTemplate;
  frame: Frame;
  banner?: Banner;
  date: Date;
}

export function deckModel(brief: Brief, slides: Slide[], { theme, prepared, frame, banner, date }: DeckInputs, measurer?: Measurer): DeckModel {
  const lang = brief.language ?? 'en-GB';
  const eventDate = brief.event?.date ? formatDate(brief.event.date, lang) : '';
  const c = theme.colours;
  const g = theme.grid;
  const bundled = !prepared.file;
  const title = plainText(brief.title); // the footer and the file's properties show text only, as the title slide does
  const subtitle = brief.subtitle === undefined ? undefined : plainText(brief.subtitle);
  return {
    size: prepared.info.slideSize,
    lang,
    properties: {
      title,
      subject: subtitle ?? `Briefing: ${title}`,
      author: brief.prepared_by ?? 'briefdeck',
      company: brief.prepared_by ?? '',
      date,
    },
    footer: fittedFooter([title, eventDate].filter(Boolean).join(' · '), prepared.matched.layouts.content, theme, measurer),
    banner: banner && { text: banner.text, fill: banner.fill, color: banner.color },
    template: prepared.parts,
    layouts: prepared.matched.layouts,
    frame,
    style: {
      fonts: { body: frame.content.body.levels[0].font, eastAsian: theme.fonts.eastAsian, complexScript: theme.fonts.complexScript },
      // by role, as the theme's colour slots (src/master/theme-part.ts): a template's own palette, and Design-tab changes, restyle them;
      // grey for secondary text and lines stays fixed on a reference template, whose accent2/accent3 may be any colour
      colours: {
        text: 'tx1',
        muted: bundled ? 'accent2' : c.muted,
        accent: 'accent1',
        light: 'bg2',
        rule: bundled ? 'accent3' : c.rule,
        header: 'tx2',
        onHeader: 'bg1',
      },
      coverMuted: bundled ? coverColours(theme).muted : undefined,
      sizes: { subtitle: theme.sizes.subtitle, cover: coverBase(frame), footer: theme.sizes.footer, banner: theme.sizes.banner },
      cellInset: g.cellInset,
      blockGap: g.blockGap,
      inset: g.inset,
      indent: g.indent,
      paragraphGap: g.paragraphGap,
    },
    slides,
  };
}

/**
 * The footer on one line of the content layout's footer placeholder: at the template's size, never below the theme's
 * footer size (a template's 9 pt footer is raised to it), smaller only down to that floor, then cut with an ellipsis.
 */
function fittedFooter(text: string, layout: LayoutInfo, theme: Theme, given?: Measurer): DeckModel['footer'] {
  const floor = theme.sizes.footer;
  const footer = layout.placeholders.find((ph) => ph.type === 'ftr');
  const number = layout.placeholders.find((ph) => ph.type === 'sldNum');
  const raise = (size: number | undefined) => (size !== undefined && size < floor ? floor : undefined);
  if (!footer) return { text, numberSize: raise(number?.levels[0].size) };
  const own = footer.levels[0].size;
  const bold = footer.levels[0].bold;
  const measurer = given ?? measurerFor({ latin: footer.levels[0].font, files: theme.fonts.files }).measurer; // in the footer's own font
  const width = (footer.box.w - footer.insets.left - footer.insets.right) * PT_PER_IN;
  let size = Math.max(own, floor);
  while (size > floor && measurer.width(text, size, bold) * SAFETY > width) size = Math.max(floor, size - 1);
  const fitted = fitOneLine(measurer, text, width / SAFETY, size, bold);
  return { text: fitted, size: size === own ? undefined : size, numberSize: raise(number?.levels[0].size) };
}
