import { describe, expect, it } from 'vitest';
import { AbusedAppIndex, parseAbusedAppsFeed } from '../../../lib/feeds/abused-apps';
import { FEED } from './fixtures';

const index = new AbusedAppIndex(parseAbusedAppsFeed(FEED).apps);

describe('known-abused apps feed', () => {
  it('reads the community format entry by entry, skipping and counting bad entries', () => {
    const { apps, skipped } = parseAbusedAppsFeed(FEED);
    expect(skipped).toBe(2);
    expect(apps[0]).toEqual({
      appId: 'AAAAAAAA-0000-4000-8000-00000000ABCD',
      name: 'Mail Sync Pro',
      description: 'Used after account takeover to copy mailboxes.',
      tags: ['exfiltration', 'email'],
      provider: '*',
    });
    expect(apps[1]?.provider).toBe('github');
    expect(parseAbusedAppsFeed(JSON.stringify({ apps: [{ appId: 'x1' }] })).apps).toHaveLength(1);
    expect(() => parseAbusedAppsFeed('<html>')).toThrow('not JSON');
    expect(() => parseAbusedAppsFeed('{"hello":1}')).toThrow('not a list');
  });

  it('matches client ids whatever their case, and only for the provider an entry names', () => {
    expect(index.match('microsoft', 'aaaaaaaa-0000-4000-8000-00000000abcd')?.name).toBe('Mail Sync Pro');
    expect(index.match('microsoft', 'bbbbbbbb-0000-4000-8000-000000000001')).toBeNull();
    expect(index.match('github', 'bbbbbbbb-0000-4000-8000-000000000001')?.name).toBe('Only on GitHub');
  });
});
