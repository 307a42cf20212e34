/**
 * A provider's own ("first-party") OAuth client: its client id and a display name.
 *
 * Signing in to one of these is a sign-in to the provider itself (usually pre-authorised, so no consent screen),
 * not a consent to a third-party app. The catalogues live next to each provider, e.g.
 * `./microsoft/first-party-apps.ts`.
 */
export type FirstPartyApp = readonly [clientId: string, name: string];

/** A map whose string keys are stored, and looked up, lower-cased. */
class CaseInsensitiveMap<V> extends Map<string, V> {
  override get(key: string): V | undefined {
    return super.get(key.toLowerCase());
  }

  override has(key: string): boolean {
    return super.has(key.toLowerCase());
  }
}

/**
 * Builds a lookup from client id to display name.
 *
 * Keys are lower-cased and `get`/`has` lower-case the id they are given: Microsoft Entra ID accepts an application
 * (client) id GUID in any letter case (`client_id=C44B4083-…` signs in to the same app as `c44b4083-…`), so an
 * exact-case lookup would let an upper-cased or mixed-case id slip past the catalogue. The other providers' ids in
 * these catalogues stay distinct once lower-cased.
 *
 * When two entries share a client id (in any case) the first one wins.
 */
export function firstPartyIndex(apps: readonly FirstPartyApp[]): ReadonlyMap<string, string> {
  const index = new CaseInsensitiveMap<string>();
  for (const [clientId, name] of apps) {
    const key = clientId.toLowerCase();
    if (!index.has(key)) index.set(key, name);
  }
  return index;
}
