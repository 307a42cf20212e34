import { describe, expect, it } from 'vitest';
import { addFormBody, allParams, firstParam, MAX_PARAM_TEXT, parseParamText } from '../../../lib/authz/request-params';

describe('request parameters', () => {
  it('keeps every copy of a parameter, in order, by its name in lower case, decoded', () => {
    const params = parseParamText('?Client_ID=a&scope=x+y&scope=z&%63lient_id=b');
    expect(params.get('client_id')).toEqual(['a', 'b']);
    expect(params.get('scope')).toEqual(['x y', 'z']);
    expect(firstParam(params, 'client_id')).toBe('a');
    expect(allParams(params, 'scope')).toEqual(['x y', 'z']);
  });

  it('reads a name without a value as empty, and skips empty pairs and names', () => {
    const params = parseParamText('a&&b=&=c');
    expect([...params.entries()]).toEqual([
      ['a', ['']],
      ['b', ['']],
    ]);
    expect(firstParam(params, 'missing')).toBeNull();
    expect(allParams(params, 'missing')).toEqual([]);
  });

  it('adds a POST body, as raw form text or as Chrome’s split form data', () => {
    const params = parseParamText('client_id=a');
    addFormBody(params, 'scope=Mail.Read%20openid');
    addFormBody(params, { SCOPE: ['Files.Read'], client_id: ['b'] });
    expect(params.get('scope')).toEqual(['Mail.Read openid', 'Files.Read']);
    expect(params.get('client_id')).toEqual(['a', 'b']);
  });

  it('ignores what is not text in split form data', () => {
    const params = parseParamText('');
    addFormBody(params, { scope: [1, 'openid'] as unknown as string[], file: 'x' as unknown as string[] });
    expect([...params.entries()]).toEqual([['scope', ['openid']]]);
  });

  it('reads at most 64 KiB of text', () => {
    const params = parseParamText(`a=${'x'.repeat(MAX_PARAM_TEXT + 1000)}&b=1`);
    expect(firstParam(params, 'a')?.length).toBe(MAX_PARAM_TEXT - 2);
    expect(params.has('b')).toBe(false);
  });
});
