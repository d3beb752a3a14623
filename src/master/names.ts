// The names office suites give the standard layouts (PowerPoint in several languages, LibreOffice), used only as a tie-break when matching layouts.
import { editDistance } from '../shared/closest.js';
import type { LayoutKind } from './model.js';

/** PowerPoint's standard names (en, de, fr, es, it, nl, pt, pl) and LibreOffice Impress's, per kind. */
export const STANDARD_NAMES: Record<LayoutKind, readonly string[]> = {
  title: [
    'Title Slide',
    'Titelfolie',
    'Diapositive de titre',
    'Diapositiva de título',
    'Diapositiva titolo',
    'Titeldia',
    'Diapositivo de Título',
    'Slajd tytułowy',
  ],
  content: [
    'Title and Content',
    'Title, Content',
    'Titel und Inhalt',
    'Titre et contenu',
    'Título y objetos',
    'Titolo e contenuto',
    'Titel en object',
    'Título e Conteúdo',
    'Tytuł i zawartość',
  ],
  section: [
    'Section Header',
    'Abschnittsüberschrift',
    'En-tête de section',
    'Encabezado de sección',
    'Intestazione sezione',
    'Sectiekop',
    'Cabeçalho da Seção',
    'Nagłówek sekcji',
  ],
  two: [
    'Two Content',
    'Title, 2 Content',
    'Zwei Inhalte',
    'Deux contenus',
    'Dos objetos',
    'Due contenuti',
    'Twee objecten',
    'Duas Partes de Conteúdo',
    'Dwa elementy zawartości',
  ],
  titleOnly: ['Title Only', 'Nur Titel', 'Titre seul', 'Solo el título', 'Solo titolo', 'Alleen titel', 'Somente Título', 'Tylko tytuł'],
  blank: ['Blank', 'Blank Slide', 'Leer', 'Vide', 'En blanco', 'Vuota', 'Leeg', 'Em Branco', 'Pusty'],
};

/** Word stems that mark a section divider in a layout name, in the languages above and a few more. */
const SECTION_STEMS = [
  'section',
  'abschnitt',
  'sektion',
  'kapitel',
  'chapter',
  'divider',
  'trenn',
  'sección',
  'seccion',
  'sezione',
  'sectie',
  'seção',
  'secção',
  'secao',
  'sekcj',
  'раздел',
  'セクション',
  '节',
  '節',
  '구역',
];

/** Names as compared: composed, lower case, words split at anything not a letter or digit (kept: the standard names are asked for every layout). */
const normalised = new Map<string, string>();
const normal = (name: string) => {
  let words = normalised.get(name);
  if (words === undefined) {
    words = name
      .normalize('NFC')
      .toLocaleLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (normalised.size < 10_000) normalised.set(name, words);
  }
  return words;
};

/** Whether a layout name says it is a section header ("Section Header", "Abschnittsüberschrift", "Kapiteltrenner", …). */
export function isSectionName(name: string): boolean {
  const words = normal(name);
  return SECTION_STEMS.some((stem) => words.includes(stem));
}

/** How far a layout name is from the standard names of a kind: 0 for one of them, up to 1 for nothing alike. */
export function nameDistance(name: string, kind: LayoutKind): number {
  const wanted = normal(name);
  let best = 1;
  for (const standard of STANDARD_NAMES[kind]) {
    const other = normal(standard);
    best = Math.min(best, editDistance(wanted, other) / Math.max(wanted.length, other.length, 1));
  }
  return best;
}

/** A name close enough to a standard one to be taken as meaning it (a typo, "Title & Content", "Title, Content"). */
export const RECOGNISED = 0.25;
