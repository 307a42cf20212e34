import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  LOCAL_SETTINGS_KEY,
  managedStorage,
  POLICY_STATE_KEY,
  policyStateStore,
} from '../../../lib/browser/policy-storage';
import { PolicyService } from '../../../lib/policy/policy-service';
import type { ManagedRead, PolicyState } from '../../../lib/policy/policy-state';

/** A clock and timers the test moves by hand. */
function manualTime() {
  let now = 1_000_000;
  const timers: Array<{ at: number; callback: () => void }> = [];
  return {
    now: () => now,
    setTimer: (callback: () => void, ms: number) => {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle: unknown) => {
      const i = timers.indexOf(handle as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    async advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.callback();
      }
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

async function storedState(): Promise<PolicyState> {
  return (await fakeBrowser.storage.local.get(POLICY_STATE_KEY))[POLICY_STATE_KEY] as PolicyState;
}

function service(time = manualTime(), managed = managedStorage) {
  return new PolicyService({ managed, store: policyStateStore, ...time });
}

describe('policy service with the browser storage', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('absent policy (Chrome returns {}): the embedded default, status absent', async () => {
    const state = await service().start();
    expect(state.status).toBe('absent');
    expect(state.effective.mode).toBe('warn');
    expect((await storedState()).status).toBe('absent');
  });

  it('absent policy (Firefox throws): the embedded default, no error', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const state = await service().start();
    expect(state).toMatchObject({ status: 'absent', readError: null });
  });

  it('a present, partial, partly wrong policy: what is right applies, errors are kept', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'enforce', warnAtRisk: 'extreme', unknownKey: 1 });
    const state = await service().start();
    expect(state.status).toBe('present');
    expect(state.effective.mode).toBe('enforce');
    expect(state.effective.warnAtRisk).toBe('high');
    expect(state.sources.mode).toBe('managed');
    expect(state.sources.warnAtRisk).toBe('default');
    expect(state.managedErrors.map((e) => e.path)).toEqual(['warnAtRisk', 'unknownKey']);
  });

  it('applies a change of the managed area at runtime', async () => {
    const time = manualTime();
    const policy = service(time);
    await policy.start();
    await fakeBrowser.storage.managed.set({ mode: 'enforce' });
    await time.advance(200);
    await policy.refresh();
    expect(policy.current().effective.mode).toBe('enforce');
    expect((await storedState()).effective.mode).toBe('enforce');
  });

  it('starts from the cached state, before managed storage answers', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'enforce' });
    await service().start();
    let release: (read: ManagedRead) => void = () => undefined;
    const slow = { read: () => new Promise<ManagedRead>((r) => (release = r)), onChange: () => () => undefined };
    const restarted = service(manualTime(), slow);
    const started = restarted.start();
    await new Promise((r) => setTimeout(r, 10));
    expect(restarted.current().effective.mode).toBe('enforce');
    release({ kind: 'value', value: { mode: 'enforce' } });
    await started;
  });

  it('an empty read never drops a policy in force at once; a second one, later, confirms', async () => {
    const time = manualTime();
    await fakeBrowser.storage.managed.set({ mode: 'enforce' });
    const policy = service(time);
    await policy.start();
    await fakeBrowser.storage.managed.clear();
    await policy.refresh();
    expect(policy.current()).toMatchObject({ status: 'unconfirmed-absent', effective: { mode: 'enforce' } });
    await time.advance(10_000);
    await policy.refresh();
    expect(policy.current()).toMatchObject({ status: 'absent', effective: { mode: 'warn' } });
  });

  it('a failing read keeps the last good policy', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'enforce' });
    const policy = service();
    await policy.start();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('IO error'));
    await policy.refresh();
    expect(policy.current()).toMatchObject({
      status: 'read-error',
      readError: 'IO error',
      effective: { mode: 'enforce' },
    });
  });

  it('a restarted worker applies local settings changed while it was stopped, before managed storage answers', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'warn' });
    await service().start();
    // The person tightens; the worker is stopped before it applies the change (the cache still says warn).
    await fakeBrowser.storage.local.set({ [LOCAL_SETTINGS_KEY]: { mode: 'enforce' } });
    const never = { read: () => new Promise<ManagedRead>(() => undefined), onChange: () => () => undefined };
    const restarted = service(manualTime(), never);
    void restarted.start();
    await restarted.ready();
    expect(restarted.current().effective.mode).toBe('enforce');
  });

  it('local settings tighten, never loosen', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'warn', warnAtRisk: 'medium' });
    await fakeBrowser.storage.local.set({ [LOCAL_SETTINGS_KEY]: { mode: 'enforce', warnAtRisk: 'critical' } });
    const state = await service().start();
    expect(state.effective.mode).toBe('enforce');
    expect(state.effective.warnAtRisk).toBe('medium');
    expect(state.sources).toMatchObject({ mode: 'local', warnAtRisk: 'managed' });
  });

  it('local settings that are garbage change nothing', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_SETTINGS_KEY]: { mode: 'off', warnAtRisk: 7 } });
    const state = await service().start();
    expect(state.effective.mode).toBe('warn');
    expect(state.localErrors.length).toBe(2);
  });
});
