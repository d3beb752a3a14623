// What a deck template (the bundled default or an organisation's reference .pptx/.potx) offers: slide size, layouts, placeholders and their text styles.

/** A rectangle on the slide, in inches from the top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Text insets of a placeholder's body, in inches (OOXML defaults: 0.1 left/right, 0.05 top/bottom). */
export interface Insets {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The resolved style of one paragraph level (lvl1pPr … lvl5pPr) of a placeholder, after inheritance layout → master → theme. */
export interface LevelStyle {
  size: number; // points
  font: string; // the real family name (theme references such as +mn-lt resolved through the theme's fonts)
  bold: boolean;
  italic: boolean;
  colour?: string; // RRGGBB when it resolves to a fixed colour (scheme colours resolved through the master's colour map and the theme)
  marginLeft: number; // marL, inches
  indent: number; // indent (negative for a hanging bullet), inches
  spaceBefore: number; // points (spcPts; a percentage of the size is converted)
  spaceAfter: number; // points
  lineSpacing: number; // multiple of single spacing (lnSpc spcPct 100000 = 1); exact spcPts converted to a multiple of the size
  bullet: boolean; // a bullet character or number is drawn at this level
  align: 'left' | 'center' | 'right' | 'justify';
}

export type PlaceholderType = 'title' | 'ctrTitle' | 'subTitle' | 'body' | 'obj' | 'pic' | 'tbl' | 'chart' | 'dt' | 'ftr' | 'sldNum' | 'other';

/** One placeholder of a layout, geometry and text style resolved (layout → master → defaults). */
export interface PlaceholderInfo {
  type: PlaceholderType; // <p:ph> without a type is 'obj' (ECMA-376 default)
  idx?: number; // <p:ph idx>, when the layout gives one
  name: string; // cNvPr name
  box: Box;
  insets: Insets;
  anchor: 'top' | 'middle' | 'bottom';
  autofit: 'none' | 'shrink' | 'resize'; // normAutofit | spAutoFit | none
  vertical: boolean; // orient="vert" or a vertical bodyPr: never used for our text
  levels: LevelStyle[]; // exactly 5, level 1 first
  // true when the master has no p:txStyles (LibreOffice's export) and the levels come from its prompt text: a slide does not
  // inherit them (measured: LibreOffice shows such a title at 44 pt, a subtitle at 32 pt, in Liberation Sans), so write them on the slide
  repeatStyle?: boolean;
}

export interface LayoutInfo {
  name: string; // <p:cSld name>, e.g. "Title and Content", "Titel und Inhalt", "Title, Content"
  part: string; // package path, e.g. ppt/slideLayouts/slideLayout2.xml
  master: string; // package path of its slide master
  placeholders: PlaceholderInfo[]; // in shape-tree order; dt/ftr/sldNum included
  obstacles?: Box[]; // visible shapes drawn on the layout and its master (bands, pictures), backgrounds and hairlines left out
}

export interface TemplateInfo {
  slideSize: { w: number; h: number }; // inches
  layouts: LayoutInfo[]; // every layout of every master, in master order then layout order
  fonts: { major: string; minor: string }; // the first master's theme fonts (latin)
  exampleLayouts?: string[]; // the layout part of each of the template's own slides, in order (never copied: they show how its layouts are meant)
}

/** The slide kinds briefdeck fills, each on a layout found by the placeholders it holds. */
export type LayoutKind = 'title' | 'content' | 'section' | 'two' | 'titleOnly' | 'blank';

export interface MatchedLayouts {
  layouts: Record<LayoutKind, LayoutInfo>;
  warnings: string[]; // e.g. "reference has no Section Header layout: section slides use “Title Only”"
  missing?: Partial<Record<LayoutKind, string>>; // the warning of each kind that fell back, so a caller can report only the kinds its deck uses
}
