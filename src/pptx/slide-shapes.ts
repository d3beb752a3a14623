// What each planned slide puts into its layout's placeholders: title, subtitle and body text, footer and slide number.
import type { Box, LayoutInfo, PlaceholderInfo } from '../master/model.js';
import { bannerHeight } from '../master/decorate.js';
import type { DeckModel } from '../slides/deck.js';
import { footerBox, levelFontSize, type TextFrame } from '../slides/frame.js';
import { runsText, type Paragraph, type PlacedBlock, type Slide } from '../slides/model.js';
import { isRtlText } from '../slides/script.js';
import { listStarts, numberHang } from '../slides/numbering.js';
import type { ParagraphLook } from './text-xml.js';
import { ambiguous, type PlaceholderShape, type PlaceholderText } from './placeholders.js';

const PT_PER_IN = 72;
const plain = (text: string): Paragraph => ({ runs: [{ text }], level: 0, bullet: false });

/** The placeholder shapes of slide `number` (1-based) and the placed blocks drawn outside them (tables, later text). */
export function slideShapes(slide: Slide, number: number, deck: DeckModel): { shapes: PlaceholderShape[]; rest: PlacedBlock[] } {
  const layout = deck.layouts[slide.layout];
  switch (slide.layout) {
    case 'title':
      return { shapes: [...titleShape(slide, deck.frame.cover.title, layout), ...coverLines(slide, deck)], rest: [] };
    case 'section':
      return { shapes: [...titleShape(slide, deck.frame.section.title, layout), ...sectionLines(slide, deck)], rest: [] };
    case 'content': {
      const body = contentBody(slide, deck);
      return { shapes: [...titleShape(slide, deck.frame.content.title, layout), ...body.shapes, ...footers(layout, number, deck)], rest: body.rest };
    }
    default:
      return slide.layout satisfies never;
  }
}

/** The box a shape must state: the frame's when it was moved or the layout's placeholder cannot be named unambiguously. */
function ownBox(frame: TextFrame, layout: LayoutInfo): Box | undefined {
  const ph = frame.placeholder!;
  return frame.moved || ambiguous(ph, layout.placeholders) ? frame.box : undefined;
}

function titleShape(slide: Slide, frame: TextFrame, layout: LayoutInfo): PlaceholderShape[] {
  if (!frame.placeholder) return [];
  const size = slide.titleFontSize && slide.titleFontSize !== frame.levels[0].size ? slide.titleFontSize : undefined;
  return [
    {
      placeholder: frame.placeholder,
      box: ownBox(frame, layout),
      paragraphs: [{ paragraph: plain(slide.title), look: { size, inherit: true, stated: stated(frame.placeholder) } }],
    },
  ];
}

/** A placeholder whose style is only in the template's example text: each paragraph states its level's style. */
function stated(ph: PlaceholderInfo | undefined, level = 0) {
  return ph?.repeatStyle ? ph.levels[Math.min(level, ph.levels.length - 1)] : undefined;
}

/** The size to state for a paragraph of `level` in a block fitted at `size` (the top level's): sub-levels keep their proportion. */
function sized(size: number, frame: TextFrame, level = 0): number | undefined {
  const own = frame.levels[Math.min(level, frame.levels.length - 1)].size;
  const drawn = levelFontSize(size, frame.levels, level);
  return Math.abs(drawn - own) < 0.05 ? undefined : Math.round(drawn * 10) / 10;
}

/** The title slide's subtitle and detail lines in its subtitle placeholder, at the sizes the planner fitted them to. */
function coverLines(slide: Slide, deck: DeckModel): PlaceholderShape[] {
  const frame = deck.frame.cover.subtitle;
  if (!frame.placeholder) return [];
  const scale = slide.lineScale ?? 1;
  const base = deck.style.sizes.cover; // the size the planner fitted the lines at
  const lines: { text: string; look: ParagraphLook }[] = [
    ...(slide.subtitle ? [{ text: slide.subtitle, look: { size: sized((base + 4) * scale, frame) } }] : []),
    ...slide.lines.map((line) => ({
      text: line.text,
      look: { size: sized((line.muted ? base - 4 : base) * scale, frame), colour: line.muted ? deck.style.coverMuted : undefined },
    })),
  ];
  const look = { inherit: true, stated: stated(frame.placeholder) };
  const paragraphs = lines.map((line, i) => ({ paragraph: plain(line.text), look: { ...look, ...line.look, spaceBefore: i === 0 ? 0 : i === 1 ? 14 : 6 } }));
  return paragraphs.length ? [{ placeholder: frame.placeholder, box: ownBox(frame, deck.layouts.title), paragraphs }] : [];
}

function sectionLines(slide: Slide, deck: DeckModel): PlaceholderShape[] {
  const frame = deck.frame.section.body;
  if (!frame.placeholder || !slide.subtitle) return [];
  return [
    {
      placeholder: frame.placeholder,
      box: ownBox(frame, deck.layouts.section),
      paragraphs: [{ paragraph: plain(slide.subtitle), look: { inherit: true, stated: stated(frame.placeholder) } }],
    },
  ];
}

/**
 * The subtitle and the first run of text blocks go into the body placeholder; tables (and any text after a table) are
 * drawn where the planner placed them. With anything but text, the body placeholder is cut to the text's height.
 */
function contentBody(slide: Slide, deck: DeckModel): { shapes: PlaceholderShape[]; rest: PlacedBlock[] } {
  const frame = deck.frame.content.body;
  const placed = slide.placed ?? [];
  const firstTable = placed.findIndex((p) => p.block.kind !== 'text');
  const text = firstTable < 0 ? placed : placed.slice(0, firstTable);
  const rest = firstTable < 0 ? [] : placed.slice(firstTable);
  const subtitle = slide.messageAt ? undefined : slide.subtitle; // with a message, the subtitle is drawn above its callout (./message.ts)
  if (!frame.placeholder || (!text.length && !subtitle)) return { shapes: [], rest: frame.placeholder ? rest : placed };
  const paragraphs: PlaceholderText['paragraphs'] = [];
  if (subtitle) {
    const look = { colour: deck.style.colours.muted, size: sized(deck.style.sizes.subtitle, frame), spaceBefore: 0, stated: stated(frame.placeholder) };
    paragraphs.push({ paragraph: plain(subtitle), look });
  }
  const mixed = text.some((block) => block.block.kind === 'text' && block.block.paragraphs.some((p) => isRtlText(runsText(p.runs)))); // some right-to-left: the others state left-to-right
  text.forEach((block, b) => {
    if (block.block.kind !== 'text') return;
    const starts = listStarts(block.block.paragraphs);
    block.block.paragraphs.forEach((paragraph, i) => {
      const first = paragraphs.length === 0;
      const spaceBefore = first ? 0 : i === 0 && b > 0 ? deck.style.blockGap * PT_PER_IN : undefined;
      const size = sized(block.at.fontSize, frame, paragraph.level);
      const numbering = paragraph.numbered
        ? { margins: numberMargins(paragraph, block.at.fontSize, frame), startAt: starts.get(paragraph.numbered.level) }
        : {};
      paragraphs.push({
        paragraph,
        look: {
          size,
          spaceBefore,
          stated: stated(frame.placeholder, paragraph.level),
          bulletColour: bulletColour(paragraph, frame),
          statesDirection: mixed || undefined,
          ...numbering,
        },
      });
    });
  });
  const bottom = text.length ? text[text.length - 1].at.y + text[text.length - 1].at.h : (placed[0]?.at.y ?? frame.box.y + 0.5);
  const box = slide.messageAt
    ? belowCallout(frame.box, text[0]?.at.y ?? frame.box.y, rest.length ? bottom : frame.box.y + frame.box.h)
    : rest.length || !text.length
      ? { ...frame.box, h: Math.max(bottom - frame.box.y, 0.4) }
      : ownBox(frame, deck.layouts.content);
  const column = (placed[0]?.at.w ?? frame.box.w) < frame.box.w - 1e-6 ? placed[0].at.w : undefined; // text beside a picture: the planner's narrower column
  return { shapes: [{ placeholder: frame.placeholder, box: column ? { ...(box ?? frame.box), w: column } : box, paragraphs }], rest };
}

/** A numbered list's margins (inches): its items hang their numbers as wide as the largest needs, its sub-items move right with them. */
function numberMargins(p: Paragraph, fontSize: number, frame: TextFrame): { left: number; indent: number } {
  const at = (level: number) => frame.levels[Math.min(level, frame.levels.length - 1)];
  const listLevel = p.numbered!.level;
  const bulletHang = Math.max(-at(listLevel).indent, 0);
  const hang = numberHang(p.numbered!.last, levelFontSize(fontSize, frame.levels, listLevel), bulletHang);
  const own = at(p.level);
  return p.level === listLevel ? { left: own.marginLeft - bulletHang + hang, indent: -hang } : { left: own.marginLeft + hang - bulletHang, indent: own.indent };
}

/** A bullet (or number) in the paragraph's text colour when its first run is coloured otherwise (a link), so every bullet of a list looks alike. */
function bulletColour(p: Paragraph, frame: TextFrame): string | undefined {
  const first = p.runs[0];
  if (!p.bullet || !first || !(first.href || first.style === 'muted' || first.style === 'tag')) return undefined;
  return frame.levels[Math.min(p.level, frame.levels.length - 1)].colour ?? 'tx1';
}

/** The body placeholder below a message callout: from where the planner put the first text to `bottom`. */
function belowCallout(box: Box, top: number, bottom: number): Box {
  return { ...box, y: top, h: Math.max(bottom - top, 0.4) };
}

/** Footer text and slide number, in the layout's own footer placeholders, moved clear of a bottom banner when they would overlap it. */
function footers(layout: LayoutInfo, number: number, deck: DeckModel): PlaceholderShape[] {
  const clear = deck.banner ? bannerHeight(deck.size.h) : 0;
  const place = (ph: PlaceholderInfo): Box | undefined => {
    const box = footerBox(ph.box, deck.size, clear);
    return box !== ph.box || ambiguous(ph, layout.placeholders) ? box : undefined;
  };
  // a footer moved up off the template's own band (clear of the banner) is drawn on the slide's background: in the deck's
  // grey for secondary text, not the band's (often white) text colour
  const colour = (ph: PlaceholderInfo) => (footerBox(ph.box, deck.size, clear) !== ph.box ? deck.style.colours.muted : undefined);
  const shapes: PlaceholderShape[] = [];
  const footer = layout.placeholders.find((ph) => ph.type === 'ftr');
  if (footer && deck.footer.text) {
    const look = { inherit: true, size: deck.footer.size, stated: stated(footer), colour: colour(footer) };
    shapes.push({ placeholder: footer, box: place(footer), paragraphs: [{ paragraph: plain(deck.footer.text), look }] });
  }
  const slideNumber = layout.placeholders.find((ph) => ph.type === 'sldNum');
  if (slideNumber)
    shapes.push({
      placeholder: slideNumber,
      box: place(slideNumber),
      field: 'slidenum',
      number,
      look: { inherit: true, size: deck.footer.numberSize, stated: stated(slideNumber), colour: colour(slideNumber) },
    });
  return shapes;
}
