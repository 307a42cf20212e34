import { describe, expect, it } from 'vitest';
import { answerHost, parseWarningFragment, warningFragment } from '../../../lib/interception/warning-link';

describe('warning page link', () => {
  it('round-trips GET and POST requests, and reads what a rule appended', () => {
    const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&scope=Mail.Read#x';
    expect(parseWarningFragment(`#${warningFragment({ source: 'warn', url })}`)).toEqual({ source: 'warn', url });
    expect(parseWarningFragment(warningFragment({ source: 'post', url, body: 'a=1&b=2:3' }))).toEqual({
      source: 'post',
      url,
      body: 'a=1&b=2:3',
    });
    expect(parseWarningFragment(`dnr:${url}`)).toEqual({ source: 'dnr', url });
    expect(parseWarningFragment('')).toBeNull();
    expect(parseWarningFragment('#nonsense')).toBeNull();
    expect(parseWarningFragment('#warn:%E0%A4%A')).toBeNull();
  });

  it('carries only a host for the answer guard, encoded', () => {
    expect(warningFragment({ source: 'answer', url: 'localhost' })).toBe('answer:localhost');
    expect(parseWarningFragment('#answer:%5B%3A%3A1%5D')).toEqual({ source: 'answer', url: '[::1]' });
  });

  it('reads nothing from a fragment without a request', () => {
    for (const fragment of ['#warn:', '#dnr:', '#answer:', '#post:', 'warn'])
      expect(parseWarningFragment(fragment), fragment).toBeNull();
  });
});

describe('the answer guard’s host', () => {
  it('the answer guard takes only a host from its fragment, never a sentence', () => {
    expect(answerHost({ source: 'answer', url: '127.0.0.1' })).toBe('127.0.0.1');
    expect(answerHost({ source: 'answer', url: '[::1]' })).toBe('[::1]');
    expect(answerHost({ source: 'answer', url: 'login.microsoftonline.com' })).toBe('login.microsoftonline.com');
    expect(answerHost({ source: 'answer', url: 'Call +1 800 555 0100 now' })).toBeNull();
    expect(answerHost({ source: 'answer', url: 'evil.example/paste-here' })).toBeNull();
    expect(answerHost({ source: 'warn', url: 'localhost' })).toBeNull();
  });
});
