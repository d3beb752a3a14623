// DrawingML paragraphs for text in placeholders: each run carries only what differs from the master (bold, a link, a language, a size fitting chose).
import { escapeXml } from '../shared/xml.js';
import type { LevelStyle } from '../master/model.js';
import { tagFontSize, type Paragraph, type Run } from '../slides/model.js';
import { isRtlText } from '../slides/script.js';
import { EMOJI_FONT, languageSegments, linkDropped, uriReference } from './elements.js';
import { eastAsianFace } from './package.js';

export interface TextStyle {
  lang: string; // the deck's language
  eastAsianFont?: string; // the theme's East Asian font (a Noto Sans CJK font follows each run's language)
  accent: string; // RRGGBB for links and tags
  muted: string; // RRGGBB for muted runs
  link(url: string): string; // the relationship id of a hyperlink from this slide
}

/** What one paragraph sets over its level's style in the placeholder. */
export interface ParagraphLook {
  size?: number; // points; set on every run when fitting chose a size other than the master's
  colour?: string; // RRGGBB for the whole paragraph (a subtitle line in the body)
  bold?: boolean;
  spaceBefore?: number; // points; undefined: the master's
  align?: 'center'; // centred text unless the paragraph runs right to left
  inherit?: boolean; // a title or subtitle line: bullet and indent as the placeholder's level has them
  stated?: LevelStyle; // the placeholder's style lives only in the template's example text: state it on this paragraph
  margins?: { left: number; indent: number }; // inches: a numbered list's own (its numbers hang wider than a bullet)
  startAt?: number; // a numbered item: the number its list starts at on this slide (a continuation goes on counting)
  bulletColour?: string; // RRGGBB or a scheme slot: the bullet or number's colour when the first run has a colour of its own (a link)
  statesDirection?: boolean; // a left-to-right paragraph among right-to-left ones says so (LibreOffice carries rtl over to the next paragraph)
}

const EMU = 914400;
const emu = (inches: number) => Math.round(inches * EMU);
const ALIGN = { left: 'l', center: 'ctr', right: 'r', justify: 'just' } as const;

/** A run's fill: a fixed colour (RRGGBB) or a theme colour slot, which a change of the theme restyles. */
function colourFill(colour: string): string {
  return `<a:solidFill>${colourElement(colour)}</a:solidFill>`;
}

function colourElement(colour: string): string {
  return /^[0-9A-Fa-f]{6}$/.test(colour) ? `<a:srgbClr val="${colour}"/>` : `<a:schemeClr val="${colour}"/>`;
}

export function paragraphXml(p: Paragraph, look: ParagraphLook, style: TextStyle): string {
  const plain = p.runs.map((r) => r.text).join('');
  const rtl = isRtlText(plain);
  const s = look.stated;
  const m = look.margins;
  const attributes = [
    m && !look.inherit && (p.bullet || p.continued)
      ? ` marL="${emu(m.left)}"`
      : s && !look.inherit && (p.bullet || p.continued)
        ? ` marL="${emu(s.marginLeft)}"`
        : '',
    p.level ? ` lvl="${Math.min(p.level, 8)}"` : '',
    look.inherit
      ? ''
      : !p.bullet && !p.continued
        ? ' marL="0" indent="0"'
        : p.continued
          ? ' indent="0"'
          : m
            ? ` indent="${emu(m.indent)}"`
            : s
              ? ` indent="${emu(s.indent)}"`
              : '',
    rtl ? ' algn="r" rtl="1"' : look.align === 'center' ? ' algn="ctr"' : s ? ` algn="${ALIGN[s.align]}"` : '',
    !rtl && look.statesDirection ? ' rtl="0"' : '',
  ].join('');
  const spaceBefore = look.spaceBefore ?? s?.spaceBefore;
  const children = [
    s && !look.inherit ? `<a:lnSpc><a:spcPct val="${Math.round(s.lineSpacing * 100000)}"/></a:lnSpc>` : '',
    spaceBefore === undefined ? '' : `<a:spcBef><a:spcPts val="${Math.round(spaceBefore * 100)}"/></a:spcBef>`,
    s && !look.inherit ? `<a:spcAft><a:spcPts val="${Math.round(s.spaceAfter * 100)}"/></a:spcAft>` : '',
    p.bullet && look.bulletColour && !look.inherit ? `<a:buClr>${colourElement(look.bulletColour)}</a:buClr>` : '',
    numberXml(p, look) ??
      (s && p.bullet && !look.inherit ? '<a:buFont typeface="Arial"/><a:buChar char="•"/>' : p.bullet || (look.inherit && !s) ? '' : '<a:buNone/>'),
  ].join('');
  const pPr = attributes || children ? `<a:pPr${attributes}${children ? `>${children}</a:pPr>` : '/>'}` : '';
  const runs = p.runs.map((run) => runXml(run, look, style, plain, rtl)).join('');
  const end = `<a:endParaRPr lang="${escapeXml(style.lang)}"${look.size ? ` sz="${Math.round(look.size * 100)}"` : ''} dirty="0"/>`;
  return `<a:p>${pPr}${runs}${end}</a:p>`;
}

/** A numbered item's number: in the text's font, counting on from `startAt` (undefined: not a numbered item). */
function numberXml(p: Paragraph, look: ParagraphLook): string | undefined {
  if (!p.bullet || look.inherit || p.numbered?.n === undefined || p.numbered.level !== p.level) return undefined;
  const start = look.startAt ?? p.numbered.n;
  return `<a:buFontTx/><a:buAutoNum type="arabicPeriod"${start > 1 ? ` startAt="${start}"` : ''}/>`;
}

/** One model run: a line break first if it asks for one, then a DrawingML run per language piece. */
function runXml(run: Run, look: ParagraphLook, style: TextStyle, context: string, rtl: boolean): string {
  const pieces = run.href && rtl ? [{ text: `\u202B${run.text}\u202C`, lang: style.lang }] : languageSegments(run.text, style.lang, context);
  const linkId = run.href && !linkDropped(run, rtl) ? style.link(uriReference(run.href)) : undefined;
  const breakXml = run.breakBefore ? `<a:br><a:rPr lang="${escapeXml(style.lang)}" dirty="0"/></a:br>` : '';
  return (
    breakXml +
    pieces
      .map((piece) => {
        const emoji = 'emoji' in piece && piece.emoji === true;
        return `<a:r>${runProperties(run, look, style, piece.lang, emoji, linkId)}<a:t>${escapeXml(piece.text)}</a:t></a:r>`;
      })
      .join('')
  );
}

export function runPropertiesXml(run: Run, look: ParagraphLook, style: TextStyle, lang: string): string {
  return runProperties(run, look, style, lang, false, undefined);
}

function runProperties(run: Run, look: ParagraphLook, style: TextStyle, lang: string, emoji: boolean, linkId: string | undefined): string {
  const s = look.stated;
  const base = look.size ?? s?.size;
  const size = run.style === 'tag' && base ? tagFontSize(base, run.minSize) : base;
  const attributes = [
    ` lang="${escapeXml(lang)}"`,
    lang === style.lang ? '' : ` altLang="${escapeXml(style.lang)}"`,
    size ? ` sz="${Math.round(size * 100)}"` : '',
    run.bold || look.bold || run.style === 'tag' || s?.bold ? ' b="1"' : '',
    run.italic || s?.italic ? ' i="1"' : '',
  ].join('');
  const colour = run.href ? undefined : run.style === 'tag' ? style.accent : run.style === 'muted' ? style.muted : (look.colour ?? s?.colour); // links: the theme's hyperlink colour
  const ea = style.eastAsianFont && eastAsianFace(style.eastAsianFont, lang);
  const fonts = emoji
    ? `<a:latin typeface="${EMOJI_FONT}"/><a:ea typeface="${EMOJI_FONT}"/><a:cs typeface="${EMOJI_FONT}"/>`
    : ea && ea !== style.eastAsianFont
      ? `${s ? `<a:latin typeface="${escapeXml(s.font)}"/>` : ''}<a:ea typeface="${escapeXml(ea)}"/>`
      : s
        ? `<a:latin typeface="${escapeXml(s.font)}"/>`
        : '';
  const children = [colour ? colourFill(colour) : '', fonts, linkId ? `<a:hlinkClick r:id="${linkId}"/>` : ''].join('');
  return `<a:rPr${attributes} dirty="0"${children ? `>${children}</a:rPr>` : '/>'}`;
}
