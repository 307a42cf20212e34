import { browser } from 'wxt/browser';

/**
 * A list kept in session storage (it survives a service-worker restart, not
 * the browser), or in memory where the browser has no session storage.
 */
export function sessionList<T>(key: string): { load(): Promise<T[]>; save(items: T[]): Promise<void> } {
  let memory: T[] = [];
  return {
    async load() {
      const session = browser.storage.session;
      if (!session) return memory;
      const stored = (await session.get(key))[key];
      return Array.isArray(stored) ? (stored as T[]) : [];
    },
    async save(items) {
      const session = browser.storage.session;
      if (!session) {
        memory = items;
        return;
      }
      await session.set({ [key]: items });
    },
  };
}
