import type { Page } from '@playwright/test';

/** Every record of one store of the extension's database, read from one of its pages. */
export async function readDatabaseStore(
  page: Page,
  store: 'grants' | 'events' | 'apps',
): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(async (name) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('consent-guard');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as Array<Record<string, unknown>>);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
}
