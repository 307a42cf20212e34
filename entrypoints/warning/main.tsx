import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../components/theme.css';
import { MessagePage } from '../../components/MessagePage';
import { AnswerGuardPage } from '../../components/warning/AnswerGuardPage';
import type { ApprovalCodeState } from '../../components/warning/ApprovalCodeForm';
import type { MistakeState } from '../../components/warning/MistakeReport';
import { NotIssuedPage } from '../../components/warning/NotIssuedPage';
import { type ActionState, WarningPage } from '../../components/warning/WarningPage';
import { translate, uiLanguage } from '../../lib/browser/i18n';
import { confirmWarning, leaveWarningPage, sendToBackground } from '../../lib/browser/page-actions';
import { answerHost, parseWarningFragment, type WarningLink } from '../../lib/interception/warning-link';
import type { WarningView } from '../../lib/interception/warning-view';
import type {
  ApprovalCodeReply,
  ApprovalReply,
  ConfirmReply,
  ContinueReply,
  WarnedPageReply,
} from '../../lib/messages/protocol';

const lang = uiLanguage();

/** Goes on to the request the person chose to continue with: the same method, the same parameters. */
function proceed(link: WarningLink): void {
  if (link.source !== 'post') {
    location.replace(link.url);
    return;
  }
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = link.url;
  for (const [name, value] of new URLSearchParams(link.body ?? '')) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
}

/**
 * The warning for a request the worker stopped. The worker sends the view
 * with its confirmation (the same judgement, made with what it holds in
 * memory), and again whenever the policy changes while the page is open.
 */
function WarningApp({ link, initial }: { link: WarningLink; initial: WarningView | null }) {
  const [view, setView] = useState<WarningView | null>(initial);
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const [mistake, setMistake] = useState<MistakeState>({ kind: 'idle' });
  const [approvalCode, setApprovalCode] = useState<ApprovalCodeState>({ kind: 'idle' });
  useEffect(() => {
    // Loaded after the first paint: the page shows the warning without waiting for the storage layer.
    let stop: (() => void) | undefined;
    let left = false;
    void import('../../lib/browser/policy-storage').then(({ watchPolicyState }) => {
      if (left) return;
      stop = watchPolicyState(() => {
        void confirmWarning(link.url, link.body, lang).then((reply) => {
          if (reply.issued) setView(reply.view);
        });
      });
    });
    return () => {
      left = true;
      stop?.();
    };
  }, [link]);
  // Stopped by the worker, allowed now (the organisation's policy was still loading when the request was
  // stopped, or changed since): go on at once, as the person meant to.
  const allowedNow = view?.decision === 'allow';
  useEffect(() => {
    if (allowedNow) proceed(link);
  }, [allowedNow, link]);
  if (view === null) return <MessagePage title={translate('warningTitle')} message={translate('warningNoRequest')} />;
  if (view.decision === 'allow') {
    return (
      <MessagePage title={translate('warningTitle')} message={translate('nowAllowed')}>
        <button type="button" class="primary" onClick={() => proceed(link)}>
          {translate('continueButton')}
        </button>
      </MessagePage>
    );
  }
  document.title = `${translate(view.decision === 'block' ? 'blockHeading' : 'warnHeading')} · Consent Guard`;
  return (
    <WarningPage
      view={view}
      t={translate}
      state={state}
      mistake={mistake}
      onBack={() => void leaveWarningPage(link)}
      onContinue={async (justification) => {
        setState({ kind: 'busy' });
        const reply = await sendToBackground<ContinueReply>({
          type: 'continue',
          url: link.url,
          justification,
          ...(link.body !== undefined ? { body: link.body } : {}),
        });
        if (reply.ok) proceed(link);
        else setState({ kind: 'error', message: reply.error });
      }}
      onAskApproval={async (justification) => {
        setState({ kind: 'busy' });
        const reply = await sendToBackground<ApprovalReply>({
          type: 'request-approval',
          url: link.url,
          justification,
          ...(link.body !== undefined ? { body: link.body } : {}),
        });
        if (!reply.ok) {
          setState({ kind: 'error', message: reply.error });
          return;
        }
        if (reply.approvalUrl) window.open(reply.approvalUrl, '_blank', 'noopener');
        setState({ kind: 'approval-recorded', opened: reply.approvalUrl !== null });
      }}
      onReportMistake={async (comment) => {
        setMistake({ kind: 'busy' });
        const reply = await sendToBackground<WarnedPageReply>({
          type: 'report-mistake',
          url: link.url,
          comment,
          ...(link.body !== undefined ? { body: link.body } : {}),
        });
        setMistake(reply.ok ? { kind: 'sent' } : { kind: 'error', message: reply.error });
      }}
      approvalCode={approvalCode}
      onUseApprovalCode={async (code) => {
        setApprovalCode({ kind: 'busy' });
        const reply = await sendToBackground<ApprovalCodeReply>({
          type: 'use-approval-code',
          url: link.url,
          code,
          ...(link.body !== undefined ? { body: link.body } : {}),
        });
        if (!reply.ok) {
          setApprovalCode({ kind: 'refused', error: reply.error });
          return;
        }
        // Approved: the app goes through, like Continue (the worker remembers the approval until it expires).
        setApprovalCode({ kind: 'accepted', approver: reply.approver, expiresAt: reply.expiresAt });
        proceed(link);
      }}
    />
  );
}

/**
 * The page is web-accessible, so anyone can open it with a request of their
 * choosing: nothing of the request shows until the worker confirms it sent
 * this tab here for it. The question is asked as soon as the script runs,
 * and the page is drawn once, with the answer (the worker's reply takes a few
 * milliseconds; a first empty render would only delay it by a frame).
 */
function start(link: WarningLink | null, app: HTMLElement): void {
  if (link === null) {
    render(<MessagePage title={translate('warningTitle')} message={translate('warningNoRequest')} />, app);
    return;
  }
  if (link.source === 'answer') {
    const host = answerHost(link);
    render(
      host === null ? (
        <NotIssuedPage t={translate} onBack={() => void leaveWarningPage()} />
      ) : (
        <AnswerGuardPage host={host} t={translate} onBack={() => void leaveWarningPage()} />
      ),
      app,
    );
    return;
  }
  // Marks for `npm run bench:browser`, which reports where the page's time goes.
  performance.mark('cg:confirm-asked');
  void confirmWarning(link.url, link.body, lang).then((reply: ConfirmReply) => {
    performance.mark('cg:confirm-answered');
    render(
      reply.issued ? (
        <WarningApp link={link} initial={reply.view} />
      ) : (
        <NotIssuedPage t={translate} onBack={() => void leaveWarningPage()} />
      ),
      app,
    );
  });
}

document.documentElement.lang = lang;
document.title = translate('warningTitle');
start(parseWarningFragment(location.hash), document.getElementById('app') as HTMLElement);
