/**
 * Microsoft's own public clients. Attackers borrow them ("ConsentFix",
 * device-code phishing) because they are pre-consented in every tenant: a
 * request from one of these towards a localhost redirect hands tokens to
 * whatever listens there.
 */
export const MICROSOFT_FIRST_PARTY_APPS: ReadonlyMap<string, string> = new Map([
  ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'],
  ['1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'],
  ['0a7bdc5c-7b57-40be-9939-d4c5fc7cd417', 'Microsoft Azure PowerShell (legacy)'],
  ['1b730954-1685-4b74-9bfd-dac224a7b894', 'Azure Active Directory PowerShell'],
  ['14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'],
  ['de8bc8b5-d9f9-48b1-a8ad-b748da725064', 'Graph Explorer'],
  ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'],
  ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
  ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'],
  ['872cd9fa-d31f-45e0-9eab-6e460a02d1f1', 'Visual Studio'],
  ['aebc6443-996d-45c2-90f0-388ff96faa56', 'Visual Studio Code'],
  ['27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'],
  ['ab9b8c07-8f02-4f72-87fa-80105867a763', 'OneDrive Sync Engine'],
  ['29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'],
  ['9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', 'Microsoft Intune Company Portal'],
  ['00b41c95-dab0-4487-9791-b9d2c32c80f2', 'Office 365 Management'],
  ['57fcbcfa-7cee-4eb1-8b25-12d2030b4ee0', 'Microsoft Flow'],
  ['fb78d390-0c51-40cd-8e17-fdbfab77341b', 'Microsoft Exchange REST API Based PowerShell'],
  ['a0c73c16-a7e3-4564-9a95-2bdf47383716', 'Microsoft Exchange Online Remote PowerShell'],
  ['12128f48-ec9e-42f0-b203-ea49fb6af367', 'MS Teams PowerShell Cmdlets'],
  ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
]);
