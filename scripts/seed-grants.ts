import type { Page } from '@playwright/test';

/**
 * Fills the extension's database with `count` synthetic grants, from one of
 * its pages (the test and the benchmark of a large inventory use it). The
 * records have the shape the store writes.
 */
export async function seedGrants(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    // Coherent samples: provider, scopes, risk, risk rank.
    const samples: Array<[string, string[], string, number]> = [
      ['microsoft', ['openid', 'User.Read'], 'none', 0],
      ['microsoft', ['Mail.Read', 'offline_access'], 'critical', 4],
      ['google', ['https://www.googleapis.com/auth/drive'], 'high', 3],
      ['github', ['read:org'], 'low', 1],
      ['slack', ['chat:write'], 'medium', 2],
      ['dropbox', ['files.content.write'], 'high', 3],
      ['github', ['repo', 'workflow'], 'high', 3],
    ];
    const statuses = ['active', 'active', 'active', 'refused', 'revoked'];
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('consent-guard');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['grants', 'apps'], 'readwrite');
    const grants = tx.objectStore('grants');
    const apps = tx.objectStore('apps');
    for (let i = 0; i < n; i++) {
      const [provider, grantScopes, risk, riskIndex] = samples[(i * 3) % samples.length] as [
        string,
        string[],
        string,
        number,
      ];
      const clientId = `seed-${String(i).padStart(6, '0')}`;
      // Recent, so that retention (a year by default) keeps every record.
      const time = Date.now() - (n - i) * 60_000;
      const name = `Seeded app ${i}`;
      apps.put({ key: `${provider}|${clientId}`, provider, clientId, name, firstSeen: time, lastSeen: time });
      grants.put({
        key: `${provider}|${clientId}|user${i % 3}@contoso.com|`,
        appKey: `${provider}|${clientId}`,
        provider,
        clientId,
        appName: name,
        appNameLower: name.toLowerCase(),
        tenant: null,
        account: `user${i % 3}@contoso.com`,
        scopes: grantScopes,
        scopesLower: grantScopes.map((s) => s.toLowerCase()),
        hiddenScopes: false,
        risk,
        riskRank: riskIndex,
        status: statuses[i % statuses.length],
        firstSeen: time,
        lastSeen: time,
        redirectHost: 'app.example.com',
        history: [{ time, type: 'grant-recorded', decision: 'allow', scopes: grantScopes }],
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}
