/**
 * French titles and descriptions of the policy keys: the French ADML
 * template (Group Policy editor in French), the French policy reference
 * (docs/admin/fr/policy-reference.md) and the options page in French. A unit
 * test checks that every key of the schema, and every field of a list's
 * entries (`allowedApps[].clientId`), has its line here.
 */
export const POLICY_TEXTS_FR: Readonly<Record<string, readonly [title: string, description: string]>> = {
  mode: [
    'Mode',
    'audit : enregistrer et signaler seulement, sans jamais interrompre. warn : avertir et bloquer selon les règles. enforce : bloquer toute demande qui serait signalée.',
  ],
  warnAtRisk: ['Avertir à partir du niveau de risque', 'Les demandes de ce niveau de risque ou plus sont signalées.'],
  blockAtRisk: [
    'Bloquer à partir du niveau de risque',
    'Les demandes de ce niveau de risque ou plus sont bloquées ; never désactive le blocage par niveau de risque.',
  ],
  adminConsent: [
    'Consentement administrateur',
    'Que faire d’une demande de consentement au nom de toute l’organisation.',
  ],
  hiddenScopes: [
    'Permissions cachées',
    'Que faire d’une demande dont les permissions ne sont pas visibles (PAR, /.default, ressource v1, scope absent).',
  ],
  deviceCode: [
    'Pages de connexion par code d’appareil',
    'Que faire quand une page de connexion par code d’appareil s’ouvre (un classique de l’hameçonnage).',
  ],
  allowedApps: [
    'Applications autorisées',
    'Applications jamais interrompues, quoi qu’elles demandent. Les applications bloquées l’emportent. Liste JSON d’objets {provider, clientId, name, note}.',
  ],
  blockedApps: [
    'Applications bloquées',
    'Applications toujours bloquées, même si elles sont aussi autorisées. Liste JSON d’objets {provider, clientId, name, note}.',
  ],
  blockedScopes: [
    'Permissions bloquées',
    'Une demande qui contient une permission correspondante est bloquée (sauf application autorisée). Liste JSON d’objets {provider, scope}.',
  ],
  warnScopes: [
    'Permissions signalées',
    'Une demande qui contient une permission correspondante est signalée (sauf application autorisée). Liste JSON d’objets {provider, scope}.',
  ],
  accounts: ['Comptes', 'Règles sur le compte et le locataire avec lesquels le consentement est donné.'],
  'allowedApps[].provider': ['Fournisseur', 'Fournisseur de l’application, ou * pour tout fournisseur.'],
  'allowedApps[].clientId': [
    'Identifiant client',
    'L’identifiant client (application) de l’application ; * remplace toute suite de caractères.',
  ],
  'allowedApps[].name': ['Nom affiché', 'Nom de l’application montré aux personnes.'],
  'allowedApps[].note': ['Note', 'Pourquoi l’application est dans cette liste (affiché sur la page d’avertissement).'],
  'blockedApps[].provider': ['Fournisseur', 'Fournisseur de l’application, ou * pour tout fournisseur.'],
  'blockedApps[].clientId': [
    'Identifiant client',
    'L’identifiant client (application) de l’application ; * remplace toute suite de caractères.',
  ],
  'blockedApps[].name': ['Nom affiché', 'Nom de l’application montré aux personnes.'],
  'blockedApps[].note': ['Note', 'Pourquoi l’application est dans cette liste (affiché sur la page d’avertissement).'],
  'blockedScopes[].provider': ['Fournisseur', 'Fournisseur concerné par la règle, ou * pour tous.'],
  'blockedScopes[].scope': [
    'Motif de permission',
    'Permission telle que la normalise Consent Guard (Mail.Read, https://www.googleapis.com/auth/drive, repo) ; * remplace toute suite de caractères.',
  ],
  'warnScopes[].provider': ['Fournisseur', 'Fournisseur concerné par la règle, ou * pour tous.'],
  'warnScopes[].scope': [
    'Motif de permission',
    'Permission telle que la normalise Consent Guard (Mail.Read, https://www.googleapis.com/auth/drive, repo) ; * remplace toute suite de caractères.',
  ],
  'accounts.organisationDomains': [
    'Domaines de l’organisation',
    'Domaines e-mail des comptes de l’organisation (contoso.com). Liste JSON.',
  ],
  'accounts.allowedTenants': [
    'Locataires autorisés',
    'Locataires où le consentement peut être donné : identifiants ou domaines Microsoft, domaines Google Workspace, équipes Slack. Vide : tous. Liste JSON.',
  ],
  'accounts.personalAccounts': [
    'Comptes personnels',
    'Que faire d’un consentement donné avec un compte personnel (Microsoft grand public, gmail.com, outlook.com…).',
  ],
  'accounts.otherTenants': [
    'Autres locataires',
    'Que faire d’un consentement donné dans un locataire non autorisé, ou avec un compte hors des domaines de l’organisation.',
  ],
  providers: ['Fournisseurs', 'Activer ou désactiver la détection de chaque fournisseur (tous actifs par défaut).'],
  customProviders: [
    'Serveurs d’identité de l’organisation',
    'Points d’autorisation des serveurs d’identité de l’organisation, contrôlés comme les fournisseurs intégrés. Liste JSON d’objets {name, host, path}.',
  ],
  'customProviders[].name': ['Nom', 'Nom du serveur d’identité, montré aux personnes.'],
  'customProviders[].host': [
    'Hôte',
    'Hôte du point d’autorisation (sso.example.com), ou *.example.com pour tous les sous-domaines.',
  ],
  'customProviders[].path': ['Chemin', 'Chemin du point d’autorisation, ou son début (/oauth2/authorize).'],
  bypass: ['Contournement', 'Ce qu’une personne avertie peut faire.'],
  'bypass.allowed': ['Continuer autorisé', 'Si une personne avertie peut continuer.'],
  'bypass.requireJustification': [
    'Justification obligatoire',
    'Si une personne doit expliquer pourquoi avant de continuer.',
  ],
  'bypass.durationMinutes': [
    'Durée du contournement',
    'Minutes pendant lesquelles « Continuer » laisse passer cette seule demande.',
  ],
  message: [
    'Message',
    'Le message de l’organisation sur la page d’avertissement. Texte, ou objet JSON de textes par langue (en, fr).',
  ],
  supportUrl: ['Lien d’assistance', 'Où obtenir de l’aide (affiché sur la page d’avertissement).'],
  approvalUrl: [
    'Adresse de demande d’approbation',
    'Page qui reçoit les demandes d’accès (le formulaire de tickets de l’organisation) ; {provider}, {clientId}, {scopes} et {user} y sont remplis.',
  ],
  approvers: [
    'Approbateurs',
    'Qui peut laisser passer une application avec un code d’approbation (`policy approve`) : la personne colle le code sur la page d’avertissement et le navigateur le vérifie hors ligne avec ces clés publiques. Vide : les codes d’approbation ne sont pas acceptés. Liste JSON d’objets {name, publicKey}.',
  ],
  'approvers[].name': [
    'Nom',
    'Qui approuve avec cette clé (une personne ou une équipe) ; affiché avec chaque approbation.',
  ],
  'approvers[].publicKey': [
    'Clé publique',
    'La clé publique Ed25519 de l’approbateur, telle que `policy keygen` l’affiche : les 32 octets bruts en base64, ou sa forme SPKI. La clé privée ne quitte jamais l’approbateur.',
  ],
  abusedApps: [
    'Applications détournées connues',
    'Une liste publiée d’identifiants d’applications connues pour être détournées par des attaquants.',
  ],
  'abusedApps.feedUrl': [
    'Adresse de la liste',
    'Adresse HTTPS d’une liste JSON d’identifiants d’applications détournées (par entrée : appId, appDisplayName ou name, description, tags). Récupérée seulement si définie.',
  ],
  'abusedApps.action': [
    'Action',
    'Ce qui arrive à une demande d’une application de la liste (une application de allowedApps n’est pas concernée).',
  ],
  'abusedApps.refreshHours': ['Actualisation', 'Heures entre deux récupérations de la liste.'],
  reporting: ['Rapports', 'Où les événements de consentement sont envoyés.'],
  'reporting.endpoint': ['Adresse du collecteur', 'Collecteur HTTPS qui reçoit les événements de consentement.'],
  'reporting.format': ['Format', 'json : un tableau JSON d’événements. splunk-hec : Splunk HTTP Event Collector.'],
  'reporting.authHeader': [
    'En-tête Authorization',
    'Valeur de l’en-tête Authorization envoyé au collecteur (Bearer …, Splunk …).',
  ],
  'reporting.headers': ['En-têtes supplémentaires', 'Autres en-têtes envoyés avec chaque lot. Objet JSON.'],
  'reporting.hmacSecret': [
    'Secret de signature',
    'Si défini, chaque lot porte un en-tête de signature HMAC-SHA256 calculé avec ce secret.',
  ],
  'reporting.events': ['Événements', 'Types d’événements à envoyer ; vide : tous. Liste JSON.'],
  'reporting.userHint': [
    'Identité de l’utilisateur',
    'Identité placée dans chaque événement (définie par l’administrateur par utilisateur ou appareil).',
  ],
  'reporting.includeProfileEmail': [
    'Inclure l’e-mail du profil',
    'Ajouter l’e-mail du profil du navigateur à chaque événement.',
  ],
  rememberApprovals: [
    'Mémoire des approbations',
    'Jours pendant lesquels une application déjà autorisée par la personne peut se reconnecter, sans rien demander de plus, sans avertissement ; 0 n’en garde aucune (chaque consentement est de nouveau averti).',
  ],
  retentionDays: ['Conservation', 'Jours de conservation des autorisations et événements enregistrés sur l’appareil.'],
};

export function frenchProviderTexts(provider: string): readonly [string, string] {
  return [provider, `Détecter les demandes d’autorisation ${provider}.`];
}
