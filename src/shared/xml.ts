// XML text rules shared by the brief (sanitize), the package fix-ups and the contact sheet: escaping and unescaping, and characters XML 1.0 forbids.

/** Text for an XML attribute value or element content. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text an XML attribute value or element content stands for: the five entities and numeric character references. */
export const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');

/** C0 controls other than tab/newline/CR, U+FFFE/U+FFFF, and lone surrogates are not allowed in XML 1.0. */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

export function hasForbidden(text: string): boolean {
  XML_FORBIDDEN.lastIndex = 0;
  const found = XML_FORBIDDEN.test(text);
  XML_FORBIDDEN.lastIndex = 0;
  return found;
}
