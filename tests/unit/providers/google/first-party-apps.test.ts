import { describe, expect, it } from 'vitest';
import { GOOGLE_FIRST_PARTY_APPS } from '../../../../lib/providers/google/first-party-apps';
import { checkCatalogue, nameOf } from '../first-party-checks';

checkCatalogue('google', GOOGLE_FIRST_PARTY_APPS);

describe('Google first-party apps', () => {
  it('names the Google Cloud SDK clients and keeps Google ids in their usual form', () => {
    expect(nameOf(GOOGLE_FIRST_PARTY_APPS, '32555940559.apps.googleusercontent.com')).toMatch(/gcloud/i);
    expect(
      nameOf(GOOGLE_FIRST_PARTY_APPS, '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com'),
    ).toMatch(/application default credentials/i);
    for (const [id] of GOOGLE_FIRST_PARTY_APPS) expect(id).toMatch(/^[0-9a-z-]+\.apps\.googleusercontent\.com$/);
  });
});
