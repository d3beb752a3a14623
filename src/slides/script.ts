// Unicode script classes for layout: which font slot draws a character, how wide it may be, where lines may break, which way it runs.

/** How a renderer treats a character: latin font slot, East Asian slot, complex-script slot, or neutral (takes its neighbours' slot). */
export type Script = 'latin' | 'cjk' | 'arabic' | 'hebrew' | 'emoji' | 'mark' | 'neutral';

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms: drawn one em wide by the East Asian font. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const MARK = /\p{M}/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}/u;
const LETTER = /\p{L}/u;

/** Zero-width characters: combining marks, joiners, variation selectors, direction marks, emoji modifiers. */
export function isZeroWidth(cp: number): boolean {
  if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff) return true;
  if ((cp >= 0x200e && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return true;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0xe0020 && cp <= 0xe007f)) return true;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return true; // skin-tone modifiers join the emoji before them
  return cp >= 0x0300 && MARK.test(String.fromCodePoint(cp));
}

export function scriptOf(cp: number): Script {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'latin' : 'neutral';
  if (isZeroWidth(cp)) return 'mark';
  if (isWide(cp)) return 'cjk';
  if ((cp >= 0x0590 && cp <= 0x05ff) || (cp >= 0xfb1d && cp <= 0xfb4f)) return 'hebrew';
  if (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x0870 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  )
    return 'arabic';
  const ch = String.fromCodePoint(cp);
  if (cp >= 0x2300 && EMOJI.test(ch)) return 'emoji';
  return LETTER.test(ch) ? 'latin' : 'neutral';
}

export const isRtlScript = (s: Script): boolean => s === 'arabic' || s === 'hebrew';

/** Whether any character of the text is Arabic or Hebrew. */
export function containsRtl(text: string): boolean {
  for (const ch of text) if (isRtlScript(scriptOf(ch.codePointAt(0)!))) return true;
  return false;
}

/** The first strong (letter) script in a text, as the Unicode bidi algorithm picks a paragraph's direction. */
export function firstStrongScript(text: string): Script | undefined {
  for (const ch of text) {
    const s = scriptOf(ch.codePointAt(0)!);
    if (s === 'latin' || s === 'cjk' || s === 'arabic' || s === 'hebrew') return s;
  }
  return undefined;
}

/** A paragraph runs right to left when its first strong character is Arabic or Hebrew. */
export function isRtlText(text: string): boolean {
  const s = firstStrongScript(text);
  return s !== undefined && isRtlScript(s);
}

const KANA = /[\u3041-\u30ff\u31f0-\u31ff]/u;
const HANGUL = /[\u1100-\u11ff\uac00-\ud7a3\u3130-\u318f]/u;

/** The language a run of this script is most likely in, when the brief's language is of another script. */
export function languageForScript(script: Script, text: string): string | undefined {
  if (script === 'cjk') return KANA.test(text) ? 'ja-JP' : HANGUL.test(text) ? 'ko-KR' : 'zh-CN';
  if (script === 'arabic') return 'ar-SA';
  if (script === 'hebrew') return 'he-IL';
  return undefined;
}

/** The script a BCP 47 language tag is written in (for the scripts that need their own font slot). */
export function scriptOfLanguage(lang: string): Script {
  const primary = lang.toLowerCase().split('-')[0];
  if (['zh', 'ja', 'ko'].includes(primary)) return 'cjk';
  if (['ar', 'fa', 'ur', 'ps'].includes(primary)) return 'arabic';
  if (['he', 'yi'].includes(primary)) return 'hebrew';
  return 'latin';
}
