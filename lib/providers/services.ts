/**
 * Work services without a profile of their own, recognised as generic OAuth
 * servers by the shape of their requests: what their requests mean where the
 * shape alone does not say. By host, as the request's URL has it.
 */
export interface ServiceFacts {
  name: string;
  /**
   * A request without `scope` gives the app what it registered (the access
   * is set in the app's configuration, not in the request), so the person
   * cannot see from the request what they grant.
   */
  omittedScopeHidesAccess: boolean;
  /** Scope values that grant everything the app registered (Asana's `default`): as hidden as no scope at all. */
  everythingScopes?: readonly string[];
}

const NOTION: ServiceFacts = { name: 'Notion', omittedScopeHidesAccess: true };
const BOX: ServiceFacts = { name: 'Box', omittedScopeHidesAccess: true };
const ASANA: ServiceFacts = { name: 'Asana', omittedScopeHidesAccess: true, everythingScopes: ['default'] };

/**
 * Sources: Notion Developers, "Authorization" (an integration's capabilities
 * are set in its configuration; the request names none); Box Developer,
 * "OAuth 2.0" (scopes are the application's configured ones unless `scope`
 * narrows them); Asana Developers, "OAuth" (`default` and no scope both give
 * full access to the person's workspaces).
 */
const SERVICES_BY_HOST: ReadonlyMap<string, ServiceFacts> = new Map([
  ['api.notion.com', NOTION],
  ['account.box.com', BOX],
  ['app.box.com', BOX],
  ['app.asana.com', ASANA],
]);

/** What is known of the service at this host (lower case), if it is one of these. */
export function serviceAt(host: string): ServiceFacts | undefined {
  return SERVICES_BY_HOST.get(host);
}
