import { describe, expect, it } from 'vitest';
import { SAMPLE_REQUESTS } from '../../../lib/demo/sample-requests';
import { explainUrl } from '../../../lib/explain/explain-url';
import { PROVIDER_NAMES } from '../../../lib/providers';

/** The demo page shows each sample with what the guard makes of it: each must show what its label promises. */
describe('the demo page’s sample requests', () => {
  it('have unique ids, and a label in English and French', () => {
    expect(new Set(SAMPLE_REQUESTS.map((s) => s.id)).size).toBe(SAMPLE_REQUESTS.length);
    for (const sample of SAMPLE_REQUESTS) {
      expect(sample.label.en, sample.id).toBeTruthy();
      expect(sample.label.fr, sample.id).toBeTruthy();
    }
  });

  it.each(SAMPLE_REQUESTS.map((s) => [s.id, s] as const))(
    '%s is recognised at the provider it names',
    (_id, sample) => {
      const line = explainUrl(sample.url);
      expect(line.provider).not.toBeNull();
      expect(PROVIDER_NAMES[line.provider as keyof typeof PROVIDER_NAMES]).toBe(sample.provider);
    },
  );

  it('let a plain sign-in through and warn every other kind, under the embedded default', () => {
    for (const sample of SAMPLE_REQUESTS) {
      const line = explainUrl(sample.url);
      if (sample.id.endsWith('-sign-in')) expect(line.decision, sample.id).toBe('allow');
      else expect(line.decision, sample.id).toBe('warn');
      if (sample.id.endsWith('-device-code')) expect(line.kind, sample.id).toBe('device-code');
      if (sample.id.endsWith('-admin-consent')) expect(line.kind, sample.id).toBe('admin-consent');
    }
  });

  it('show one of each kind for the main providers', () => {
    const ids = SAMPLE_REQUESTS.map((s) => s.id);
    for (const provider of ['microsoft', 'google', 'github'])
      for (const kind of ['sign-in', 'device-code'])
        expect(ids, `${provider}-${kind}`).toContain(`${provider}-${kind}`);
  });

  it('name no real app: made-up client ids and example hosts', () => {
    for (const sample of SAMPLE_REQUESTS) {
      const line = explainUrl(sample.url);
      expect(line.appName, sample.id).toBeNull();
      if (line.redirectHost !== null) expect(line.redirectHost, sample.id).toMatch(/\.example\.(com|net|org|io)$/);
    }
  });
});
