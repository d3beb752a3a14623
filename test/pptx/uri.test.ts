// Link targets as relationship targets (xs:anyURI): unsafe characters and stray "%" encoded, an IPv6 host's brackets kept.
import { describe, expect, it } from 'vitest';
import { uriReference } from '../../src/pptx/elements.js';

describe('uriReference', () => {
  it('encodes spaces, braces and brackets in the path and query', () => {
    expect(uriReference('https://example.org/a b/{x}?q=[1]|2')).toBe('https://example.org/a%20b/%7Bx%7D?q=%5B1%5D%7C2');
  });

  it('keeps the brackets of an IPv6 host, which are its syntax', () => {
    expect(uriReference('http://[::1]:8080/path')).toBe('http://[::1]:8080/path');
  });

  it('encodes a "%" that starts no escape, and keeps those that do', () => {
    expect(uriReference('http://example.org/%E0%A4%A/x%2')).toBe('http://example.org/%E0%A4%25A/x%252');
  });

  it('leaves a mailto address and a plain URL as they are', () => {
    expect(uriReference('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    expect(uriReference('https://www.nato.int/cps/en/natohq/news_223456.htm?selectedLocale=en')).toBe(
      'https://www.nato.int/cps/en/natohq/news_223456.htm?selectedLocale=en',
    );
  });
});
