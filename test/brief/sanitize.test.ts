// Characters XML forbids are removed from every string with a warning at their FILE:LINE:COLUMN; the rest of the text is kept.
import { describe, expect, it } from 'vitest';
import { hasForbidden, stripForbidden } from '../../src/shared/xml.js';
import { accepted, printed, VALID } from './refusal.js';

describe('control characters', () => {
  it('strips a raw control character and warns at its exact position', () => {
    const { brief, warnings } = accepted(VALID.replace('title: Staff talks', 'title: Staff\u0007 talks'));
    expect(brief.title).toBe('Staff talks');
    expect(printed(warnings)).toBe(
      [
        'brief.yaml:1:13: warning: title: expected text a PowerPoint file can hold, found a control character (U+0007); removed',
        '  1 | title: Staff\\x07 talks', // shown escaped, never sent raw to the terminal
        '                  ^',
      ].join('\n'),
    );
  });

  it('strips characters written as escapes in double quotes, pointing at the value, at any depth', () => {
    const text = VALID.replace('      - name: Major General Dacian-Tiberiu Șerban', '      - name: "Major General \\x01Dacian-Tiberiu \\u001bȘerban\\x0C"');
    const { brief, warnings } = accepted(text);
    expect(brief.participants.delegations[0].members[0].name).toBe('Major General Dacian-Tiberiu Șerban');
    expect(warnings.map((w) => `${w.line}:${w.column}: ${w.path}: ${w.message}`)).toEqual([
      '7:15: participants[0].members[0].name: expected text a PowerPoint file can hold, found 3 control characters (U+0001, U+001B, U+000C); removed',
    ]);
  });

  it('keeps tabs, newlines, and every script, and removes lone surrogates and U+FFFE/U+FFFF', () => {
    const kept = 'Tab\there\nnew line · Șerban · 姚勤 · שלום · 🛡️';
    expect(hasForbidden(kept)).toBe(false);
    expect(stripForbidden(`a\uD800b\uDC00c\uFFFEd\uFFFF${kept}`)).toBe(`abcd${kept}`);
  });

  it('warns once per string changed, in source order', () => {
    const text = VALID.replace('  - The two staffs met.', '  - "The two\\x02 staffs met."\n  - "Then\\x03 parted."');
    expect(accepted(text).warnings.map((w) => `${w.line}:${w.path}`)).toEqual(['3:summary[0]', '4:summary[1]']);
  });
});
