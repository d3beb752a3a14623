// The slide master's text styles (p:txStyles) and the paragraph-level styles layouts override, from theme.yaml's sizes and grid.
import type { Theme } from '../templates/theme.js';
import { centiPoints, emu, schemeFill, solidFill } from './ooxml.js';

const BODY_FLOOR = 14; // points: DESIGN.md's "never below 14 pt on a slide"
const BULLETS = ['•', '–', '•', '–', '•'];

/** Body text sizes of the five levels: the theme's body size, then 2 pt smaller per level down to 4 pt smaller, never below 14 pt. */
export function bodyLevelSizes(theme: Theme): number[] {
  return [0, 2, 4, 4, 4].map((smaller) => Math.max(BODY_FLOOR, theme.sizes.body - smaller));
}

const themeFonts = (kind: 'mj' | 'mn') => `<a:latin typeface="+${kind}-lt"/><a:ea typeface="+${kind}-ea"/><a:cs typeface="+${kind}-cs"/>`;

interface LevelSpec {
  level: number; // 1-based
  marL?: number; // inches
  indent?: number; // inches
  align?: 'l' | 'ctr' | 'r';
  spaceBefore?: number; // points
  lineSpacing?: boolean; // write 100% line spacing
  bullet?: string | null; // a character, or null for none; undefined inherits
  size?: number; // points
  bold?: boolean;
  fill?: string; // a fill element (schemeFill/solidFill)
  fonts?: 'mj' | 'mn';
}

/** One <a:lvlNpPr> with its children in the schema's order. */
export function levelStyle(spec: LevelSpec): string {
  const attrs = [
    spec.marL !== undefined ? `marL="${emu(spec.marL)}"` : '',
    spec.indent !== undefined ? `indent="${emu(spec.indent)}"` : '',
    spec.align ? `algn="${spec.align}"` : '',
  ].filter(Boolean);
  const lineSpacing = spec.lineSpacing ? '<a:lnSpc><a:spcPct val="100000"/></a:lnSpc>' : '';
  const before = spec.spaceBefore !== undefined ? `<a:spcBef><a:spcPts val="${centiPoints(spec.spaceBefore)}"/></a:spcBef>` : '';
  const bullet = spec.bullet === null ? '<a:buNone/>' : spec.bullet ? `<a:buFontTx/><a:buChar char="${spec.bullet}"/>` : '';
  const runAttrs = [spec.size !== undefined ? `sz="${centiPoints(spec.size)}"` : '', spec.bold !== undefined ? `b="${spec.bold ? 1 : 0}"` : ''].filter(Boolean);
  const run = `<a:defRPr${runAttrs.length ? ' ' + runAttrs.join(' ') : ''}>${spec.fill ?? ''}${spec.fonts ? themeFonts(spec.fonts) : ''}</a:defRPr>`;
  const name = `a:lvl${spec.level}pPr`;
  return `<${name}${attrs.length ? ' ' + attrs.join(' ') : ''}>${lineSpacing}${before}${bullet}${run}</${name}>`;
}

function titleStyle(theme: Theme): string {
  return `<p:titleStyle>${levelStyle({ level: 1, align: 'l', spaceBefore: 0, lineSpacing: true, bullet: null, size: theme.sizes.title, bold: true, fill: schemeFill('tx2'), fonts: 'mj' })}</p:titleStyle>`;
}

/** Five bullet levels: level n hangs its bullet at n × grid.indent, paragraphs grid.paragraphGap points apart. */
function bodyStyle(theme: Theme): string {
  const g = theme.grid;
  const sizes = bodyLevelSizes(theme);
  const levels = BULLETS.map((bullet, i) =>
    levelStyle({
      level: i + 1,
      marL: (i + 1) * g.indent,
      indent: -g.indent,
      align: 'l',
      spaceBefore: g.paragraphGap,
      lineSpacing: true,
      bullet,
      size: sizes[i],
      bold: false,
      fill: schemeFill('tx1'),
      fonts: 'mn',
    }),
  );
  return `<p:bodyStyle>${levels.join('')}</p:bodyStyle>`;
}

/** Text outside placeholders (text boxes a user adds): body size, body colour, the minor fonts. */
function otherStyle(theme: Theme): string {
  const levels = [1, 2, 3, 4, 5].map((level) =>
    levelStyle({ level, marL: (level - 1) * theme.grid.indent, align: 'l', size: theme.sizes.body, fill: schemeFill('tx1'), fonts: 'mn' }),
  );
  return `<p:otherStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr>${levels.join('')}</p:otherStyle>`;
}

export function textStyles(theme: Theme): string {
  return `<p:txStyles>${titleStyle(theme)}${bodyStyle(theme)}${otherStyle(theme)}</p:txStyles>`;
}

/** The footer placeholders' style: footer size, muted colour (accent2), aligned left or right. */
export function footerLevel(theme: Theme, align: 'l' | 'r', colour?: string): string {
  return levelStyle({ level: 1, align, size: theme.sizes.footer, fill: colour ? solidFill(colour) : schemeFill('accent2'), fonts: 'mn' });
}
