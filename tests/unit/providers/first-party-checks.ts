import { describe, expect, it } from 'vitest';
import type { FirstPartyApp } from '../../../lib/providers/first-party';

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The documented order: name compared case-insensitively, then as written, then client id. */
function compareEntries([idA, nameA]: FirstPartyApp, [idB, nameB]: FirstPartyApp): number {
  const a = [nameA.toLowerCase(), nameA, idA];
  const b = [nameB.toLowerCase(), nameB, idB];
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const value of values) {
    if (seen.has(value)) repeated.push(value);
    seen.add(value);
  }
  return repeated;
}

export function nameOf(apps: readonly FirstPartyApp[], clientId: string): string | undefined {
  return apps.find(([id]) => id === clientId)?.[1];
}

/** The rules every first-party catalogue follows (each provider’s `first-party-apps.ts`). */
export function checkCatalogue(provider: string, apps: readonly FirstPartyApp[]): void {
  describe(`${provider} first-party catalogue`, () => {
    it('is not empty', () => {
      expect(apps.length).toBeGreaterThan(0);
    });

    it('has no duplicate client ids, even ignoring case', () => {
      expect(duplicates(apps.map(([id]) => id.toLowerCase()))).toEqual([]);
    });

    it('gives every entry a client id and a non-empty, trimmed name', () => {
      for (const [id, name] of apps) {
        expect(id, name).toMatch(/^\S+$/);
        expect(name.trim(), id).toBe(name);
        expect(name.length, id).toBeGreaterThan(0);
        expect(name, id).not.toMatch(/\s{2}|\[Community Contributed\]/);
      }
    });

    it('is sorted by name, then client id', () => {
      const sorted = [...apps].sort(compareEntries);
      expect(apps.map(([id]) => id)).toEqual(sorted.map(([id]) => id));
    });
  });
}
