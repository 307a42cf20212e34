import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../lib/core/provider-id';
import { type RiskLevel, riskRank } from '../../../lib/core/risk-level';
import { MICROSOFT_RESOURCE_SCOPES, MICROSOFT_RESOURCES } from '../../../lib/scopes/catalogue/microsoft-resources';
import { canonicalScope, describeScope } from '../../../lib/scopes/lookup-scope';

/**
 * The floor of each scope as real apps spell it. A level may rise; if one
 * falls below its floor, the catalogue (or a naming rule) regressed.
 */
const FLOORS: ReadonlyArray<readonly [ProviderId, string, RiskLevel]> = [
  // Microsoft personal accounts (login.live.com)
  ['microsoft', 'onedrive.readwrite', 'high'],
  ['microsoft', 'OneDrive.ReadWrite', 'high'],
  ['microsoft', 'onedrive.readonly', 'high'],
  ['microsoft', 'onedrive.appfolder', 'low'],
  ['microsoft', 'wl.basic', 'medium'],
  ['microsoft', 'wl.emails', 'low'],
  ['microsoft', 'wl.calendars', 'high'],
  ['microsoft', 'wl.calendars_update', 'high'],
  ['microsoft', 'wl.contacts_skydrive', 'high'],
  ['microsoft', 'wl.contacts_calendars', 'high'],
  ['microsoft', 'wl.skydrive', 'high'],
  ['microsoft', 'wl.skydrive_update', 'high'],
  ['microsoft', 'wl.photos', 'high'],
  ['microsoft', 'wl.imap', 'critical'],
  ['microsoft', 'WL.IMAP', 'critical'],
  ['microsoft', 'office.onenote', 'medium'],
  ['microsoft', 'office.onenote_update', 'high'],
  ['microsoft', 'service::outlook.office.com::MBI_SSL', 'critical'],
  ['microsoft', 'service::unknown.example.live.com::MBI_SSL', 'high'],
  ['microsoft', 'XboxLive.signin', 'medium'],
  // Microsoft Graph
  ['microsoft', 'Mail.ReadBasic', 'high'],
  ['microsoft', 'Mail.Send.Shared', 'high'],
  ['microsoft', 'MailboxSettings.ReadWrite', 'high'],
  ['microsoft', 'MailboxItem.ImportExport', 'critical'],
  ['microsoft', 'Calendars.ReadBasic', 'high'],
  ['microsoft', 'Calendars.ReadWrite', 'high'],
  ['microsoft', 'Contacts.Read', 'medium'],
  ['microsoft', 'Contacts.ReadWrite.Shared', 'high'],
  ['microsoft', 'Files.Read', 'high'],
  ['microsoft', 'Files.ReadWrite.All', 'high'],
  ['microsoft', 'Files.SelectedOperations.Selected', 'low'],
  ['microsoft', 'Sites.FullControl.All', 'critical'],
  ['microsoft', 'Sites.Selected', 'low'],
  ['microsoft', 'Chat.ReadBasic', 'high'],
  ['microsoft', 'Chat.ReadWrite.All', 'high'],
  ['microsoft', 'ChatMessage.Send', 'high'],
  ['microsoft', 'ChannelMessage.Read.All', 'high'],
  ['microsoft', 'ChannelMessage.Send', 'high'],
  ['microsoft', 'TeamMember.ReadWrite.All', 'high'],
  ['microsoft', 'TeamsAppInstallation.ReadWriteAndConsentForUser', 'high'],
  ['microsoft', 'OnlineMeetings.ReadWrite', 'high'],
  ['microsoft', 'OnlineMeetingTranscript.Read.All', 'high'],
  ['microsoft', 'Tasks.ReadWrite.Shared', 'high'],
  ['microsoft', 'Notes.ReadWrite.All', 'high'],
  ['microsoft', 'People.Read', 'high'],
  ['microsoft', 'Presence.Read.All', 'low'],
  ['microsoft', 'Bookings.Manage.All', 'high'],
  ['microsoft', 'User.ReadWrite', 'medium'],
  ['microsoft', 'User.ReadWrite.All', 'high'],
  ['microsoft', 'User-PasswordProfile.ReadWrite.All', 'critical'],
  ['microsoft', 'UserAuthMethod-TAP.ReadWrite.All', 'critical'],
  ['microsoft', 'UserAuthenticationMethod.ReadWrite.All', 'critical'],
  ['microsoft', 'Group.Read.All', 'high'],
  ['microsoft', 'GroupMember.ReadWrite.All', 'high'],
  ['microsoft', 'Directory.Read.All', 'high'],
  ['microsoft', 'Directory.AccessAsUser.All', 'critical'],
  ['microsoft', 'Application.ReadWrite.All', 'critical'],
  ['microsoft', 'AppRoleAssignment.ReadWrite.All', 'critical'],
  ['microsoft', 'RoleManagement.ReadWrite.Directory', 'critical'],
  ['microsoft', 'RoleManagement.ReadWrite.Exchange', 'critical'],
  ['microsoft', 'Policy.ReadWrite.ConditionalAccess', 'critical'],
  ['microsoft', 'Policy.ReadWrite.PermissionGrant', 'critical'],
  ['microsoft', 'Policy.ReadWrite.Authorization', 'critical'],
  ['microsoft', 'AuditLog.Read.All', 'high'],
  ['microsoft', 'DeviceManagementManagedDevices.PrivilegedOperations.All', 'critical'],
  ['microsoft', 'DeviceManagementConfiguration.ReadWrite.All', 'critical'],
  ['microsoft', 'DeviceManagementScripts.ReadWrite.All', 'critical'],
  ['microsoft', 'DeviceLocalCredential.Read.All', 'critical'],
  ['microsoft', 'eDiscovery.ReadWrite.All', 'critical'],
  ['microsoft', 'Reports.Read.All', 'medium'],
  ['microsoft', 'SecurityEvents.ReadWrite.All', 'high'],
  ['microsoft', 'ThreatHunting.Read.All', 'high'],
  ['microsoft', 'EWS.AccessAsUser.All', 'critical'],
  ['microsoft', 'IMAP.AccessAsUser.All', 'critical'],
  ['microsoft', 'POP.AccessAsUser.All', 'high'],
  ['microsoft', 'SMTP.Send', 'high'],
  // Microsoft resources, by URI, application id or alias
  ['microsoft', 'https://graph.microsoft.com/Mail.Read', 'high'],
  ['microsoft', '00000003-0000-0000-c000-000000000000/Mail.Read', 'high'],
  ['microsoft', 'https://outlook.office.com/Mail.Read', 'high'],
  ['microsoft', 'https://outlook.office365.com/EWS.AccessAsUser.All', 'critical'],
  ['microsoft', '00000002-0000-0ff1-ce00-000000000000/EWS.AccessAsUser.All', 'critical'],
  ['microsoft', 'https://outlook.office.com/IMAP.AccessAsUser.All', 'critical'],
  ['microsoft', 'https://outlook.office.com/POP.AccessAsUser.All', 'high'],
  ['microsoft', 'https://outlook.office.com/SMTP.Send', 'high'],
  ['microsoft', 'https://outlook.office365.com/Exchange.Manage', 'critical'],
  ['microsoft', 'https://outlook.office.com/.default', 'high'],
  ['microsoft', 'https://management.azure.com/user_impersonation', 'critical'],
  ['microsoft', 'https://management.core.windows.net//user_impersonation', 'critical'],
  ['microsoft', 'https://management.core.windows.net/user_impersonation', 'critical'],
  ['microsoft', '797f4846-ba00-4fd7-ba43-dac1f8f63013/user_impersonation', 'critical'],
  ['microsoft', 'https://management.core.windows.net//.default', 'critical'],
  ['microsoft', 'https://vault.azure.net/user_impersonation', 'critical'],
  ['microsoft', 'https://storage.azure.com/user_impersonation', 'high'],
  ['microsoft', 'https://database.windows.net/user_impersonation', 'high'],
  ['microsoft', 'https://database.windows.net//.default', 'high'],
  ['microsoft', '499b84ac-1321-427f-aa17-267ca6975798/user_impersonation', 'critical'],
  ['microsoft', '499b84ac-1321-427f-aa17-267ca6975798/.default', 'critical'],
  ['microsoft', 'https://app.vssps.visualstudio.com/user_impersonation', 'critical'],
  ['microsoft', 'https://analysis.windows.net/powerbi/api/Dataset.Read.All', 'high'],
  ['microsoft', 'https://analysis.windows.net/powerbi/api/Tenant.ReadWrite.All', 'critical'],
  ['microsoft', 'https://api.fabric.microsoft.com/Item.ReadWrite.All', 'high'],
  ['microsoft', 'https://api.fabric.microsoft.com/Workspace.ReadWrite.All', 'high'],
  ['microsoft', 'https://api.spaces.skype.com/user_impersonation', 'critical'],
  ['microsoft', 'https://api.spaces.skype.com/.default', 'critical'],
  ['microsoft', 'https://contoso.sharepoint.com/AllSites.FullControl', 'critical'],
  ['microsoft', 'https://contoso-my.sharepoint.com/MyFiles.Read', 'high'],
  ['microsoft', '00000003-0000-0ff1-ce00-000000000000/AllSites.FullControl', 'critical'],
  ['microsoft', 'https://contoso.crm.dynamics.com/user_impersonation', 'high'],
  ['microsoft', 'https://contoso.crm4.dynamics.com/user_impersonation', 'high'],
  ['microsoft', 'https://graph.windows.net/Directory.AccessAsUser.All', 'critical'],
  ['microsoft', 'https://graph.windows.net/user_impersonation', 'critical'],
  ['microsoft', 'https://manage.office.com/ActivityFeed.Read', 'high'],
  // Atlassian classic and granular, Bitbucket
  ['atlassian', 'read:jira-work', 'high'],
  ['atlassian', 'write:jira-work', 'high'],
  ['atlassian', 'manage:jira-project', 'high'],
  ['atlassian', 'manage:jira-configuration', 'critical'],
  ['atlassian', 'manage:jira-webhook', 'high'],
  ['atlassian', 'read:confluence-content.all', 'high'],
  ['atlassian', 'write:confluence-content', 'high'],
  ['atlassian', 'write:confluence-space', 'high'],
  ['atlassian', 'manage:confluence-configuration', 'critical'],
  ['atlassian', 'read:issue:jira', 'high'],
  ['atlassian', 'write:issue:jira', 'high'],
  ['atlassian', 'delete:issue:jira', 'high'],
  ['atlassian', 'write:comment:jira', 'high'],
  ['atlassian', 'read:jira-expressions:jira', 'medium'],
  ['atlassian', 'read:page:confluence', 'high'],
  ['atlassian', 'write:page:confluence', 'high'],
  ['atlassian', 'delete:page:confluence', 'high'],
  ['atlassian', 'read:space:confluence', 'low'],
  ['atlassian', 'write:space:confluence', 'high'],
  ['atlassian', 'delete:space:confluence', 'critical'],
  ['atlassian', 'read:attachment:confluence', 'high'],
  ['atlassian', 'write:group:confluence', 'critical'],
  ['atlassian', 'write:sprint:jira-software', 'high'],
  ['atlassian', 'read:request:jira-service-management', 'high'],
  // granular names the catalogue does not list: naming rules
  ['atlassian', 'write:something-new:jira', 'high'],
  ['atlassian', 'delete:something-new:confluence', 'high'],
  ['atlassian', 'read:something-new:jira', 'medium'],
  ['atlassian', 'read:comment.property:jira-service-management', 'medium'],
  ['atlassian', 'write:permission-scheme.item:jira', 'critical'],
  ['atlassian', 'delete:repository:bitbucket', 'critical'],
  ['atlassian', 'admin:workspace:bitbucket', 'critical'],
  ['atlassian', 'repository', 'high'],
  ['atlassian', 'repository:write', 'high'],
  ['atlassian', 'repository:admin', 'critical'],
  ['atlassian', 'repository:delete', 'critical'],
  ['atlassian', 'pullrequest', 'high'],
  ['atlassian', 'pullrequest:write', 'high'],
  ['atlassian', 'account', 'low'],
  ['atlassian', 'account:write', 'high'],
  ['atlassian', 'team', 'low'],
  ['atlassian', 'webhook', 'medium'],
  ['atlassian', 'pipeline', 'medium'],
  ['atlassian', 'pipeline:write', 'high'],
  ['atlassian', 'runner', 'medium'],
  ['atlassian', 'project', 'high'],
  ['atlassian', 'snippet', 'medium'],
  ['atlassian', 'wiki', 'high'],
  ['atlassian', 'issue', 'medium'],
  ['atlassian', 'email', 'none'],
  // GitHub
  ['github', 'repo', 'high'],
  ['github', 'public_repo', 'high'],
  ['github', 'repo:status', 'low'],
  ['github', 'repo_deployment', 'low'],
  ['github', 'repo:invite', 'low'],
  ['github', 'security_events', 'high'],
  ['github', 'admin:org', 'critical'],
  ['github', 'write:org', 'high'],
  ['github', 'read:org', 'low'],
  ['github', 'admin:public_key', 'critical'],
  ['github', 'write:public_key', 'critical'],
  ['github', 'admin:repo_hook', 'high'],
  ['github', 'admin:org_hook', 'high'],
  ['github', 'gist', 'medium'],
  ['github', 'notifications', 'low'],
  ['github', 'user', 'medium'],
  ['github', 'user:email', 'low'],
  ['github', 'user:follow', 'low'],
  ['github', 'delete_repo', 'critical'],
  ['github', 'write:discussion', 'medium'],
  ['github', 'write:packages', 'high'],
  ['github', 'read:packages', 'medium'],
  ['github', 'delete:packages', 'high'],
  ['github', 'admin:gpg_key', 'high'],
  ['github', 'admin:ssh_signing_key', 'high'],
  ['github', 'workflow', 'high'],
  ['github', 'codespace', 'high'],
  ['github', 'project', 'medium'],
  ['github', 'audit_log', 'high'],
  ['github', 'admin:enterprise', 'critical'],
  ['github', 'copilot', 'high'],
  ['github', 'manage_runners:org', 'high'],
  ['github', 'manage_billing:copilot', 'medium'],
  // Google
  ['google', 'https://mail.google.com/', 'critical'],
  ['google', 'https://www.googleapis.com/auth/gmail.modify', 'high'],
  ['google', 'https://www.googleapis.com/auth/gmail.readonly', 'high'],
  ['google', 'https://www.googleapis.com/auth/gmail.compose', 'high'],
  ['google', 'https://www.googleapis.com/auth/gmail.insert', 'high'],
  ['google', 'https://www.googleapis.com/auth/gmail.metadata', 'high'],
  ['google', 'https://www.googleapis.com/auth/gmail.settings.basic', 'high'],
  ['google', 'https://www.googleapis.com/auth/gmail.settings.sharing', 'critical'],
  ['google', 'https://www.googleapis.com/auth/drive', 'high'],
  ['google', 'http://www.googleapis.com/auth/drive', 'high'],
  ['google', 'https://www.googleapis.com/auth/drive.readonly', 'high'],
  ['google', 'https://www.googleapis.com/auth/drive.activity', 'high'],
  ['google', 'https://www.googleapis.com/auth/drive.metadata', 'high'],
  ['google', 'https://www.googleapis.com/auth/drive.metadata.readonly', 'high'],
  ['google', 'https://www.googleapis.com/auth/calendar', 'high'],
  ['google', 'https://www.googleapis.com/auth/calendar.events', 'high'],
  ['google', 'https://www.googleapis.com/auth/contacts', 'high'],
  ['google', 'https://www.googleapis.com/auth/contacts.readonly', 'medium'],
  ['google', 'https://www.googleapis.com/auth/admin.directory.user', 'critical'],
  ['google', 'https://www.googleapis.com/auth/admin.directory.user.readonly', 'high'],
  ['google', 'https://www.googleapis.com/auth/admin.directory.rolemanagement', 'critical'],
  ['google', 'https://www.googleapis.com/auth/script.projects', 'high'],
  ['google', 'https://www.googleapis.com/auth/cloud-platform', 'critical'],
  ['google', 'https://www.googleapis.com/auth/devstorage.full_control', 'critical'],
  ['google', 'https://www.googleapis.com/auth/devstorage.read_write', 'high'],
  ['google', 'https://www.googleapis.com/auth/devstorage.read_only', 'high'],
  ['google', 'https://www.googleapis.com/auth/spreadsheets', 'high'],
  ['google', 'https://www.googleapis.com/auth/documents', 'high'],
  ['google', 'https://www.googleapis.com/auth/presentations', 'high'],
  ['google', 'https://www.googleapis.com/auth/forms.body', 'medium'],
  ['google', 'https://www.googleapis.com/auth/keep', 'high'],
  ['google', 'https://www.googleapis.com/auth/chat.messages', 'high'],
  ['google', 'https://www.googleapis.com/auth/meetings.space.readonly', 'medium'],
  ['google', 'https://www.googleapis.com/auth/tasks', 'medium'],
  ['google', 'https://www.googleapis.com/auth/photoslibrary.readonly', 'high'],
  ['google', 'https://www.googleapis.com/auth/youtube.force-ssl', 'high'],
  // Slack
  ['slack', 'admin', 'critical'],
  ['slack', 'admin.users:write', 'critical'],
  ['slack', 'admin.apps:write', 'critical'],
  ['slack', 'admin.conversations:write', 'high'],
  ['slack', 'admin.something:write', 'high'],
  ['slack', 'chat:write:user', 'high'],
  ['slack', 'chat:write', 'medium'],
  ['slack', 'channels:history', 'high'],
  ['slack', 'groups:history', 'high'],
  ['slack', 'im:history', 'high'],
  ['slack', 'mpim:history', 'high'],
  ['slack', 'files:read', 'high'],
  ['slack', 'search:read', 'high'],
  ['slack', 'search:read.im', 'high'],
  ['slack', 'users:read.email', 'medium'],
  ['slack', 'client', 'critical'],
  ['slack', 'read', 'high'],
  ['slack', 'post', 'high'],
  ['slack', 'identify', 'none'],
  // Dropbox
  ['dropbox', 'files.content.read', 'high'],
  ['dropbox', 'files.content.write', 'high'],
  ['dropbox', 'files.metadata.read', 'medium'],
  ['dropbox', 'files.metadata.write', 'medium'],
  ['dropbox', 'files.permanent_delete', 'critical'],
  ['dropbox', 'sharing.read', 'medium'],
  ['dropbox', 'sharing.write', 'high'],
  ['dropbox', 'team_data.member', 'critical'],
  ['dropbox', 'team_data.content.write', 'critical'],
  ['dropbox', 'team_info.read', 'low'],
  ['dropbox', 'members.read', 'medium'],
  ['dropbox', 'members.write', 'high'],
  ['dropbox', 'members.delete', 'critical'],
  ['dropbox', 'account_info.read', 'none'],
  // Salesforce
  ['salesforce', 'api', 'high'],
  ['salesforce', 'full', 'critical'],
  ['salesforce', 'refresh_token', 'low'],
  ['salesforce', 'offline_access', 'low'],
  ['salesforce', 'web', 'high'],
  ['salesforce', 'visualforce', 'medium'],
  ['salesforce', 'chatter_api', 'high'],
  ['salesforce', 'content', 'medium'],
  ['salesforce', 'wave_api', 'medium'],
  ['salesforce', 'cdp_api', 'high'],
  ['salesforce', 'cdp_query_api', 'high'],
  ['salesforce', 'cdp_profile_api', 'high'],
  ['salesforce', 'pardot_api', 'high'],
  ['salesforce', 'eclair_api', 'low'],
  ['salesforce', 'lightning', 'high'],
  ['salesforce', 'einstein_gpt_api', 'medium'],
  ['salesforce', 'sfap_api', 'medium'],
  ['salesforce', 'openid', 'none'],
  ['salesforce', 'id', 'none'],
  ['salesforce', 'address', 'low'],
  ['salesforce', 'custom_permissions', 'low'],
  // Zoom, classic and granular
  ['zoom', 'meeting:read', 'medium'],
  ['zoom', 'meeting:write', 'medium'],
  ['zoom', 'meeting:write:admin', 'high'],
  ['zoom', 'recording:read', 'high'],
  ['zoom', 'recording:write', 'high'],
  ['zoom', 'recording:read:admin', 'critical'],
  ['zoom', 'user:read', 'low'],
  ['zoom', 'user:write', 'medium'],
  ['zoom', 'user:write:admin', 'high'],
  ['zoom', 'user_zak:read', 'high'],
  ['zoom', 'chat_message:read', 'high'],
  ['zoom', 'chat_message:write', 'high'],
  ['zoom', 'chat_message:read:admin', 'critical'],
  ['zoom', 'contact:read', 'medium'],
  ['zoom', 'phone:read', 'high'],
  ['zoom', 'phone:write:admin', 'critical'],
  ['zoom', 'webinar:read', 'medium'],
  ['zoom', 'webinar:write:admin', 'high'],
  ['zoom', 'report:read:admin', 'high'],
  ['zoom', 'role:write:admin', 'critical'],
  ['zoom', 'account:master', 'critical'],
  ['zoom', 'meeting:read:meeting', 'medium'],
  ['zoom', 'meeting:read:list_meetings', 'medium'],
  ['zoom', 'meeting:read:list_meetings:admin', 'high'],
  ['zoom', 'meeting:write:meeting', 'medium'],
  ['zoom', 'meeting:delete:meeting', 'high'],
  ['zoom', 'meeting:write:meeting:admin', 'high'],
  ['zoom', 'meeting:read:local_recording_token', 'high'],
  ['zoom', 'cloud_recording:read:list_user_recordings', 'high'],
  ['zoom', 'cloud_recording:read:recording', 'high'],
  ['zoom', 'cloud_recording:read:list_user_recordings:admin', 'critical'],
  ['zoom', 'cloud_recording:delete:recording', 'high'],
  ['zoom', 'team_chat:read:user_message', 'high'],
  ['zoom', 'team_chat:write:user_message', 'high'],
  ['zoom', 'team_chat:read:list_user_channels', 'low'],
  ['zoom', 'phone:read:list_call_logs', 'high'],
  ['zoom', 'phone:read:list_call_logs:admin', 'critical'],
  ['zoom', 'user:read:user', 'low'],
  ['zoom', 'user:read:zak', 'high'],
  ['zoom', 'user:write:user:admin', 'high'],
  ['zoom', 'role:write:role:admin', 'critical'],
  ['zoom', 'report:read:list_meeting_participants:admin', 'high'],
  ['zoom', 'meeting:read:meeting:master', 'critical'],
];

describe('scope level floors', () => {
  it.each(FLOORS)('%s %s is at least %s', (provider, scope, floor) => {
    const info = describeScope(provider, scope);
    expect(riskRank(info.level), `${provider} ${scope}: ${info.level}`).toBeGreaterThanOrEqual(riskRank(floor));
  });

  it('onedrive.readwrite and write:jira-work are at least high', () => {
    expect(riskRank(describeScope('microsoft', 'onedrive.readwrite').level)).toBeGreaterThanOrEqual(riskRank('high'));
    expect(riskRank(describeScope('atlassian', 'write:jira-work').level)).toBeGreaterThanOrEqual(riskRank('high'));
  });

  it('finds personal-account scopes under the provider microsoft, in any case', () => {
    for (const scope of ['wl.signin', 'WL.Basic', 'OneDrive.ReadOnly', 'office.OneNote_Create', 'xboxlive.signin']) {
      expect(describeScope('microsoft', scope).known, scope).toBe(true);
    }
    expect(describeScope('microsoft', 'wl.offline_access').category).toBe('offline-access');
    expect(describeScope('microsoft', 'XboxLive.offline_access').category).toBe('offline-access');
  });
});

describe('Microsoft resources named by URI, application id or alias', () => {
  /** Every spelling of `<resource>/<name>` a request may carry. */
  function spellings(names: readonly string[], permission: string): string[] {
    const out: string[] = [];
    for (const name of names) {
      const guid = /^[0-9a-f-]{36}$/.test(name);
      out.push(`${name}/${permission}`, `${name}//${permission}`, `${name.toUpperCase()}/${permission.toLowerCase()}`);
      if (!guid)
        out.push(`https://${name}/${permission}`, `https://${name}//${permission}`, `http://${name}/${permission}`);
    }
    return out;
  }

  const fixed = MICROSOFT_RESOURCES.filter((r) => r.canonical !== null);
  const permissionsOf = (id: string) => {
    const own = MICROSOFT_RESOURCE_SCOPES.filter(([scope]) => scope.startsWith(`${id}/`)).map(([scope]) =>
      scope.slice(id.length + 1),
    );
    const graphNames = ['Mail.Read', 'EWS.AccessAsUser.All', 'User.Read', 'Directory.AccessAsUser.All'];
    return [...own, ...(MICROSOFT_RESOURCES.find((r) => r.id === id)?.names === 'graph' ? graphNames : []), '.default'];
  };

  it.each(fixed.map((r) => [r.id, r] as const))(
    '%s: every spelling gives one level and one reported scope',
    (_id, resource) => {
      const names = [resource.canonical as string, ...resource.aliases, resource.appId];
      for (const permission of permissionsOf(resource.id)) {
        const all = spellings(names, permission);
        const first = describeScope('microsoft', all[0] as string);
        expect(first.known, all[0]).toBe(true);
        for (const scope of all) {
          const info = describeScope('microsoft', scope);
          expect(info.known, scope).toBe(true);
          expect(info.level, scope).toBe(first.level);
          expect(canonicalScope('microsoft', scope), scope).toBe(first.scope);
          expect(canonicalScope('microsoft', first.scope), first.scope).toBe(first.scope);
        }
      }
    },
  );

  it('keeps the tenant of SharePoint and Dynamics, and gives their application id the same level', () => {
    expect(canonicalScope('microsoft', 'HTTPS://Contoso.SharePoint.com//allsites.fullcontrol')).toBe(
      'https://contoso.sharepoint.com/AllSites.FullControl',
    );
    expect(describeScope('microsoft', '00000003-0000-0ff1-ce00-000000000000/AllSites.Read').level).toBe(
      describeScope('microsoft', 'https://contoso.sharepoint.com/AllSites.Read').level,
    );
    expect(canonicalScope('microsoft', 'https://contoso.crm4.dynamics.com//user_impersonation')).toBe(
      'https://contoso.crm4.dynamics.com/user_impersonation',
    );
    expect(describeScope('microsoft', '00000007-0000-0000-c000-000000000000/user_impersonation').level).toBe(
      describeScope('microsoft', 'https://contoso.crm.dynamics.com/user_impersonation').level,
    );
  });

  it('reports Graph permissions without their resource, however it is spelt', () => {
    for (const scope of [
      'https://graph.microsoft.com/Mail.Read',
      '00000003-0000-0000-c000-000000000000/mail.read',
      'https://graph.microsoft.us/Mail.Read',
      'graph.microsoft.com//MAIL.READ',
    ]) {
      expect(canonicalScope('microsoft', scope), scope).toBe('Mail.Read');
    }
  });

  it('names an unknown permission of a known resource by the canonical resource, and keeps other hosts whole', () => {
    expect(canonicalScope('microsoft', 'https://outlook.office.com/Whatever.Read')).toBe(
      'https://outlook.office365.com/Whatever.Read',
    );
    expect(canonicalScope('microsoft', 'https://service.contoso.com/.default')).toBe(
      'https://service.contoso.com/.default',
    );
    expect(describeScope('microsoft', 'https://service.contoso.com/.default').known).toBe(false);
  });
});
