import type { ProviderProfile } from '../provider-profile';

/** Zoom. Endpoints: Zoom Developer, "OAuth for user-managed apps" (also for Zoom for Government). */
export const ZOOM: ProviderProfile = {
  id: 'zoom',
  name: 'Zoom',
  hostGroups: [
    {
      hosts: ['zoom.us', 'zoomgov.com', 'zoom.com'],
      suffixes: ['.zoom.us', '.zoomgov.com', '.zoom.com'],
      endpoints: [
        { pattern: /^\/oauth\/authorize$/, kind: 'authorize' },
        // Zoom Developer, "Device authorization grant": the code is typed at zoom.us/oauth_device.
        { pattern: /^\/oauth_device$/, kind: 'device-code' },
      ],
      requestPaths: ['/oauth/*', '/oauth_device*'],
    },
  ],
  ownedDomains: ['zoom.us', 'zoom.com', 'zoomgov.com'],
  brands: [],
  // Zoom grants the scopes set on the app when none are named.
  omittedScope: 'hides-access',
  // Zoom's OAuth documents no `prompt` parameter.
  silentPrompt: false,
};
