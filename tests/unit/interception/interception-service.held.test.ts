import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import type { Policy } from '../../../lib/policy/policy-schema';
import { ms, policyFrom } from '../policy/helpers';
import { interceptionHarness } from './service-harness';

/**
 * A request stopped while the worker had just woken (the policy not loaded
 * yet) waits on the warning page with nothing recorded; its decision is
 * recorded once, when the page asks for its view under the policy.
 */
const harness = (policy: Policy) => interceptionHarness({ policy });

const TAB = { tabId: 7, frameId: 0 };

describe('a request held while the worker woke', () => {
  it('is recorded as warned once, when its page first asks, not again when the policy changes', async () => {
    const h = harness(DEFAULT_POLICY);
    await h.service.load();
    const url = ms('Mail.Read');
    expect(h.service.decideNow({ url, ...TAB }, false).outcome).toBe('held');
    expect(h.events).toEqual([]);
    const reply = await h.service.warningFor(TAB, url, undefined, 'en');
    expect(reply.issued).toBe(true);
    expect(h.events.map((e) => e.type)).toEqual(['warned']);
    await h.service.warningFor(TAB, url, undefined, 'en');
    expect(h.events.map((e) => e.type)).toEqual(['warned']);
  });

  it('is recorded as blocked, and kept in the inventory as blocked, when the policy blocks it', async () => {
    const h = harness(policyFrom({ mode: 'enforce' }));
    await h.service.load();
    const url = ms('Mail.ReadWrite Files.ReadWrite.All');
    h.service.decideNow({ url, ...TAB }, false);
    await h.service.warningFor(TAB, url, undefined, 'en');
    expect(h.events.map((e) => e.type)).toEqual(['blocked']);
    expect(h.observed).toEqual(['blocked']);
  });

  it('records nothing when the policy now allows it: the page goes on and the request is recorded as it passes', async () => {
    const h = harness(policyFrom({ mode: 'audit' }));
    await h.service.load();
    const url = ms('Mail.Read');
    h.service.decideNow({ url, ...TAB }, false);
    const reply = await h.service.warningFor(TAB, url, undefined, 'en');
    expect(reply.issued && reply.view?.decision).toBe('allow');
    expect(h.events).toEqual([]);
  });

  it('a request warned with the policy known is recorded when stopped, and not again when its page asks', async () => {
    const h = harness(DEFAULT_POLICY);
    await h.service.load();
    const url = ms('Mail.Read');
    expect(h.service.decideNow({ url, ...TAB }).outcome).toBe('warned');
    await h.service.warningFor(TAB, url, undefined, 'en');
    expect(h.events.map((e) => e.type)).toEqual(['warned']);
  });

  it('another tab asking for the same request records nothing: it was not held there', async () => {
    const h = harness(DEFAULT_POLICY);
    await h.service.load();
    const url = ms('Mail.Read');
    h.service.decideNow({ url, ...TAB }, false);
    expect((await h.service.warningFor({ tabId: 8, frameId: 0 }, url, undefined, 'en')).issued).toBe(false);
    expect(h.events).toEqual([]);
  });
});
