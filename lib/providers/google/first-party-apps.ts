import type { FirstPartyApp } from '../first-party';

/**
 * Google's own OAuth clients, by client id (checked 2026-12-01). Sorted by name.
 *
 * Most ids come from source code Google publishes (URL next to each entry). Three come only from what Google's own
 * apps send, as captured in public repositories and notebooks, and are marked "observed": Google documents none of
 * them. Chromium builds other than Google Chrome carry no Google client id of their own, so there is no "Chromium"
 * entry.
 */
export const GOOGLE_FIRST_PARTY_APPS: readonly FirstPartyApp[] = [
  // clasp, Google's Apps Script command-line tool (google/clasp, its public OAuth client), as `clasp login` prints it.
  ['1072944905499-vm2v2i5dvn0a0d2o4ca36i1vge8cvbn0.apps.googleusercontent.com', 'Apps Script CLI (clasp)'],
  // The Firebase CLI (firebase-tools, `src/api.ts`, clientId), as it prints its sign-in URL for `firebase login`.
  ['563584335869-fgrhgmd47bqnekij5i8b5pr03ho849e6.apps.googleusercontent.com', 'Firebase CLI'],
  // https://github.com/google-gemini/gemini-cli/blob/main/packages/core/src/code_assist/oauth2.ts (OAUTH_CLIENT_ID)
  ['681255809395-oo8ft2oprdrnp9e3aqf6av3hmdib135j.apps.googleusercontent.com', 'Gemini CLI'],
  // Observed: Google AI Studio's "Enable saving" link (the app's own Drive access request, redirect to
  // aistudio.google.com), in public copies of its navigation and in Workspace app inventories.
  ['823511539352-ojaretejk1s95sdvkic0te923pt7knpu.apps.googleusercontent.com', 'Google AI Studio'],
  // Observed: the client id Google Chrome sends in its `X-Chrome-Id-Consistency-Request` header and uses for browser
  // sign-in (official Chrome builds; Chromium's public source ships no Google keys).
  ['77185425430.apps.googleusercontent.com', 'Google Chrome'],
  // https://github.com/googleapis/google-auth-library-python/blob/main/google/auth/_cloud_sdk.py (CLOUD_SDK_CLIENT_ID:
  // "Cloud SDK's application-default client ID", used by `gcloud auth application-default login`)
  [
    '764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com',
    'Google Cloud SDK (application default credentials)',
  ],
  // https://github.com/GoogleCloudPlatform/gsutil/blob/master/gslib/utils/system_util.py (GetGsutilClientIdAndSecret:
  // "Cloud SDK client ID"); also CLOUDSDK_CLIENT_ID in the Cloud SDK's `lib/googlecloudsdk/core/config.py`
  ['32555940559.apps.googleusercontent.com', 'Google Cloud SDK (gcloud CLI)'],
  // Observed: the client id Google Colab's `drive.mount()` asks users to authorise (the Drive for desktop client that
  // Colab runs), in the authorize URLs printed in public notebooks.
  ['947318989803-6bn6qk8qdgf4n4g3pfee6491hc0brc4i.apps.googleusercontent.com', 'Google Drive for desktop'],
  // https://github.com/GoogleCloudPlatform/gsutil/blob/master/gslib/utils/system_util.py (GetGsutilClientIdAndSecret:
  // "gsutil client ID")
  ['909320924072.apps.googleusercontent.com', 'gsutil'],
  // Observed: the default client of Google's OAuth 2.0 Playground (https://developers.google.com/oauthplayground), in
  // the authorize URLs it opens.
  ['407408718192.apps.googleusercontent.com', 'OAuth 2.0 Playground'],
];
