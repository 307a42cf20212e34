import type { ExportedFile, ExportOptions, PolicyDocument } from './deployment-targets';

/**
 * A macOS configuration profile with the policy for Chrome
 * (com.google.Chrome) and Edge (com.microsoft.Edge), for Jamf, Intune or any
 * MDM. `identifier` and UUIDs are stable so re-importing replaces the profile.
 */
export function macosMobileconfig(policy: PolicyDocument, options: ExportOptions): ExportedFile {
  const payload = (domain: string, id: string, uuid: string) => ({
    PayloadType: domain,
    PayloadVersion: 1,
    PayloadIdentifier: `org.consent-guard.policy.${domain}`,
    PayloadUUID: uuid,
    PayloadDisplayName: `Consent Guard policy (${domain})`,
    '3rdparty': { extensions: { [id]: { ...policy } } },
  });
  const profile = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: 'org.consent-guard.policy',
    PayloadUUID: '6D1D2C4B-3E4F-4A5B-9C7D-0E1F2A3B4C5D',
    PayloadDisplayName: 'Consent Guard policy',
    PayloadDescription: 'Organisation policy for the Consent Guard browser extension.',
    PayloadScope: 'System',
    PayloadContent: [
      payload('com.google.Chrome', options.extensionId, '8A6F2E91-52B3-4C7D-A1E0-3F9B8C7D6E5A'),
      payload(
        'com.microsoft.Edge',
        options.edgeExtensionId ?? options.extensionId,
        '2B4D6F80-13A5-4C7E-9F1B-5D3E7A9C0B2F',
      ),
    ],
  };
  const content = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(profile, ''),
    '</plist>',
    '',
  ].join('\n');
  return { name: 'consent-guard.mobileconfig', content };
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function plistValue(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number')
    return Number.isInteger(value) ? `${indent}<integer>${value}</integer>` : `${indent}<real>${value}</real>`;
  if (typeof value === 'string') return `${indent}<string>${escapeXml(value)}</string>`;
  if (Array.isArray(value)) {
    return [`${indent}<array>`, ...value.map((v) => plistValue(v, inner)), `${indent}</array>`].join('\n');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined);
    return [
      `${indent}<dict>`,
      ...entries.flatMap(([k, v]) => [`${inner}<key>${escapeXml(k)}</key>`, plistValue(v, inner)]),
      `${indent}</dict>`,
    ].join('\n');
  }
  return `${indent}<string></string>`;
}
