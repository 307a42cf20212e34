import type { MessageKey, Translate } from '../../lib/core/messages';
import type { WarningView } from '../../lib/interception/warning-view';

const APP_NAME_SOURCE_KEYS: Record<NonNullable<WarningView['appNameSource']>, MessageKey> = {
  policy: 'appNameFromPolicy',
  'first-party': 'appNameFirstParty',
  feed: 'appNameFromFeed',
};

/**
 * Who is asking. What the guard knows (the app's name from the policy, the
 * provider from the host) is stated; what the link's author wrote (the
 * account, the organisation) is labelled as what the link says, never as a
 * fact: a lure writes the victim's own address there.
 */
export function RequestFacts({ view, t }: { view: WarningView; t: Translate }) {
  const fromLink = view.account !== null || view.tenant !== null;
  return (
    <section aria-labelledby="who">
      <h2 id="who">{t('whoHeading')}</h2>
      <dl class="facts">
        <dt>{t('appLabel')}</dt>
        <dd data-testid="app-name">
          <strong>{view.appName ?? t('appUnnamed')}</strong>
          {view.appNameSource && <span class="muted"> ({t(APP_NAME_SOURCE_KEYS[view.appNameSource])})</span>}
          {view.appNote && <div class="muted">{view.appNote}</div>}
        </dd>
        {view.abused && (
          <>
            <dt>{t('abusedLabel')}</dt>
            <dd data-testid="abused-app">
              <strong>{t('abusedNotice')}</strong>
              {view.abused.description && <div>{view.abused.description}</div>}
              {view.abused.tags.length > 0 && <div class="muted">{view.abused.tags.join(', ')}</div>}
            </dd>
          </>
        )}
        {view.clientId && (
          <>
            <dt>{t('clientIdLabel')}</dt>
            <dd>
              <code data-testid="client-id">{view.clientId}</code>
            </dd>
          </>
        )}
        <dt>{t('providerLabel')}</dt>
        <dd data-testid="provider">{view.providerName}</dd>
        {view.tenant && (
          <>
            <dt>{t('tenantFromLink')}</dt>
            <dd data-testid="tenant" data-from-link="">
              {view.tenant}
            </dd>
          </>
        )}
        {view.account && (
          <>
            <dt>{t('accountFromLink')}</dt>
            <dd data-testid="account" data-from-link="">
              {view.account}
            </dd>
          </>
        )}
        {view.redirect && (
          <>
            <dt>{t('redirectLabel')}</dt>
            <dd data-testid="redirect-host">
              <code>{view.redirect.host}</code>
              {view.redirect.localhost && <div class="flag">{t('redirectLocalhost')}</div>}
              {view.redirect.freeHosting && <div class="flag">{t('redirectFreeHosting')}</div>}
              {view.redirect.unrelated && <div class="flag">{t('redirectUnrelated')}</div>}
            </dd>
          </>
        )}
      </dl>
      {fromLink && <p class="muted">{t('fromLinkNote')}</p>}
    </section>
  );
}
