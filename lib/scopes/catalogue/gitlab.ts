import type { CatalogueRow } from '../catalogue-entry';

/**
 * GitLab's scopes (gitlab.com and self-managed instances, recognised as
 * generic OAuth servers). Source: GitLab Docs, "Configure GitLab as an OAuth
 * 2.0 authentication identity provider" (the scopes table). `api` is complete
 * read and write access to every group and project the person can reach, and
 * `sudo` acts as any user: both are rated like full control.
 */
export const GITLAB_SCOPES: readonly CatalogueRow[] = [
  ['api', 'critical', 'code', 'Read and change everything you can reach on GitLab: all your groups, projects, repositories and registries.', 'Lire et modifier tout ce à quoi vous avez accès sur GitLab : tous vos groupes, projets, dépôts et registres.'],
  ['read_api', 'high', 'code', 'Read everything you can reach on GitLab: all your groups, projects and registries.', 'Lire tout ce à quoi vous avez accès sur GitLab : tous vos groupes, projets et registres.'],
  ['read_user', 'low', 'identity', 'See your GitLab profile and e-mail address.', 'Voir votre profil GitLab et votre adresse e-mail.'],
  ['read_repository', 'high', 'code', 'Read the code of every private repository you can reach.', 'Lire le code de tous les dépôts privés auxquels vous avez accès.'],
  ['write_repository', 'high', 'code', 'Read and push code to every repository you can reach.', 'Lire et publier du code dans tous les dépôts auxquels vous avez accès.'],
  ['read_registry', 'medium', 'code', 'Download container images from your projects’ registries.', 'Télécharger les images de conteneur des registres de vos projets.'],
  ['write_registry', 'high', 'code', 'Publish container images to your projects’ registries.', 'Publier des images de conteneur dans les registres de vos projets.'],
  ['read_virtual_registry', 'medium', 'code', 'Download packages through your groups’ virtual registries.', 'Télécharger des paquets via les registres virtuels de vos groupes.'],
  ['write_virtual_registry', 'high', 'code', 'Publish packages through your groups’ virtual registries.', 'Publier des paquets via les registres virtuels de vos groupes.'],
  ['create_runner', 'high', 'code', 'Create runners that run your projects’ pipelines (and see their secrets).', 'Créer des exécuteurs qui lancent les pipelines de vos projets (et voient leurs secrets).'],
  ['manage_runner', 'high', 'code', 'Manage the runners that run your projects’ pipelines.', 'Gérer les exécuteurs qui lancent les pipelines de vos projets.'],
  ['k8s_proxy', 'high', 'code', 'Act on the Kubernetes clusters connected to your projects.', 'Agir sur les clusters Kubernetes reliés à vos projets.'],
  ['ai_features', 'medium', 'code', 'Use GitLab Duo as you, on what you can reach.', 'Utiliser GitLab Duo en votre nom, sur ce à quoi vous avez accès.'],
  ['read_service_ping', 'medium', 'admin', 'Read the instance’s usage report (administrators).', 'Lire le rapport d’utilisation de l’instance (administrateurs).'],
  ['read_observability', 'medium', 'code', 'Read your projects’ observability data.', 'Lire les données d’observabilité de vos projets.'],
  ['write_observability', 'high', 'code', 'Change your projects’ observability data.', 'Modifier les données d’observabilité de vos projets.'],
  ['sudo', 'critical', 'admin', 'Act as any user of the instance (administrators).', 'Agir comme n’importe quel utilisateur de l’instance (administrateurs).'],
  ['admin_mode', 'critical', 'admin', 'Use the instance’s administrator rights.', 'Utiliser les droits d’administrateur de l’instance.'],
  ['self_rotate', 'low', 'other', 'Renew the app’s own access.', 'Renouveler l’accès de l’application elle-même.'],
];
