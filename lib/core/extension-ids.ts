/** Firefox add-on id: the key organisations use in policies.json (`3rdparty.Extensions`). */
export const FIREFOX_ADDON_ID = 'consent-guard@consent-guard.org';
