// Did-you-mean: the likely intended form of a near-miss value (booleans, dates, language tags); names use shared/closest.ts.
import { closest } from '../shared/closest.js';

/** `yes`, `No`, `on`… (YAML 1.1 booleans, which YAML 1.2 reads as text) → true / false. */
export function suggestBoolean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^(y|yes|on|true)$/i.test(value.trim())) return 'true';
  if (/^(n|no|off|false)$/i.test(value.trim())) return 'false';
  return undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number | string) => String(n).padStart(2, '0');

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
  return index >= 0 ? index + 1 : undefined;
}

/** "2024-3-14", "2024/03/14", "14/03/2024" (day > 12), "14 March 2024", "March 2023" → the ISO form. */
export function suggestDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text);
  if (m) return m[3] ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : `${m[1]}-${pad(m[2])}`;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m && Number(m[1]) > 12 && Number(m[2]) <= 12) return `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  if (m && Number(m[2]) > 12 && Number(m[1]) <= 12) return `${m[3]}-${pad(m[1])}-${pad(m[2])}`;
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  const spelt = dayFirst
    ? { day: dayFirst[1], name: dayFirst[2], year: dayFirst[3] }
    : monthFirst
      ? { day: monthFirst[2], name: monthFirst[1], year: monthFirst[3] }
      : undefined;
  if (spelt) {
    const month = monthNumber(spelt.name);
    return month ? `${spelt.year}-${pad(month)}-${pad(spelt.day)}` : undefined;
  }
  m = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(text);
  const month = m ? monthNumber(m[1]) : undefined;
  return m && month ? `${m[2]}-${pad(month)}` : undefined;
}

const COMMON_LANGUAGES = [
  'en-GB',
  'en-US',
  'fr-FR',
  'de-DE',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pl-PL',
  'pt-PT',
  'ro-RO',
  'ru-RU',
  'uk-UA',
  'zh-CN',
  'zh-TW',
  'ja-JP',
  'ko-KR',
  'ar',
  'he-IL',
  'tr-TR',
  'fa-IR',
  'hi-IN',
];

/** `en_GB` → en-GB; `French` → fr-FR; a near-miss of a common tag → that tag. */
export function suggestLanguage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const dashed = value.trim().replace(/_/g, '-');
  try {
    if (dashed !== value) return Intl.getCanonicalLocales(dashed)[0];
  } catch {
    // not a tag with underscores; try the names below
  }
  const names = new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' });
  const lower = value.trim().toLowerCase();
  const byName = COMMON_LANGUAGES.find((tag) => names.of(tag.split('-')[0])?.toLowerCase() === lower);
  return byName ?? closest(value, COMMON_LANGUAGES);
}

/** `www.example.org/page` → https://www.example.org/page */
export function suggestUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(value.trim())) return undefined;
  const candidate = `https://${value.trim().replace(/^\/\//, '')}`;
  return URL.canParse(candidate) && new URL(candidate).hostname.includes('.') ? candidate : undefined;
}

/** True when this system has date formats for the tag (else dates fall back to English). */
export function isKnownLanguage(tag: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
}
