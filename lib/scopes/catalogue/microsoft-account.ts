import type { CatalogueRow } from '../catalogue-entry';

/**
 * Personal Microsoft account scopes: the Live Connect (`wl.*`), OneDrive
 * (`onedrive.*`), OneNote (`office.onenote*`) and Xbox Live ones, and the
 * service tickets (`service::<host>::MBI_SSL`) Microsoft's own apps ask for.
 * They are requested at `login.live.com` (and the `consumers` endpoint) and
 * looked up under the provider `microsoft`, like Graph's names.
 *
 * Sources: Live SDK "Scopes and permissions" (archived on Microsoft Learn),
 * OneDrive "Authentication scopes", OneNote "authentication and permissions".
 * Service tickets are not documented: their levels follow what the named
 * service holds.
 */
export const MICROSOFT_ACCOUNT_SCOPES: readonly CatalogueRow[] = [
  ['wl.signin', 'none', 'identity', 'Sign you in with your Microsoft account.', 'Vous connecter avec votre compte Microsoft.'],
  ['wl.basic', 'medium', 'contacts', 'Read your basic profile and your list of contacts.', 'Lire votre profil de base et votre liste de contacts.'],
  ['wl.offline_access', 'low', 'offline-access', 'Keep reading and changing what you grant even when you are not using the app, until you revoke it.', 'Continuer à lire et modifier ce que vous accordez même quand vous n’utilisez pas l’application, jusqu’à ce que vous le révoquiez.'],
  ['wl.emails', 'low', 'identity', 'See all your email addresses: personal, preferred and work.', 'Voir toutes vos adresses e-mail : personnelle, préférée et professionnelle.'],
  ['wl.birthday', 'low', 'identity', 'See your date of birth.', 'Voir votre date de naissance.'],
  ['wl.postal_addresses', 'low', 'identity', 'See your postal addresses.', 'Voir vos adresses postales.'],
  ['wl.phone_numbers', 'low', 'identity', 'See your phone numbers.', 'Voir vos numéros de téléphone.'],
  ['wl.work_profile', 'low', 'identity', 'See your employer and job title.', 'Voir votre employeur et votre poste.'],
  ['wl.calendars', 'high', 'calendar', 'Read your Outlook.com calendars and events.', 'Lire vos agendas et événements Outlook.com.'],
  ['wl.calendars_update', 'high', 'calendar', 'Read, create, change and delete your calendars and events.', 'Lire, créer, modifier et supprimer vos agendas et événements.'],
  ['wl.events_create', 'medium', 'calendar', 'Add events to your default calendar.', 'Ajouter des événements à votre agenda principal.'],
  ['wl.contacts_birthday', 'medium', 'contacts', 'See your contacts’ birthdays.', 'Voir la date d’anniversaire de vos contacts.'],
  ['wl.contacts_create', 'medium', 'contacts', 'Add people to your address book.', 'Ajouter des personnes à votre carnet d’adresses.'],
  ['wl.contacts_calendars', 'high', 'calendar', 'Read your calendars and the calendars others share with you.', 'Lire vos agendas et ceux que d’autres partagent avec vous.'],
  ['wl.contacts_photos', 'high', 'files', 'See your photos, videos and albums, and those others share with you.', 'Voir vos photos, vidéos et albums, et ceux que d’autres partagent avec vous.'],
  ['wl.contacts_skydrive', 'high', 'files', 'Read the OneDrive files others share with you.', 'Lire les fichiers OneDrive que d’autres partagent avec vous.'],
  ['wl.photos', 'high', 'files', 'See all your photos, videos, audio and albums.', 'Voir toutes vos photos, vidéos, fichiers audio et albums.'],
  ['wl.skydrive', 'high', 'files', 'Read all your OneDrive files.', 'Lire tous vos fichiers OneDrive.'],
  ['wl.skydrive_update', 'high', 'files', 'Read, change and delete all your OneDrive files.', 'Lire, modifier et supprimer tous vos fichiers OneDrive.'],
  ['wl.imap', 'critical', 'mail', 'Read, change and send your Outlook.com mail through IMAP and SMTP.', 'Lire, modifier et envoyer vos e-mails Outlook.com par IMAP et SMTP.'],
  ['wl.applications', 'low', 'apps', 'See the apps you have registered with Microsoft.', 'Voir les applications que vous avez déclarées chez Microsoft.'],
  ['wl.applications_create', 'medium', 'apps', 'Register apps with Microsoft in your name.', 'Déclarer des applications chez Microsoft en votre nom.'],
  ['onedrive.readonly', 'high', 'files', 'Read all your OneDrive files.', 'Lire tous vos fichiers OneDrive.'],
  ['onedrive.readwrite', 'high', 'files', 'Read, change and delete all your OneDrive files.', 'Lire, modifier et supprimer tous vos fichiers OneDrive.'],
  ['onedrive.appfolder', 'low', 'files', 'Use a folder of its own in your OneDrive.', 'Utiliser un dossier qui lui est réservé dans votre OneDrive.'],
  ['office.onenote', 'medium', 'notes', 'Read your OneNote notebooks.', 'Lire vos blocs-notes OneNote.'],
  ['office.onenote_create', 'low', 'notes', 'Create OneNote pages and notebooks for you.', 'Créer des pages et blocs-notes OneNote pour vous.'],
  ['office.onenote_update', 'high', 'notes', 'Read, change and delete your OneNote notebooks.', 'Lire, modifier et supprimer vos blocs-notes OneNote.'],
  ['office.onenote_update_by_app', 'low', 'notes', 'Change only the OneNote pages this app created.', 'Modifier seulement les pages OneNote créées par cette application.'],
  // An Xbox Live token for the account: its gamertag, purchases and games (Minecraft accounts are taken over this way).
  ['XboxLive.signin', 'high', 'apps', 'Sign in to Xbox Live as you: your gamertag, friends and games (Minecraft included).', 'Se connecter à Xbox Live en votre nom : votre gamertag, vos amis et vos jeux (Minecraft compris).'],
  ['XboxLive.offline_access', 'low', 'offline-access', 'Keep its Xbox Live access when you are not using the app, until you revoke it.', 'Garder son accès Xbox Live quand vous n’utilisez pas l’application, jusqu’à ce que vous le révoquiez.'],
  ['service::outlook.office.com::MBI_SSL', 'critical', 'mail', 'Use your whole Outlook.com mailbox as you: mail, calendar and contacts.', 'Utiliser toute votre boîte Outlook.com en votre nom : e-mails, agenda et contacts.'],
  ['service::ssl.live.com::MBI_SSL', 'high', 'identity', 'Use your Microsoft account services as you.', 'Utiliser les services de votre compte Microsoft en votre nom.'],
  ['service::user.auth.xboxlive.com::MBI_SSL', 'medium', 'identity', 'Sign in to Xbox Live as you: your gamertag, friends and games (Minecraft included).', 'Se connecter à Xbox Live en votre nom : votre gamertag, vos amis et vos jeux (Minecraft compris).'],
  ['service::prod.rewardsplatform.microsoft.com::MBI_SSL', 'medium', 'other', 'Use your Microsoft Rewards account as you, points included.', 'Utiliser votre compte Microsoft Rewards en votre nom, points compris.'],
];
