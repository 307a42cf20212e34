import type { RiskLevel } from '../../core/risk-level';
import type { CatalogueRow } from '../catalogue-entry';

/**
 * Where the permission names of a Microsoft resource come from: Graph's
 * catalogue (Exchange Online, Azure AD Graph and OneNote use Graph's names),
 * SharePoint's, or only the resource's own rows in MICROSOFT_RESOURCE_SCOPES.
 */
export type MicrosoftResourceNames = 'graph' | 'sharepoint' | 'own';

export interface MicrosoftResource {
  /** Stable short name. */
  id: string;
  /**
   * How the guard reports the resource: `https://<canonical>/<permission>`.
   * Null for a resource named by its tenant's own host (SharePoint, Dynamics):
   * that host is kept.
   */
  canonical: string | null;
  /** Application id of the resource's service principal: the same in every tenant, and a valid resource name. */
  appId: string;
  /** Other identifier URIs of the same resource, without scheme, lower case. */
  aliases: readonly string[];
  /** Hosts that name a tenant's own instance of the resource. */
  tenantHost?: RegExp;
  names: MicrosoftResourceNames;
  /** What `<resource>/.default` is worth: everything the app was registered for there. */
  defaultLevel: RiskLevel;
}

/**
 * The one table of Microsoft resources a scope can name, and every spelling
 * of each: a scope is `<resource>/<permission>`, where the resource is an
 * identifier URI (with or without `https://`, with any number of slashes
 * after it: the Azure portal sends `https://management.core.windows.net//user_impersonation`)
 * or the application id of the resource's service principal. Every spelling
 * of a resource gives the same entry, the same level, and the same reported
 * scope.
 *
 * Sources: Microsoft Learn, "Verify first-party Microsoft applications in
 * sign-in reports" (the application ids of Microsoft's own resources, the
 * same in every tenant), and each service's page on requesting tokens for it
 * (Azure Resource Manager, Key Vault, Storage, SQL Database, Azure DevOps,
 * Power BI / Fabric, Exchange Online IMAP/POP/SMTP/EWS OAuth, SharePoint,
 * Dataverse, Office 365 Management Activity API, national clouds).
 */
export const MICROSOFT_RESOURCES: readonly MicrosoftResource[] = [
  {
    id: 'graph',
    canonical: 'graph.microsoft.com',
    appId: '00000003-0000-0000-c000-000000000000',
    aliases: [
      'graph.microsoft.us',
      'dod-graph.microsoft.us',
      'microsoftgraph.chinacloudapi.cn',
      'graph.microsoft.de',
      'canary.graph.microsoft.com',
      // Graph's service principal also answers to its former name (servicePrincipalNames).
      'ags.windows.net',
    ],
    names: 'graph',
    defaultLevel: 'medium',
  },
  {
    id: 'exchange',
    canonical: 'outlook.office365.com',
    appId: '00000002-0000-0ff1-ce00-000000000000',
    // Exchange Online's service principal names: its test rings and the PowerShell endpoint are the same resource.
    aliases: ['outlook.office.com', 'outlook.office365.us', 'outlook-sdf.office.com', 'outlook-sdf.office365.com', 'ps.outlook.com'],
    names: 'graph',
    defaultLevel: 'high',
  },
  {
    id: 'sharepoint',
    canonical: null,
    appId: '00000003-0000-0ff1-ce00-000000000000',
    aliases: [],
    tenantHost: /^[a-z0-9-]+\.sharepoint(?:-mil)?\.(?:com|us|cn|de)$/,
    names: 'sharepoint',
    defaultLevel: 'high',
  },
  {
    id: 'azure-ad-graph',
    canonical: 'graph.windows.net',
    appId: '00000002-0000-0000-c000-000000000000',
    aliases: ['graph.chinacloudapi.cn'],
    names: 'graph',
    defaultLevel: 'high',
  },
  {
    id: 'azure-management',
    canonical: 'management.azure.com',
    appId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    aliases: [
      'management.core.windows.net',
      'management.usgovcloudapi.net',
      'management.core.usgovcloudapi.net',
      'management.chinacloudapi.cn',
      'management.core.chinacloudapi.cn',
    ],
    names: 'own',
    defaultLevel: 'critical',
  },
  {
    id: 'key-vault',
    canonical: 'vault.azure.net',
    appId: 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093',
    aliases: ['vault.usgovcloudapi.net', 'vault.azure.cn'],
    names: 'own',
    defaultLevel: 'critical',
  },
  {
    id: 'storage',
    canonical: 'storage.azure.com',
    appId: 'e406a681-f3d4-42a8-90b6-c2b029497af1',
    aliases: [],
    names: 'own',
    defaultLevel: 'high',
  },
  {
    id: 'sql-database',
    canonical: 'database.windows.net',
    appId: '022907d3-0f1b-48f7-badc-1ba6abab6d66',
    aliases: ['database.usgovcloudapi.net', 'database.chinacloudapi.cn'],
    names: 'own',
    defaultLevel: 'high',
  },
  {
    id: 'azure-devops',
    canonical: 'app.vssps.visualstudio.com',
    appId: '499b84ac-1321-427f-aa17-267ca6975798',
    aliases: [],
    names: 'own',
    defaultLevel: 'critical',
  },
  {
    // Fabric's API is served by the Power BI service principal: same application id.
    id: 'power-bi',
    canonical: 'analysis.windows.net/powerbi/api',
    appId: '00000009-0000-0000-c000-000000000000',
    aliases: ['api.fabric.microsoft.com', 'analysis.usgovcloudapi.net/powerbi/api', 'analysis.chinacloudapi.cn/powerbi/api'],
    names: 'own',
    defaultLevel: 'high',
  },
  {
    id: 'teams',
    canonical: 'api.spaces.skype.com',
    appId: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe',
    aliases: [],
    names: 'own',
    defaultLevel: 'critical',
  },
  {
    id: 'dynamics',
    canonical: null,
    appId: '00000007-0000-0000-c000-000000000000',
    aliases: [],
    tenantHost: /^[a-z0-9-]+(?:\.api)?\.crm\d*\.(?:dynamics\.com|microsoftdynamics\.us|dynamics\.cn)$/,
    names: 'own',
    defaultLevel: 'high',
  },
  {
    id: 'office-management',
    canonical: 'manage.office.com',
    appId: 'c5393580-f805-4401-95e8-94b7a6ef2fc2',
    aliases: ['manage.office365.us'],
    names: 'own',
    defaultLevel: 'high',
  },
  {
    id: 'log-analytics',
    canonical: 'api.loganalytics.io',
    appId: 'ca7f3f0b-7d91-482c-8e09-c5d840d0eac5',
    aliases: ['api.loganalytics.azure.com'],
    names: 'own',
    defaultLevel: 'high',
  },
  {
    id: 'viva-engage',
    canonical: 'api.yammer.com',
    appId: '00000005-0000-0ff1-ce00-000000000000',
    aliases: [],
    names: 'own',
    defaultLevel: 'high',
  },
  {
    id: 'onenote',
    canonical: 'onenote.com',
    appId: '2d4d3d8e-2be3-4bef-9f87-7875a61c29de',
    aliases: [],
    names: 'graph',
    defaultLevel: 'medium',
  },
];

/**
 * Permissions of the resources above that are not Graph's or SharePoint's,
 * by `<resource id>/<permission>`. A resource whose `names` is `graph` looks
 * here first, then in Graph's catalogue.
 */
export const MICROSOFT_RESOURCE_SCOPES: readonly CatalogueRow[] = [
  ['exchange/Exchange.Manage', 'critical', 'admin', 'Run Exchange Online administration commands with your rights.', 'Exécuter les commandes d’administration d’Exchange Online avec vos droits.'],
  ['azure-ad-graph/user_impersonation', 'critical', 'directory', 'Act in your organisation’s directory with all your rights (Azure AD Graph).', 'Agir dans l’annuaire de votre organisation avec tous vos droits (Azure AD Graph).'],
  ['azure-management/user_impersonation', 'critical', 'admin', 'Manage every Azure subscription and resource you can reach, with your rights: create, change and delete them.', 'Gérer tous les abonnements et ressources Azure auxquels vous avez accès, avec vos droits : les créer, modifier et supprimer.'],
  ['key-vault/user_impersonation', 'critical', 'security', 'Read and change the secrets, keys and certificates in every Azure Key Vault you can open.', 'Lire et modifier les secrets, clés et certificats de tous les coffres Azure Key Vault que vous pouvez ouvrir.'],
  ['storage/user_impersonation', 'high', 'files', 'Read, change and delete the data in every Azure Storage account you can open.', 'Lire, modifier et supprimer les données de tous les comptes Azure Storage que vous pouvez ouvrir.'],
  ['sql-database/user_impersonation', 'high', 'other', 'Query and change the Azure SQL databases you can open.', 'Interroger et modifier les bases Azure SQL auxquelles vous avez accès.'],
  ['azure-devops/user_impersonation', 'critical', 'code', 'Use Azure DevOps as you, with all your rights: code, pipelines and their secrets, work items.', 'Utiliser Azure DevOps en votre nom, avec tous vos droits : code, pipelines et leurs secrets, tâches.'],
  ['power-bi/Dataset.Read.All', 'high', 'other', 'Read every Power BI and Fabric dataset you can open, and the data in it.', 'Lire tous les jeux de données Power BI et Fabric auxquels vous avez accès, et leurs données.'],
  ['power-bi/Dataset.ReadWrite.All', 'high', 'other', 'Read, change and delete every Power BI dataset you can open.', 'Lire, modifier et supprimer tous les jeux de données Power BI auxquels vous avez accès.'],
  ['power-bi/Report.Read.All', 'high', 'other', 'Read every Power BI report you can open.', 'Lire tous les rapports Power BI auxquels vous avez accès.'],
  ['power-bi/Report.ReadWrite.All', 'high', 'other', 'Change and delete every Power BI report you can open.', 'Modifier et supprimer tous les rapports Power BI auxquels vous avez accès.'],
  ['power-bi/Dashboard.Read.All', 'medium', 'other', 'Read every Power BI dashboard you can open.', 'Lire tous les tableaux de bord Power BI auxquels vous avez accès.'],
  ['power-bi/Dashboard.ReadWrite.All', 'high', 'other', 'Change and delete every Power BI dashboard you can open.', 'Modifier et supprimer tous les tableaux de bord Power BI auxquels vous avez accès.'],
  ['power-bi/Workspace.Read.All', 'medium', 'other', 'See every Power BI and Fabric workspace you can open.', 'Voir tous les espaces de travail Power BI et Fabric auxquels vous avez accès.'],
  ['power-bi/Workspace.ReadWrite.All', 'high', 'other', 'Create, change and delete Power BI and Fabric workspaces and their content.', 'Créer, modifier et supprimer des espaces de travail Power BI et Fabric et leur contenu.'],
  ['power-bi/Item.Read.All', 'high', 'other', 'Read every Fabric item you can open: lakehouses, notebooks, reports and their data.', 'Lire tous les éléments Fabric auxquels vous avez accès : lakehouses, notebooks, rapports et leurs données.'],
  ['power-bi/Item.ReadWrite.All', 'high', 'other', 'Create, change and delete every Fabric item you can open.', 'Créer, modifier et supprimer tous les éléments Fabric auxquels vous avez accès.'],
  ['power-bi/Item.Execute.All', 'high', 'workflow', 'Run Fabric notebooks, pipelines and jobs as you.', 'Exécuter des notebooks, pipelines et travaux Fabric en votre nom.'],
  ['power-bi/Content.Create', 'medium', 'other', 'Create Power BI content in your workspaces.', 'Créer du contenu Power BI dans vos espaces de travail.'],
  ['power-bi/Dataflow.ReadWrite.All', 'high', 'other', 'Read and change every Power BI dataflow you can open.', 'Lire et modifier tous les flux de données Power BI auxquels vous avez accès.'],
  ['power-bi/Gateway.ReadWrite.All', 'high', 'other', 'Manage the data gateways that connect Power BI to your organisation’s systems.', 'Gérer les passerelles qui relient Power BI aux systèmes de votre organisation.'],
  ['power-bi/Connection.ReadWrite.All', 'high', 'other', 'Manage the data connections and their credentials in Power BI and Fabric.', 'Gérer les connexions de données et leurs identifiants dans Power BI et Fabric.'],
  ['power-bi/Capacity.ReadWrite.All', 'high', 'admin', 'Manage Power BI and Fabric capacities.', 'Gérer les capacités Power BI et Fabric.'],
  ['power-bi/Tenant.Read.All', 'high', 'admin', 'Read the content and settings of the whole Power BI tenant (administrators).', 'Lire le contenu et les paramètres de tout le locataire Power BI (administrateurs).'],
  ['power-bi/Tenant.ReadWrite.All', 'critical', 'admin', 'Change the content and settings of the whole Power BI tenant (administrators).', 'Modifier le contenu et les paramètres de tout le locataire Power BI (administrateurs).'],
  ['power-bi/App.Read.All', 'low', 'other', 'See the Power BI apps you can open.', 'Voir les applications Power BI auxquelles vous avez accès.'],
  ['power-bi/UserState.ReadWrite.All', 'low', 'other', 'Keep your Power BI preferences.', 'Conserver vos préférences Power BI.'],
  ['power-bi/user_impersonation', 'high', 'other', 'Use Power BI and Fabric as you.', 'Utiliser Power BI et Fabric en votre nom.'],
  ['teams/user_impersonation', 'critical', 'chat', 'Use Microsoft Teams as you: read and send chat and channel messages, join calls.', 'Utiliser Microsoft Teams en votre nom : lire et envoyer des messages de conversation et de canal, rejoindre des appels.'],
  ['dynamics/user_impersonation', 'high', 'crm', 'Read and change the Dynamics 365 and Dataverse records you can open, as you.', 'Lire et modifier en votre nom les enregistrements Dynamics 365 et Dataverse auxquels vous avez accès.'],
  ['office-management/ActivityFeed.Read', 'high', 'security', 'Read the organisation’s Microsoft 365 activity and audit logs.', 'Lire les journaux d’activité et d’audit Microsoft 365 de l’organisation.'],
  ['office-management/ActivityFeed.ReadDlp', 'high', 'security', 'Read data-loss-prevention events, with the sensitive content they matched.', 'Lire les événements de prévention des pertes de données, avec le contenu sensible détecté.'],
  ['office-management/ServiceHealth.Read', 'low', 'other', 'Read the health of Microsoft 365 services.', 'Lire l’état des services Microsoft 365.'],
  ['log-analytics/Data.Read', 'high', 'security', 'Query the Log Analytics workspaces you can open.', 'Interroger les espaces Log Analytics auxquels vous avez accès.'],
  ['viva-engage/user_impersonation', 'high', 'chat', 'Read and post in Viva Engage (Yammer) as you.', 'Lire et publier dans Viva Engage (Yammer) en votre nom.'],
];
