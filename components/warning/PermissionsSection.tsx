import type { Translate } from '../../lib/core/messages';
import type { WarningView } from '../../lib/interception/warning-view';
import { RiskBadge } from '../RiskBadge';

/**
 * What the app could do. When it already holds some access, that comes
 * first ("already has"), and the groups below list only what is new: the
 * person decides on the difference, not on everything again.
 */
export function PermissionsSection({ view, t }: { view: WarningView; t: Translate }) {
  const held = view.heldPermissions ?? [];
  const install = view.kind === 'app-install';
  return (
    <section aria-labelledby="what">
      <h2 id="what">{t('whatHeading')}</h2>
      {install && <p class="flag">{t('installPermissions')}</p>}
      {view.hiddenScopes && <p class="flag">{t('hiddenExplain')}</p>}
      {held.length > 0 && (
        <div data-testid="granted-before">
          <p>{t('alreadyHas')}</p>
          <ul>
            {held.map((p) => (
              <li key={p.scope} data-held-scope={p.scope}>
                {p.description ?? <code>{p.scope}</code>}
              </li>
            ))}
          </ul>
          {view.groups.length > 0 && <h3 data-testid="asks-for-more">{t('asksForMore')}</h3>}
        </div>
      )}
      {view.groups.length === 0 && !view.hiddenScopes && !install && held.length === 0 && <p>{t('noPermissions')}</p>}
      {view.groups.map((group) => (
        <div key={group.level} class={`permission-group risk-${group.level}`} data-level={group.level}>
          <h3>
            <RiskBadge level={group.level} t={t} />
          </h3>
          <ul>
            {group.permissions.map((p) => (
              <li key={p.scope} data-scope={p.scope}>
                <span class="permission-text">{p.description}</span>{' '}
                <code class="muted">
                  {p.scope}
                  {!p.known && ` · ${t('unknownPermission')}`}
                </code>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {view.offlineAccess && <p class="note">{t('offlineExplain')}</p>}
    </section>
  );
}
