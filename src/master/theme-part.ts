// The default template's theme part (ppt/theme/theme1.xml): colour scheme and fonts from theme.yaml, PowerPoint's format scheme.
import { escapeXml } from '../shared/xml.js';
import type { Theme } from '../templates/theme.js';
import { NS, srgb, XML_HEAD } from './ooxml.js';

/**
 * theme.yaml's colours in the scheme's slots, so PowerPoint's Design tab and colour pickers offer them:
 * dk1 = text (body text, tx1), lt1 = white (slide background, bg1), dk2 = navy (titles, tx2), lt2 = light (bg2),
 * accent1 = accent (rules, highlights), accent2 = muted (secondary text, footers), accent3 = rule (thin lines),
 * accent4 = onDarkMuted (secondary text on navy), accent5 = navy, accent6 = text; hlink = accent, folHlink = muted.
 */
export function colourSlots(theme: Theme): [slot: string, hex: string][] {
  const c = theme.colours;
  return [
    ['dk1', c.text],
    ['lt1', 'FFFFFF'],
    ['dk2', c.navy],
    ['lt2', c.light],
    ['accent1', c.accent],
    ['accent2', c.muted],
    ['accent3', c.rule],
    ['accent4', c.onDarkMuted],
    ['accent5', c.navy],
    ['accent6', c.text],
    ['hlink', c.accent],
    ['folHlink', c.muted],
  ];
}

/**
 * The title slide's background and text colours: `cover: dark` (the default) on navy with onDark text and onDarkMuted
 * quieter lines; `cover: light` on white with a navy title, details in the text colour and quieter lines muted.
 */
export function coverColours(theme: Theme): { fill: string; title: string; text: string; muted: string } {
  const c = theme.colours;
  return theme.cover === 'light'
    ? { fill: 'FFFFFF', title: c.navy, text: c.text, muted: c.muted }
    : { fill: c.navy, title: c.onDark, text: c.onDark, muted: c.onDarkMuted };
}

function colourScheme(theme: Theme): string {
  const slots = colourSlots(theme)
    .map(([slot, hex]) => `<a:${slot}>${srgb(hex)}</a:${slot}>`)
    .join('');
  return `<a:clrScheme name="${escapeXml(theme.name)}">${slots}</a:clrScheme>`;
}

/** Major (headings) and minor (body) fonts, each with the theme's East Asian and complex-script fonts. */
function fontScheme(theme: Theme): string {
  const f = theme.fonts;
  const font = (latin: string) =>
    `<a:latin typeface="${escapeXml(latin)}"/><a:ea typeface="${escapeXml(f.eastAsian)}"/><a:cs typeface="${escapeXml(f.complexScript)}"/>`;
  return `<a:fontScheme name="${escapeXml(theme.name)}"><a:majorFont>${font(f.heading)}</a:majorFont><a:minorFont>${font(f.body)}</a:minorFont></a:fontScheme>`;
}

const phClr = (mods: string) => `<a:schemeClr val="phClr">${mods}</a:schemeClr>`;
const gradient = (stops: string[]) =>
  `<a:gradFill rotWithShape="1"><a:gsLst>${stops.map((mods, i) => `<a:gs pos="${i * 50000}">${phClr(mods)}</a:gs>`).join('')}</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>`;
const line = (w: number) =>
  `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;

/** Office's format scheme (fills, lines, effects, backgrounds), as PowerPoint and pptxgenjs write it. */
const FORMAT_SCHEME =
  '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' +
  gradient([
    '<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/>',
    '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/>',
    '<a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/>',
  ]) +
  gradient([
    '<a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/>',
    '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/>',
    '<a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/>',
  ]) +
  `</a:fillStyleLst><a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
  '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst>' +
  '<a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>' +
  '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>' +
  phClr('<a:tint val="95000"/><a:satMod val="170000"/>') +
  '</a:solidFill>' +
  gradient([
    '<a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/>',
    '<a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/>',
    '<a:shade val="63000"/><a:satMod val="120000"/>',
  ]) +
  '</a:bgFillStyleLst></a:fmtScheme>';

export function themePart(theme: Theme): string {
  return (
    `${XML_HEAD}<a:theme xmlns:a="${NS.a}" name="${escapeXml(theme.name)}"><a:themeElements>` +
    `${colourScheme(theme)}${fontScheme(theme)}${FORMAT_SCHEME}</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
  );
}
