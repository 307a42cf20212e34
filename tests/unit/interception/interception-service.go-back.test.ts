import { describe, expect, it } from 'vitest';
import { ms } from '../policy/helpers';
import { interceptionHarness } from './service-harness';

/**
 * The fallback path (the worker acts once the navigation has started): the
 * request's page may commit before the warning replaces it, and then sits in
 * the tab's history right behind the warning. Go back must pass over it, not
 * land on it and warn again; and its commit must not warn (or record) twice.
 */
const harness = () => interceptionHarness();

const TAB = { tabId: 7, frameId: 0 };
const URL = ms('Mail.Read');

describe('Go back over a request whose page reached the tab first', () => {
  it('its commit right after the warning was asked for neither warns nor records twice', async () => {
    const h = harness();
    expect(await h.service.onNavigation({ url: URL, ...TAB })).toBe('warned');
    expect(await h.service.onCommitted({ url: URL, ...TAB, backForward: false })).toBe(false);
    expect(h.shown.map((s) => s.tabId)).toEqual([7]);
    expect(h.events.map((e) => e.type)).toEqual(['warned']);
  });

  it('Go back passes back over the request once, without a new warning or record', async () => {
    const h = harness();
    await h.service.onNavigation({ url: URL, ...TAB });
    await h.service.onCommitted({ url: URL, ...TAB, backForward: false });
    h.advance(30_000);
    expect(await h.service.leave(TAB, URL)).toEqual({ ok: true });
    // The history move lands on the request's page: it starts, then commits (or comes from the cache).
    expect(await h.service.onNavigation({ url: URL, ...TAB })).toBe('left');
    expect(await h.service.onCommitted({ url: URL, ...TAB, backForward: true })).toBe(false);
    expect(h.wentBack).toEqual([7]);
    expect(h.shown.map((s) => s.tabId)).toEqual([7]);
    expect(h.events.map((e) => e.type)).toEqual(['warned']);
  });

  it('a request that did not reach the tab leaves nothing behind: the next visit is warned as usual', async () => {
    const h = harness();
    await h.service.onNavigation({ url: URL, ...TAB });
    await h.service.leave(TAB, URL);
    expect(await h.service.onNavigation({ url: URL, ...TAB })).toBe('warned');
    expect(h.wentBack).toEqual([]);
  });

  it('passing back is for a moment, in that tab, for that request only', async () => {
    const h = harness();
    await h.service.onNavigation({ url: URL, ...TAB });
    await h.service.onCommitted({ url: URL, ...TAB, backForward: false });
    await h.service.leave(TAB, URL);
    expect(await h.service.onNavigation({ url: URL, tabId: 8, frameId: 0 })).toBe('warned');
    expect(await h.service.onNavigation({ url: ms('Mail.Send'), ...TAB })).toBe('warned');
    h.advance(5_000);
    expect(await h.service.onNavigation({ url: URL, ...TAB })).toBe('warned');
    expect(h.wentBack).toEqual([]);
  });

  it('a commit that is not a history move is never passed over', async () => {
    const h = harness();
    await h.service.onNavigation({ url: URL, ...TAB });
    await h.service.onCommitted({ url: URL, ...TAB, backForward: false });
    h.advance(30_000);
    await h.service.leave(TAB, URL);
    expect(await h.service.onCommitted({ url: URL, ...TAB, backForward: false })).toBe(true);
    expect(h.wentBack).toEqual([]);
  });

  it('a warning page the worker did not issue cannot arm it', async () => {
    const h = harness();
    expect(await h.service.leave(TAB, URL)).toEqual({ ok: false, error: 'not-warned' });
  });

  it('a request page committing long after its warning is a new visit: warned and recorded again', async () => {
    const h = harness();
    await h.service.onNavigation({ url: URL, ...TAB });
    h.advance(60_000);
    expect(await h.service.onCommitted({ url: URL, ...TAB, backForward: false })).toBe(true);
    expect(h.events.map((e) => e.type)).toEqual(['warned', 'warned']);
  });
});
