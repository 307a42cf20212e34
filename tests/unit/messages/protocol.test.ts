import { describe, expect, it } from 'vitest';
import { isOptionsPage, parseOptionsMessage, parsePageMessage, warningPageTab } from '../../../lib/messages/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = `chrome-extension://${ID}/warning.html`;

describe('message protocol', () => {
  it('accepts only the warning page of this extension, in a tab', () => {
    expect(warningPageTab({ id: ID, url: `${PAGE}#warn:x`, tab: { id: 4 } }, ID, PAGE)).toBe(4);
    expect(
      warningPageTab({ id: 'otherextensionidotherextensionid', url: `${PAGE}#warn:x`, tab: { id: 4 } }, ID, PAGE),
    ).toBeNull();
    expect(warningPageTab({ id: ID, url: `chrome-extension://${ID}/popup.html`, tab: { id: 4 } }, ID, PAGE)).toBeNull();
    expect(warningPageTab({ id: ID, url: 'https://evil.example/warning.html', tab: { id: 4 } }, ID, PAGE)).toBeNull();
    expect(warningPageTab({ id: ID, url: `${PAGE}#warn:x` }, ID, PAGE)).toBeNull();
  });

  it('accepts only well-formed messages', () => {
    expect(parsePageMessage({ type: 'continue', url: 'https://a', justification: '' })).toEqual({
      type: 'continue',
      url: 'https://a',
      justification: '',
    });
    expect(parsePageMessage({ type: 'continue', url: 'https://a' })).toBeNull();
    expect(parsePageMessage({ type: 'delete-everything', url: 'https://a', justification: '' })).toBeNull();
    expect(parsePageMessage({ type: 'continue', url: 1, justification: '' })).toBeNull();
    expect(parsePageMessage({ type: 'continue', url: 'https://a', justification: 'x'.repeat(1001) })).toBeNull();
    expect(parsePageMessage('continue')).toBeNull();
    expect(parsePageMessage(null)).toBeNull();
  });

  it('reads Go back: the request only, nothing else kept', () => {
    expect(parsePageMessage({ type: 'leave-warning', url: 'https://a', extra: 1 })).toEqual({
      type: 'leave-warning',
      url: 'https://a',
    });
    expect(parsePageMessage({ type: 'leave-warning', url: 'https://a', body: 'x=1' })).toEqual({
      type: 'leave-warning',
      url: 'https://a',
      body: 'x=1',
    });
    expect(parsePageMessage({ type: 'leave-warning', url: '' })).toBeNull();
  });

  it('reads a confirmation question and a false-alarm report, with a comment of at most 500 characters', () => {
    // The page's language decides the view's; anything but French is English.
    expect(parsePageMessage({ type: 'confirm-warning', url: 'https://a', extra: 1 })).toEqual({
      type: 'confirm-warning',
      url: 'https://a',
      lang: 'en',
    });
    expect(parsePageMessage({ type: 'confirm-warning', url: 'https://a', body: 'x=1', lang: 'fr' })).toEqual({
      type: 'confirm-warning',
      url: 'https://a',
      body: 'x=1',
      lang: 'fr',
    });
    expect(parsePageMessage({ type: 'confirm-warning', url: 'https://a', lang: '<script>' })).toMatchObject({
      lang: 'en',
    });
    expect(parsePageMessage({ type: 'confirm-warning', url: '' })).toBeNull();
    expect(parsePageMessage({ type: 'confirm-warning', url: 'https://a', body: 3 })).toBeNull();
    expect(parsePageMessage({ type: 'report-mistake', url: 'https://a', comment: 'We use it' })).toEqual({
      type: 'report-mistake',
      url: 'https://a',
      comment: 'We use it',
    });
    expect(parsePageMessage({ type: 'report-mistake', url: 'https://a', comment: 'x'.repeat(500) })).not.toBeNull();
    expect(parsePageMessage({ type: 'report-mistake', url: 'https://a', comment: 'x'.repeat(501) })).toBeNull();
    expect(parsePageMessage({ type: 'report-mistake', url: 'https://a' })).toBeNull();
  });

  it('lets only the options page of this extension ask for reports to be sent now', () => {
    const options = `chrome-extension://${ID}/options.html`;
    expect(isOptionsPage({ id: ID, url: options }, ID, options)).toBe(true);
    expect(isOptionsPage({ id: ID, url: `${options}#reporting` }, ID, options)).toBe(true);
    expect(isOptionsPage({ id: ID, url: PAGE }, ID, options)).toBe(false);
    expect(isOptionsPage({ id: 'otherextensionidotherextensionid', url: options }, ID, options)).toBe(false);
    expect(isOptionsPage({ id: ID, url: 'https://evil.example/options.html' }, ID, options)).toBe(false);
    expect(isOptionsPage({ id: ID }, ID, options)).toBe(false);
    expect(parseOptionsMessage({ type: 'send-reports' })).toEqual({ type: 'send-reports' });
    expect(parseOptionsMessage({ type: 'send-reports', endpoint: 'https://evil.example' })).toEqual({
      type: 'send-reports',
    });
    expect(parseOptionsMessage({ type: 'continue' })).toBeNull();
    expect(parseOptionsMessage(null)).toBeNull();
  });

  it('the message is checked: a code of reasonable size, with the request', () => {
    expect(parsePageMessage({ type: 'use-approval-code', url: 'https://x/', code: 'CG1.a.b' })).toEqual({
      type: 'use-approval-code',
      url: 'https://x/',
      code: 'CG1.a.b',
    });
    expect(parsePageMessage({ type: 'use-approval-code', url: 'https://x/', code: 'x'.repeat(5000) })).toBeNull();
    expect(parsePageMessage({ type: 'use-approval-code', url: 'https://x/' })).toBeNull();
  });
});
