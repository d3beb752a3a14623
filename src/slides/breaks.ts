// Line-break opportunities: after spaces, between CJK characters (keeping the kinsoku rules), and inside an over-long word at URL punctuation.
import { isWide, isZeroWidth } from './script.js';

/** A CJK line may not start with these: closing punctuation, small kana, iteration and prolonged-sound marks. */
const NO_BREAK_BEFORE = new Set([
  ...'、。，．・：；？！）］｝〉》」』】〕〗〙〟’”ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–—…〜～?!),.:;]}%',
]);
/** A CJK line may not end with these: opening punctuation. */
const NO_BREAK_AFTER = new Set([...'（［｛〈《「『【〔〖〘〝‘“([{']);

/** Text with characters from U+1100 on (CJK, joiners, ideographic space) needs the full rules; other text breaks only after spaces. */
const NEEDS_RULES = /[\u1100-\uffff\u{20000}-\u{3ffff}]/u;
const LATIN_TOKENS = /[^ \t]+[ \t]*|[ \t]+/g;
/** After a hyphen between letters ("Dacian-|Tiberiu"): every renderer breaks there; not before a digit ("COVID-19"). */
const AFTER_HYPHEN = /(?<=[\p{L}\p{N}]-)(?=\p{L})/u;

const LETTER = /\p{L}/u;
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u3000';

/** Hangul is set word by word (Korean breaks at spaces, as LibreOffice does); Chinese and Japanese break between characters. */
const isHangul = (cp: number) => (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f);
const breaksAround = (cp: number) => isWide(cp) && !isHangul(cp);

/** May a line break between `before` and `after`? (Only opportunities every renderer has: fewer assumed breaks never under-count lines.) */
export function canBreakBetween(before: string, after: string): boolean {
  if (isSpace(after)) return false; // spaces stay at the end of the line before
  if (isSpace(before)) return true;
  if (before === '-' && LETTER.test(after)) return true;
  const a = after.codePointAt(0)!;
  if (isZeroWidth(a)) return false;
  if (!breaksAround(before.codePointAt(0)!) && !breaksAround(a)) return false;
  return !NO_BREAK_BEFORE.has(after) && !NO_BREAK_AFTER.has(before);
}

/** Text cut at its break opportunities; each token keeps its trailing spaces. */
export function tokens(text: string): string[] {
  if (!NEEDS_RULES.test(text)) {
    // fast path: spaces and hyphens break
    const words = text.match(LATIN_TOKENS) ?? [];
    return text.includes('-') ? words.flatMap((w) => w.split(AFTER_HYPHEN)) : words;
  }
  const out: string[] = [];
  let current = '';
  let previous = '';
  for (const ch of text) {
    if (current && canBreakBetween(previous, ch)) {
      out.push(current);
      current = '';
    }
    current += ch;
    previous = ch;
  }
  if (current) out.push(current);
  return out;
}

/**
 * A word longer than a whole line (a URL, a long compound): the pieces a renderer may break it into. Renderers differ:
 * LibreOffice (ICU) breaks only after - ? !, others also after / & = # _ . — the measurer wraps with both and keeps the taller.
 */
export type SoftBreaks = 'icu' | 'url';
const SOFT: Record<SoftBreaks, RegExp> = {
  icu: /[^?!-]*[?!-]+|[^?!-]+$/g,
  url: /[^/?&=#\-_.]*[/?&=#\-_.]+|[^/?&=#\-_.]+$/g,
};
export function softPieces(token: string, rules: SoftBreaks = 'url'): string[] {
  return token.match(SOFT[rules]) ?? [token];
}
