import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, signBody } from '../../../lib/reporting/signature';

describe('the signature of a batch', () => {
  it('is HMAC-SHA256 of the exact body with the secret, as a collector checks it', async () => {
    const body = '[{"id":"e1","type":"warned","comment":"été"}]';
    const expected = createHmac('sha256', 'shared-secret').update(body, 'utf8').digest('hex');
    expect(await signBody('shared-secret', body)).toBe(`sha256=${expected}`);
  });

  it('changes with one byte of the body or of the secret', async () => {
    const signature = await signBody('s', 'body');
    expect(await signBody('s', 'body ')).not.toBe(signature);
    expect(await signBody('t', 'body')).not.toBe(signature);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
  });

  it('travels in the documented header', () => {
    expect(SIGNATURE_HEADER).toBe('X-Consent-Guard-Signature');
  });
});
