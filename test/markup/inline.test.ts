// Inline Markdown in brief text: runs on slides, plain titles, notes without markers; text without markup unchanged.
import { describe, expect, it } from 'vitest';
import { inlineRuns, notesLine, plainText } from '../../src/shared/inline.js';
import { cleanNotes, parseMarkup } from '../../src/slides/markup.js';
import { textFinder } from '../../src/brief/find-text.js';

/** The runs of the first paragraph of a one-bullet slide whose <li> holds `text` (escaped as the templates escape it). */
function bulletRuns(text: string) {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [slide] = parseMarkup(
    `<deck><slide layout="content"><title>${escaped}</title><bullets><li>${escaped}</li></bullets><notes>${escaped}</notes></slide></deck>`,
  );
  const block = slide.blocks[0];
  if (block.kind !== 'text') throw new Error('expected text');
  return { runs: block.paragraphs[0].runs, title: slide.title, notes: slide.notes };
}

describe('inline markup on slides', () => {
  it('turns **bold**, *italic* and [text](url) into runs, with the URL intact (& included)', () => {
    expect(bulletRuns('The sides agreed on **continued engagement**; see the [readout](https://example.org/r?a=1&b=2) and *this*.').runs).toEqual([
      { text: 'The sides agreed on ' },
      { text: 'continued engagement', bold: true },
      { text: '; see the ' },
      { text: 'readout', href: 'https://example.org/r?a=1&b=2' },
      { text: ' and ' },
      { text: 'this', italic: true },
      { text: '.' },
    ]);
  });

  it('has no underscore emphasis (the contract defines only * and **): __init__, _under_ and __dunder__ stay as written', () => {
    const written = 'Call __init__ with _under_ and __dunder__, keep snake_case_names; \\*not italic\\* but *this*.';
    const { runs, title, notes } = bulletRuns(written);
    expect(runs).toEqual([
      { text: 'Call __init__ with _under_ and __dunder__, keep snake_case_names; *not italic* but ' },
      { text: 'this', italic: true },
      { text: '.' },
    ]);
    expect(title).toBe('Call __init__ with _under_ and __dunder__, keep snake_case_names; *not italic* but this.');
    expect(notes).toContain('Call __init__ with _under_ and __dunder__');
    expect(bulletRuns('\\_kept\\_ and \\__x').runs).toEqual([{ text: '_kept_ and __x' }]); // escaping an underscore still works
  });

  it('links bare http(s) URLs, and nothing else (no www., e-mail or ftp links)', () => {
    const { runs } = bulletRuns('See https://example.org/a?x=1&y=2#s, http://b.example.net, www.example.org, a@b.org, ftp://c.org');
    expect(runs.filter((r) => r.href).map((r) => [r.text, r.href])).toEqual([
      ['https://example.org/a?x=1&y=2#s', 'https://example.org/a?x=1&y=2#s'],
      ['http://b.example.net', 'http://b.example.net'],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('See https://example.org/a?x=1&y=2#s, http://b.example.net, www.example.org, a@b.org, ftp://c.org');
  });

  it('keeps escaped markers as text and leaves text without markup unchanged', () => {
    expect(bulletRuns('Prices rose by 5\\*3; a \\*literal\\* asterisk').runs).toEqual([{ text: 'Prices rose by 5*3; a *literal* asterisk' }]);
    for (const text of [
      'C:\\path\\to\\file',
      'Colonel Ana Popescu*',
      '5 * 3 = 15',
      'snake_case_name',
      'AT&T <b>bold</b> &amp; `code` ~~x~~',
      'R&D 60/40 [draft]',
      'a (b) [c]',
    ]) {
      expect(bulletRuns(text).runs, text).toEqual([{ text }]);
    }
  });

  it('does not link inside a link the template wrote, and keeps its emphasis', () => {
    const [slide] = parseMarkup(
      '<deck><slide layout="content"><title>t</title><p><a href="https://x.org/?a=1&amp;b=2">**see** https://y.org</a></p></slide></deck>',
    );
    const block = slide.blocks[0];
    expect(block.kind === 'text' && block.paragraphs[0].runs).toEqual([
      { text: 'see', bold: true, href: 'https://x.org/?a=1&b=2' },
      { text: ' https://y.org', href: 'https://x.org/?a=1&b=2' },
    ]);
  });

  it('shows a link with empty text as its URL, and a Markdown link inside a template’s link as its text', () => {
    expect(inlineRuns('[](https://example.org/empty-text)')).toEqual([{ text: 'https://example.org/empty-text', href: 'https://example.org/empty-text' }]);
    expect(notesLine('See [](https://example.org/e).')).toBe('See https://example.org/e.');
    expect(inlineRuns('**Bold** title with [inner link](https://example.org/inner)', true)).toEqual([
      { text: 'Bold', bold: true },
      { text: ' title with ' },
      { text: 'inner link' },
    ]);
  });

  it('shows a link whose target is not a web or mail address as its text only', () => {
    expect(inlineRuns('[x](javascript:alert(1)) [y](notes.html)').some((r) => r.href)).toBe(false);
  });
});

describe('plain text: titles and notes', () => {
  it('removes the markers from titles (text only)', () => {
    expect(bulletRuns('Maritime **security** and the [readout](https://example.org/r)').title).toBe('Maritime security and the readout');
    expect(plainText('A \\*starred\\* title, *2023*')).toBe('A *starred* title, 2023');
  });

  it('writes notes without markers, a link as "text (url)" unless its text is the URL', () => {
    expect(notesLine('Open with the **bottom line**; the [readout](https://example.org/r?a=1&b=2) and https://example.org/full.')).toBe(
      'Open with the bottom line; the readout (https://example.org/r?a=1&b=2) and https://example.org/full.',
    );
    expect(notesLine('[**bold** link](https://example.org/x)')).toBe('bold link (https://example.org/x)');
  });

  it('keeps notes lists and their nesting, and notes without markup as they are', () => {
    expect(cleanNotes('  Intro *here*.\n\n- **Point**.\n\u00a0\u00a0- Sub [a](https://a.org).\n\u00a0\u00a0\u00a0\u00a0- Deeper.\n  C:\\path 5 * 3')).toBe(
      'Intro here.\n\n- Point.\n  - Sub a (https://a.org).\n    - Deeper.\nC:\\path 5 * 3',
    );
  });
});

describe('layout warnings find the brief value of a slide text shown without its markers', () => {
  it('locates a title written with markup by the text the slide shows', () => {
    const find = textFinder({ topics: [{ title: 'Plain' }, { title: 'Maritime **security** and the [readout](https://example.org/r)' }] });
    expect(find('Maritime security and the readout')).toEqual(['topics', 1, 'title']);
  });
});
