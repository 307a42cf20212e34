/** The browser's name and version, from its user agent string, for the events' `source`. */
export function browserFromUserAgent(userAgent: string): { browser: string; browserVersion: string | null } {
  const known: [string, RegExp][] = [
    ['edge', /\bEdg(?:e|A|iOS)?\/([\d.]+)/],
    ['firefox', /\bFirefox\/([\d.]+)/],
    ['opera', /\bOPR\/([\d.]+)/],
    ['chrome', /\b(?:Chrome|Chromium|HeadlessChrome)\/([\d.]+)/],
  ];
  for (const [browser, pattern] of known) {
    const match = pattern.exec(userAgent);
    if (match) return { browser, browserVersion: match[1] ?? null };
  }
  return { browser: 'unknown', browserVersion: null };
}
