import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeFormComponent,
  decodePercent,
  decodeRepeatedly,
  looksPercentEncoded,
} from '../../../lib/authz/percent-decode';

describe('percent-decoding', () => {
  it('reads + as a space in form text only', () => {
    expect(decodeFormComponent('a+b%20c')).toBe('a b c');
    expect(decodePercent('a+b%20c')).toBe('a+b c');
  });

  it('keeps a malformed escape as written and turns a bad UTF-8 byte into U+FFFD, never throwing', () => {
    expect(decodePercent('100%')).toBe('100%');
    expect(decodePercent('%zz%41')).toBe('%zzA');
    expect(decodePercent('%FF')).toBe('\uFFFD');
    expect(decodePercent('%E0%A4%A')).toBe('\uFFFD%A');
    fc.assert(
      fc.property(fc.string(), (text) => {
        decodeFormComponent(text);
      }),
      { numRuns: 2_000 },
    );
  });

  it('says when text still holds an escape', () => {
    expect(looksPercentEncoded('%2F')).toBe(true);
    expect(looksPercentEncoded('100%')).toBe(false);
    expect(looksPercentEncoded('plain')).toBe(false);
  });

  it('decodes again while escapes remain, at most the rounds asked', () => {
    expect(decodeRepeatedly('Mail.Read%252520x')).toBe('Mail.Read x');
    expect(decodeRepeatedly('%25252525252541', 3)).toBe('%25252541');
    // A + that was itself encoded stays a +: it is data, not a space.
    expect(decodeRepeatedly('a%2Bb')).toBe('a+b');
  });
});
