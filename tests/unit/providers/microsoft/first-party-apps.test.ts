import { describe, expect, it } from 'vitest';
import { MICROSOFT_FIRST_PARTY_APPS } from '../../../../lib/providers/microsoft/first-party-apps';
import { checkCatalogue, GUID, nameOf } from '../first-party-checks';

checkCatalogue('microsoft', MICROSOFT_FIRST_PARTY_APPS);

describe('Microsoft first-party apps', () => {
  it('lists lower-case GUIDs only', () => {
    const bad = MICROSOFT_FIRST_PARTY_APPS.filter(([id]) => !GUID.test(id));
    expect(bad).toEqual([]);
  });

  it('keeps the catalogue from the public lists, not a handful of ids', () => {
    expect(MICROSOFT_FIRST_PARTY_APPS.length).toBeGreaterThan(1000);
  });

  // The ids a browser meets every day, with a pattern the name has to match.
  const EVERYDAY: ReadonlyArray<readonly [string, RegExp]> = [
    ['9199bf20-a13f-4107-85dc-02114787ef48', /outlook/i], // Outlook on the web
    ['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', /^azure portal$/i],
    ['4765445b-32c6-49b0-83e6-1d93765276ca', /officehome/i], // Microsoft 365 home
    ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346', /teams web/i],
    ['00000003-0000-0ff1-ce00-000000000000', /sharepoint/i],
    ['08e18876-6177-487e-b8b5-cf950c1e598c', /sharepoint/i],
    ['33be1cef-03fb-444b-8fd3-08ca1b4d803f', /onedrive/i],
    ['871c010f-5e61-4fb1-83ac-98610a7e9110', /power bi/i],
    ['499b84ac-1321-427f-aa17-267ca6975798', /azure devops/i],
    ['de8bc8b5-d9f9-48b1-a8ad-b748da725064', /graph explorer/i],
    ['74658136-14ec-4630-ad9b-26e160ff0fc6', /ibiza/i], // the Entra admin center's portal extension
    ['5926fc8e-304e-4f59-8bed-58ca97cc39a4', /intune/i], // Intune admin center
    ['618dd325-23f6-4b6f-8380-4df78026e39b', /admin/i], // Microsoft 365 admin center
    ['00000006-0000-0ff1-ce00-000000000000', /office 365 portal/i],
    ['2793995e-0a7d-40d7-bd35-6968ba142197', /^my apps$/i],
    ['8c59ead7-d703-4a27-9e55-c96a0054c8d2', /^my profile$/i], // My Account
    ['19db86c3-b2b9-44cc-b339-36da233a3be2', /^my ?sign-?ins$/i],
    ['4813382a-8fa7-425e-ab75-3b753aab3abb', /authenticator/i],
    ['29d9ed98-a469-4536-ade2-f981bc1d605e', /authentication broker/i],
    ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', /azure cli/i],
    ['1950a258-227b-4e31-a9cf-717495945fc2', /azure powershell/i],
    ['14d82eec-204b-4c2f-b7e8-296a70dab67e', /graph command line tools/i],
    ['04f0c124-f2bc-4f59-8241-bf6df9866bbd', /^visual studio$/i],
    ['872cd9fa-d31f-45e0-9eab-6e460a02d1f1', /visual studio/i],
    ['aebc6443-996d-45c2-90f0-388ff96faa56', /^visual studio code$/i],
    ['d3590ed6-52b3-4102-aeff-aad2292ab01c', /^microsoft office$/i],
    ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', /^microsoft teams$/i],
    ['ecd6b820-32c2-49b6-98a6-444530e5a77a', /edge/i],
    ['38aa3b87-a06d-4817-b275-7a316988d93b', /windows sign/i],
    ['4e291c71-d680-4d0e-9640-0a3358e31177', /power ?apps/i],
    ['6204c1d1-4712-4c46-a7d9-3ed63d992682', /flow/i], // Power Automate
    ['00000007-0000-0000-c000-000000000000', /dataverse/i], // Dynamics 365
    ['0922ef46-e1b9-4f7e-9134-9ad00547eb41', /loop/i],
    ['57336123-6e14-4acc-8dcf-287b6088aa28', /whiteboard/i],
    ['66375f6b-983f-4c2c-9701-d680650f588f', /planner/i],
    ['22098786-6e16-43cc-a27d-191a01a1e3b5', /to-?do/i],
    ['cf53fce8-def6-4aeb-8d30-b158e7b1cf83', /stream/i],
    ['c9a559d2-7aab-4f13-a6ed-e7e9c52aec87', /forms/i],
    ['14638111-3389-403d-b206-a6a71d9f8f16', /copilot/i],
    ['0ec893e0-5785-4de6-99da-4ed124e5296c', /copilot/i],
    ['497effe9-df71-4043-a8bb-14cf78c4b63b', /exchange admin center/i],
    ['a3b79187-70b2-4139-83f9-6016c58cd27b', /defender/i], // Defender portal
    ['80ccca67-54bd-44ab-8625-4b79c4dc7775', /security and compliance/i], // Purview / compliance portal
  ];

  it.each(EVERYDAY)('names %s', (clientId, pattern) => {
    expect(nameOf(MICROSOFT_FIRST_PARTY_APPS, clientId)).toMatch(pattern);
  });

  it('leaves out GUIDs that are not application ids', () => {
    const ids = new Set(MICROSOFT_FIRST_PARTY_APPS.map(([id]) => id));
    // From the Entra docs' known-guids list that merill's list also carries: a delegated permission (User.Read),
    // a licence service plan (Microsoft Bookings) and Microsoft's own tenant id.
    for (const notAnApp of [
      'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
      '199a5c09-e0ca-4e37-8f7c-b05d533e1ea2',
      '72f988bf-86f1-41af-91ab-2d7cd011db47',
    ]) {
      expect(ids.has(notAnApp), notAnApp).toBe(false);
    }
  });
});
