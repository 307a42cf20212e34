import type { FirstPartyApp } from '../first-party';

/**
 * Salesforce's own connected apps, by OAuth client id (consumer key), checked 2026-12-01. Sorted by name.
 *
 * Each id is taken from source code Salesforce publishes (URL next to each entry). Deliberately not listed: the
 * Salesforce Mobile SDK's sample consumer key (`bootconfig.json` in the SDK templates), which third-party apps built
 * from those templates keep using, so it says nothing about who runs the app.
 */
export const SALESFORCE_FIRST_PARTY_APPS: readonly FirstPartyApp[] = [
  // https://github.com/forcedotcom/dataloader/blob/master/src/main/java/com/salesforce/dataloader/config/AppConfig.java
  // (BULK_CLIENTID_VAL / PARTNER_CLIENTID_VAL; the trailing slash is part of the id)
  ['DataLoaderBulkUI/', 'Data Loader (Bulk API)'],
  ['DataLoaderPartnerUI/', 'Data Loader (Partner API)'],
  // https://github.com/forcedotcom/sfdx-core/blob/main/src/org/authInfo.ts (DEFAULT_CONNECTED_APP_INFO)
  ['PlatformCLI', 'Salesforce CLI'],
  // https://github.com/forcedotcom/sfdx-core/blob/main/src/org/authInfo.ts (CODE_BUILDER_CONNECTED_APP_INFO)
  ['CodeBuilder', 'Salesforce Code Builder'],
  // https://github.com/forcedotcom/SalesforceMobileSDK-iOS/blob/master/libs/SalesforceSDKCore/SalesforceSDKCoreTests/SalesforceOAuthUnitTests.m
  // (kClientId): the consumer key of Salesforce's own iOS app (first shipped as Chatter for iOS), which the SDK's OAuth
  // tests reuse
  ['SfdcMobileChatteriOS', 'Salesforce for iOS'],
];
