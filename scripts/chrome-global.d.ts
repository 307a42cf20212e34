/**
 * The extension APIs as seen from code evaluated inside the service worker
 * (`worker.evaluate`), for the end-to-end tests and the browser scripts: only
 * what they use.
 */
declare const chrome: {
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys?: string | null): Promise<Record<string, unknown>>;
    };
    session: { get(keys?: string | null): Promise<Record<string, unknown>> };
  };
  action: { getBadgeText(details: object): Promise<string> };
  declarativeNetRequest: {
    getDynamicRules(): Promise<Array<{ id: number; condition: { regexFilter?: string } }>>;
    isRegexSupported(options: {
      regex: string;
      isCaseSensitive?: boolean;
    }): Promise<{ isSupported: boolean; reason?: string }>;
    testMatchOutcome(request: { url: string; type: string }): Promise<{ matchedRules: unknown[] }>;
  };
};
