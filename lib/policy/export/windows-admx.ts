import type { Field } from '../fields';
import { POLICY_FIELDS } from '../policy-schema';
import { frenchProviderTexts, POLICY_TEXTS_FR } from '../policy-schema-fr';
import { CHROME_REG_PATH, EDGE_REG_PATH, type ExportedFile, type ExportOptions } from './deployment-targets';

/**
 * ADMX and ADML (en-US, fr-FR) templates for Group Policy and Intune: one
 * policy per key, under "Consent Guard" for Google Chrome and for Microsoft
 * Edge. Enumerations are drop-down lists, booleans check boxes, whole numbers
 * number boxes; lists and objects are text boxes that take JSON.
 */
interface AdmxPolicy {
  /** Unique name, e.g. `bypass_allowed`. */
  id: string;
  /** Registry sub-key below `…\policy`, '' for top-level keys. */
  subKey: string;
  valueName: string;
  field: Field<unknown>;
  path: string;
}

function admxPolicies(): AdmxPolicy[] {
  const out: AdmxPolicy[] = [];
  for (const [key, field] of Object.entries(POLICY_FIELDS)) {
    if (field.kind === 'object' && field.children) {
      for (const [child, childField] of Object.entries(field.children)) {
        out.push({ id: `${key}_${child}`, subKey: key, valueName: child, field: childField, path: `${key}.${child}` });
      }
    } else {
      out.push({ id: key, subKey: '', valueName: key, field, path: key });
    }
  }
  return out;
}

const xml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function element(policy: AdmxPolicy): string {
  const { field, id, valueName } = policy;
  switch (field.kind) {
    case 'enum':
      return [
        `        <enum id="${id}" valueName="${valueName}">`,
        ...(field.values ?? []).map(
          (v) =>
            `          <item displayName="$(string.${id}_${v.replace(/\W/g, '_')})"><value><string>${xml(v)}</string></value></item>`,
        ),
        '        </enum>',
      ].join('\n');
    case 'boolean':
      return `        <boolean id="${id}" valueName="${valueName}"><trueValue><decimal value="1"/></trueValue><falseValue><decimal value="0"/></falseValue></boolean>`;
    case 'integer':
      return `        <decimal id="${id}" valueName="${valueName}" minValue="0" maxValue="100000"/>`;
    default:
      return `        <text id="${id}" valueName="${valueName}" maxLength="100000"/>`;
  }
}

function presentation(policy: AdmxPolicy, label: string): string {
  switch (policy.field.kind) {
    case 'enum':
      return `      <presentation id="${policy.id}"><dropdownList refId="${policy.id}" noSort="true">${xml(label)}</dropdownList></presentation>`;
    case 'boolean':
      return `      <presentation id="${policy.id}"><checkBox refId="${policy.id}">${xml(label)}</checkBox></presentation>`;
    case 'integer':
      return `      <presentation id="${policy.id}"><decimalTextBox refId="${policy.id}">${xml(label)}</decimalTextBox></presentation>`;
    default:
      return `      <presentation id="${policy.id}"><textBox refId="${policy.id}"><label>${xml(label)}</label></textBox></presentation>`;
  }
}

function texts(policy: AdmxPolicy, lang: 'en' | 'fr'): readonly [string, string] {
  if (lang === 'en') {
    const json = ['object-list', 'string-list', 'string-map', 'localised-text'].includes(policy.field.kind)
      ? ' (JSON)'
      : '';
    return [`${policy.field.title}${json}`, policy.field.description];
  }
  if (policy.path.startsWith('providers.')) return frenchProviderTexts(policy.valueName);
  return POLICY_TEXTS_FR[policy.path] ?? [policy.field.title, policy.field.description];
}

export function windowsAdmx(options: ExportOptions): ExportedFile[] {
  const policies = admxPolicies();
  const browsers = [
    { prefix: 'Chrome', key: `${CHROME_REG_PATH}\\${options.extensionId}\\policy` },
    { prefix: 'Edge', key: `${EDGE_REG_PATH}\\${options.edgeExtensionId ?? options.extensionId}\\policy` },
  ];
  const admx = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    '  <policyNamespaces>',
    '    <target prefix="consentguard" namespace="ConsentGuard.Policies.ConsentGuard"/>',
    '    <using prefix="windows" namespace="Microsoft.Policies.Windows"/>',
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0"/>',
    '  <supportedOn>',
    '    <definitions>',
    '      <definition name="SUPPORTED_CHROMIUM" displayName="$(string.SUPPORTED_CHROMIUM)"/>',
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    ...browsers.map(
      (b) => `    <category name="ConsentGuard_${b.prefix}" displayName="$(string.Category_${b.prefix})"/>`,
    ),
    '  </categories>',
    '  <policies>',
    ...browsers.flatMap((b) =>
      policies.map((p) =>
        [
          `    <policy name="${b.prefix}_${p.id}" class="Both" displayName="$(string.${p.id})" explainText="$(string.${p.id}_Explain)" presentation="$(presentation.${p.id})" key="${xml(p.subKey === '' ? b.key : `${b.key}\\${p.subKey}`)}">`,
          `      <parentCategory ref="ConsentGuard_${b.prefix}"/>`,
          '      <supportedOn ref="SUPPORTED_CHROMIUM"/>',
          '      <elements>',
          element(p),
          '      </elements>',
          '    </policy>',
        ].join('\n'),
      ),
    ),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\r\n');

  const adml = (lang: 'en' | 'fr') => {
    const fr = lang === 'fr';
    const strings: Array<[string, string]> = [
      [
        'SUPPORTED_CHROMIUM',
        fr
          ? 'Google Chrome et Microsoft Edge avec Consent Guard'
          : 'Google Chrome and Microsoft Edge with Consent Guard',
      ],
      ['Category_Chrome', 'Consent Guard (Google Chrome)'],
      ['Category_Edge', 'Consent Guard (Microsoft Edge)'],
    ];
    for (const p of policies) {
      const [title, description] = texts(p, lang);
      strings.push([p.id, title], [`${p.id}_Explain`, description]);
      for (const v of p.field.values ?? []) strings.push([`${p.id}_${v.replace(/\W/g, '_')}`, v]);
    }
    return [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
      '  <displayName>Consent Guard</displayName>',
      `  <description>${fr ? 'Politique de l’organisation pour Consent Guard' : 'Organisation policy for Consent Guard'}</description>`,
      '  <resources>',
      '    <stringTable>',
      ...strings.map(([id, text]) => `      <string id="${id}">${xml(text)}</string>`),
      '    </stringTable>',
      '    <presentationTable>',
      ...policies.map((p) => presentation(p, texts(p, lang)[0])),
      '    </presentationTable>',
      '  </resources>',
      '</policyDefinitionResources>',
      '',
    ].join('\r\n');
  };

  return [
    { name: 'consent-guard.admx', content: admx },
    { name: 'en-US/consent-guard.adml', content: adml('en') },
    { name: 'fr-FR/consent-guard.adml', content: adml('fr') },
  ];
}
