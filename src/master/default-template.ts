// The bundled default template: a standalone, zero-slide presentation package (theme, one master, six layouts) made from theme.yaml.
import { escapeXml } from '../shared/xml.js';
import type { Theme } from '../templates/theme.js';
import type { Box } from './model.js';
import { layoutPart, layoutSpecs } from './layout-parts.js';
import { MASTER_ID, masterPart } from './master-part.js';
import { EMU_PER_INCH, NS, relationship, relationships, XML_HEAD } from './ooxml.js';
import { themePart } from './theme-part.js';

const encoder = new TextEncoder();
const CT = 'application/vnd.openxmlformats-officedocument';
const POINT_EMU = 12700;

/** The slide size in EMU, rounded to whole points: theme.yaml's 13.333 in is PowerPoint's 13⅓ in widescreen (12192000 EMU). */
export function slideSizeEmu(theme: Theme): { cx: number; cy: number } {
  const round = (inches: number) => Math.round((inches * EMU_PER_INCH) / POINT_EMU) * POINT_EMU;
  return { cx: round(theme.grid.width), cy: round(theme.grid.height) };
}

function contentTypes(layoutCount: number): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const layouts = Array.from({ length: layoutCount }, (_, i) => override(`ppt/slideLayouts/slideLayout${i + 1}.xml`, `${CT}.presentationml.slideLayout+xml`));
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    override('ppt/presentation.xml', `${CT}.presentationml.presentation.main+xml`) +
    override('ppt/slideMasters/slideMaster1.xml', `${CT}.presentationml.slideMaster+xml`) +
    layouts.join('') +
    override('ppt/theme/theme1.xml', `${CT}.theme+xml`) +
    override('ppt/presProps.xml', `${CT}.presentationml.presProps+xml`) +
    override('ppt/viewProps.xml', `${CT}.presentationml.viewProps+xml`) +
    override('ppt/tableStyles.xml', `${CT}.presentationml.tableStyles+xml`) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', `${CT}.extended-properties+xml`) +
    '</Types>'
  );
}

const ROOT_RELS = relationships([
  relationship('rId1', 'officeDocument', 'ppt/presentation.xml'),
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
  relationship('rId3', 'extended-properties', 'docProps/app.xml'),
]);

/** Core properties: the theme's name as title, a fixed date (the deck writes its own properties). */
function coreProperties(theme: Theme): string {
  const date =
    '<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>';
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(theme.name)}</dc:title><dc:creator>briefdeck</dc:creator>${date}</cp:coreProperties>`
  );
}

const APP_PROPERTIES =
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
  '<Application>briefdeck</Application><PresentationFormat>Custom</PresentationFormat><Slides>0</Slides><Notes>0</Notes><HiddenSlides>0</HiddenSlides></Properties>';

/** The presentation part: one master, no slides (no sldIdLst: the schema allows it absent, and a deck adds its own). */
function presentation(theme: Theme): string {
  const { cx, cy } = slideSizeEmu(theme);
  const defaultText =
    '<p:defaultTextStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr><a:lvl1pPr marL="0" algn="l"><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:defaultTextStyle>';
  return (
    `${XML_HEAD}<p:presentation xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:p="${NS.p}" saveSubsetFonts="1">` +
    `<p:sldMasterIdLst><p:sldMasterId id="${MASTER_ID}" r:id="rId1"/></p:sldMasterIdLst>` +
    `<p:sldSz cx="${cx}" cy="${cy}"/><p:notesSz cx="6858000" cy="9144000"/>${defaultText}</p:presentation>`
  );
}

const PRESENTATION_RELS = relationships([
  relationship('rId1', 'slideMaster', 'slideMasters/slideMaster1.xml'),
  relationship('rId2', 'presProps', 'presProps.xml'),
  relationship('rId3', 'viewProps', 'viewProps.xml'),
  relationship('rId4', 'theme', 'theme/theme1.xml'),
  relationship('rId5', 'tableStyles', 'tableStyles.xml'),
]);

const PRES_PROPS = `${XML_HEAD}<p:presentationPr xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:p="${NS.p}"/>`;
const VIEW_PROPS = `${XML_HEAD}<p:viewPr xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:p="${NS.p}"><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>`;
const TABLE_STYLES = `${XML_HEAD}<a:tblStyleLst xmlns:a="${NS.a}" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`;

export interface DefaultTemplateOptions {
  logo?: Box; // where the logo will be drawn: placeholders it would overlap are shortened to keep clear of it
  rtl?: boolean; // a right-to-left deck: the title slide's accent rule starts where its title does, at the right
}

/** The parts of the default template package, by path; every master and layout from theme.yaml, no slides. */
export function defaultTemplate(theme: Theme, options: DefaultTemplateOptions = {}): Record<string, Uint8Array> {
  const layouts = layoutSpecs(theme, options.logo, options.rtl);
  const masterRels = relationships([
    ...layouts.map((_, i) => relationship(`rId${i + 1}`, 'slideLayout', `../slideLayouts/slideLayout${i + 1}.xml`)),
    relationship(`rId${layouts.length + 1}`, 'theme', '../theme/theme1.xml'),
  ]);
  const layoutRels = relationships([relationship('rId1', 'slideMaster', '../slideMasters/slideMaster1.xml')]);
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes(layouts.length),
    '_rels/.rels': ROOT_RELS,
    'docProps/core.xml': coreProperties(theme),
    'docProps/app.xml': APP_PROPERTIES,
    'ppt/presentation.xml': presentation(theme),
    'ppt/_rels/presentation.xml.rels': PRESENTATION_RELS,
    'ppt/presProps.xml': PRES_PROPS,
    'ppt/viewProps.xml': VIEW_PROPS,
    'ppt/tableStyles.xml': TABLE_STYLES,
    'ppt/theme/theme1.xml': themePart(theme),
    'ppt/slideMasters/slideMaster1.xml': masterPart(theme, layouts.length, options.logo),
    'ppt/slideMasters/_rels/slideMaster1.xml.rels': masterRels,
  };
  layouts.forEach((spec, i) => {
    parts[`ppt/slideLayouts/slideLayout${i + 1}.xml`] = layoutPart(spec);
    parts[`ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`] = layoutRels;
  });
  return Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, encoder.encode(xml)]));
}
