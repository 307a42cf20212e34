/** The shape community lists of rogue OAuth apps publish (RogueApps-style), with made-up entries. */
export const FEED = JSON.stringify([
  {
    appId: 'AAAAAAAA-0000-4000-8000-00000000ABCD',
    appDisplayName: 'Mail Sync Pro',
    description: 'Used after account takeover to copy mailboxes.',
    tags: ['exfiltration', 'email'],
    references: ['https://example.org/report'],
    dateAdded: '2025-01-01',
  },
  { appId: 'bbbbbbbb-0000-4000-8000-000000000001', name: 'Only on GitHub', provider: 'github' },
  { appDisplayName: 'no id: skipped' },
  'not an object',
]);
