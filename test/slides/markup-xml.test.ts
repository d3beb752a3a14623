// The plain markup reader gives fast-xml-parser's tree for plain XML, and leaves everything else to it (with its error messages).
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BriefdeckError } from '../../src/errors.js';
import { parseMarkup } from '../../src/slides/markup.js';
import { MARKUP_PARSER_OPTIONS, readPlainMarkup } from '../../src/slides/markup-xml.js';

const fxp = new XMLParser(MARKUP_PARSER_OPTIONS);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

const text = fc.oneof(
  fc.string({ maxLength: 12 }).map(escapeText),
  fc.string({ unit: 'binary', maxLength: 6 }).map(escapeText),
  fc.constantFrom(' ', '\n  ', 'a &amp; b', '&#x3D;&#61;', '&quot;&apos;', 'Ș姚 😀', '&lt;b&gt;', '\u00a0x'),
);
const name = fc.constantFrom('deck', 'slide', 'title', 'p', 'b', 'a', 'bullets', 'cell');
const attributes = fc.uniqueArray(
  fc.tuple(
    fc.constantFrom('layout', 'kind', 'href', 'briefdeck-at', 'x.y', 'n'),
    fc.string({ unit: fc.constantFrom('a', ' ', '\r\n', '\t', '&', '"', "'", '<', '>', 'é'), maxLength: 8 }),
  ),
  {
    selector: ([key]) => key,
    maxLength: 3,
  },
);
const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(name, attributes, fc.array(depth > 1 ? fc.oneof(text, element(depth - 1)) : text, { maxLength: 4 }), fc.boolean(), fc.constantFrom(' ', '', '\n'))
    .map(([tag, attrs, children, selfClosing, space]) => {
      const written = attrs.map(([key, value]) => ` ${key}${space}=${space}"${escapeAttribute(value)}"`).join('');
      return selfClosing && !children.length ? `<${tag}${written}${space}/>` : `<${tag}${written}${space}>${children.join('')}</${tag}${space}>`;
    }),
);

describe('readPlainMarkup', () => {
  it("gives fast-xml-parser's tree for any plain, well-formed markup", () => {
    fc.assert(
      fc.property(element(4), fc.constantFrom('', '\n', '  \r\n'), (body, around) => {
        const markup = `${around}<deck>${body}</deck>${around}`;
        const mine = readPlainMarkup(markup);
        expect(mine).toBeDefined();
        expect(XMLValidator.validate(markup)).toBe(true);
        expect(mine!.find((n) => 'deck' in n)).toEqual((fxp.parse(markup) as Record<string, unknown>[]).find((n) => 'deck' in n));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves to the full parser what it does not read: HTML entities, comments, CDATA, declarations and malformed markup', () => {
    for (const markup of [
      '<deck><slide>caf&eacute;</slide></deck>',
      '<deck><!-- note --><slide/></deck>',
      '<deck><slide><![CDATA[x]]></slide></deck>',
      '<?xml version="1.0"?><deck/>',
      '<deck><slide></deck>',
      '<deck><slide></title></slide></deck>',
      '<deck/><deck/>',
      'text<deck/>',
      '<deck a="1" a="2"/>',
      '<deck a=1/>',
      '<deck>AT&T</deck>',
      '<deck>&#0;</deck>',
      '<deck><slide>',
    ])
      expect(readPlainMarkup(markup), markup).toBeUndefined();
  });

  it('still refuses malformed markup with the validator’s message and line', () => {
    const refusal = (() => {
      try {
        parseMarkup('<deck>\n<slide layout="content">\n<title>x</slide>\n</deck>', 'templates');
      } catch (e) {
        return e;
      }
    })();
    expect(refusal).toBeInstanceOf(BriefdeckError);
    const [only] = (refusal as BriefdeckError).problems;
    expect(only.message).toMatch(/^the templates produced malformed slide markup: /);
    expect(only.line).toBe(3);
  });
});
