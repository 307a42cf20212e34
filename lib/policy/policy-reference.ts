import type { Field } from './fields';
import { POLICY_FIELDS } from './policy-schema';
import { frenchProviderTexts, POLICY_TEXTS_FR } from './policy-schema-fr';

const INTRO = {
  en: [
    '# Policy reference',
    '',
    '<!-- Generated from lib/policy/policy-schema.ts by `npm run generate`; do not edit by hand. -->',
    '',
    '_[Version française](fr/policy-reference.md)_',
    '',
    'Every key an organisation can set, with its type and default. A key that is absent',
    'keeps its default; a value that cannot be read is reported (options page, `policy check`)',
    'and keeps its default; a list entry that cannot be read is skipped and the rest apply.',
    'Values may also be given as text (the Windows registry): `"true"`, `"5"`, or JSON for lists and objects.',
    '',
    'Shorthands: a scope rule may be written as the scope alone (`"Mail.ReadWrite"`: any provider), and an app',
    'as `"provider:clientId"` (`"microsoft:1111…"`; a bare client id: any provider). `policy check` says how it',
    'read each one, and `policy export` writes the full form, which Chrome and Edge need: their managed schema',
    'takes one type per list entry, and they drop a whole list that mixes texts and objects.',
    'Values marked _secret_ are never shown, printed, reported or repeated in an error.',
    '',
    '| key | type | default | meaning |',
    '| --- | --- | --- | --- |',
  ],
  fr: [
    '# Référence de la politique',
    '',
    '<!-- Généré depuis lib/policy/policy-schema.ts et lib/policy/policy-schema-fr.ts par `npm run generate` ; ne pas modifier à la main. -->',
    '',
    '_[English version](../policy-reference.md)_',
    '',
    'Chaque clé qu’une organisation peut définir, avec son type et sa valeur par défaut. Une clé absente',
    'garde sa valeur par défaut ; une valeur illisible est signalée (page d’options, `policy check`)',
    'et garde sa valeur par défaut ; une entrée de liste illisible est ignorée et les autres s’appliquent.',
    'Les valeurs peuvent aussi être données en texte (registre Windows) : `"true"`, `"5"`, ou du JSON pour les listes et les objets.',
    '',
    'Raccourcis : une règle de permission peut s’écrire avec la seule permission (`"Mail.ReadWrite"` : tout fournisseur),',
    'et une application `"fournisseur:clientId"` (`"microsoft:1111…"` ; un identifiant seul : tout fournisseur).',
    '`policy check` dit comment il a lu chacun, et `policy export` écrit la forme complète, dont Chrome et Edge ont',
    'besoin : leur schéma géré n’admet qu’un type par entrée de liste, et ils ignorent toute une liste qui mêle textes et objets.',
    'Les valeurs marquées _secret_ ne sont jamais affichées, imprimées, signalées ni répétées dans une erreur.',
    '',
    '| clé | type | défaut | signification |',
    '| --- | --- | --- | --- |',
  ],
} as const;

/** The title and description of a key in French (the reference, the ADML, the options page). */
export function frenchTexts(path: string, field: Field<unknown>): readonly [string, string] {
  if (path.startsWith('providers.')) return frenchProviderTexts(path.slice('providers.'.length));
  return POLICY_TEXTS_FR[path] ?? [field.title, field.description];
}

/**
 * docs/admin/policy-reference.md (English) and docs/admin/fr/policy-reference.md
 * (French, from policy-schema-fr.ts), generated from the policy schema.
 */
export function policyReferenceMarkdown(lang: 'en' | 'fr' = 'en'): string {
  const lines: string[] = [...INTRO[lang]];
  const walk = (fields: Readonly<Record<string, Field<unknown>>>, prefix: string) => {
    for (const [key, field] of Object.entries(fields)) {
      const name = `${prefix}${key}`;
      const description = lang === 'fr' ? frenchTexts(name, field)[1] : field.description;
      lines.push(
        `| \`${name}\` | ${field.docType(lang)} | ${formatDefault(field)} | ${description.replaceAll('|', '\\|')} |`,
      );
      if (field.kind === 'object' && field.children) walk(field.children, `${name}.`);
      if (field.kind === 'object-list' && field.item?.children) walk(field.item.children, `${name}[].`);
    }
  };
  walk(POLICY_FIELDS, '');
  lines.push('');
  return lines.join('\n');
}

function formatDefault(field: Field<unknown>): string {
  if (field.kind === 'object') return '';
  const value = field.default;
  if (value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '`[]`' : `\`${JSON.stringify(value)}\``;
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}
