import { describe, expect, it } from 'vitest';
import { computeState, isEmptyRead, nextStateAfterRead, type PolicyState } from '../../../lib/policy/policy-state';

const CONFIRM = 10_000;

describe('computeState', () => {
  it('applies what the organisation set, keeps its errors, and says where each value comes from', () => {
    const state = computeState({ mode: 'enforce', warnAtRisk: 'extreme' }, 'present', { deviceCode: 'block' }, 5);
    expect(state).toMatchObject({ version: 1, status: 'present', readAt: 5, readError: null, emptySince: null });
    expect(state.managed).toEqual({ mode: 'enforce', warnAtRisk: 'extreme' });
    expect(state.managedErrors.map((e) => e.path)).toEqual(['warnAtRisk']);
    expect(state.effective).toMatchObject({ mode: 'enforce', warnAtRisk: 'high', deviceCode: 'block' });
    expect(state.sources).toMatchObject({ mode: 'managed', warnAtRisk: 'default', deviceCode: 'local' });
  });

  it('keeps the local settings’ own errors apart', () => {
    const state = computeState(null, 'absent', { mode: 'off' }, 1);
    expect(state.managed).toBeNull();
    expect(state.localErrors.map((e) => e.path)).toEqual(['local.mode']);
    expect(state.managedErrors).toEqual([]);
  });
});

describe('nextStateAfterRead', () => {
  const inForce = (): PolicyState => computeState({ mode: 'enforce' }, 'present', null, 0);

  it('a value read is the policy present', () => {
    const next = nextStateAfterRead(null, { kind: 'value', value: { mode: 'audit' } }, null, 1, CONFIRM);
    expect(next).toMatchObject({ status: 'present', effective: { mode: 'audit' }, readAt: 1 });
  });

  it('an empty read keeps a policy in force, unconfirmed, until a second one a while later', () => {
    const first = nextStateAfterRead(inForce(), { kind: 'value', value: {} }, null, 1_000, CONFIRM);
    expect(first).toMatchObject({ status: 'unconfirmed-absent', emptySince: 1_000, effective: { mode: 'enforce' } });
    const soon = nextStateAfterRead(first, { kind: 'absent' }, null, 1_000 + CONFIRM - 1, CONFIRM);
    expect(soon).toMatchObject({ status: 'unconfirmed-absent', emptySince: 1_000, effective: { mode: 'enforce' } });
    const later = nextStateAfterRead(soon, { kind: 'absent' }, null, 1_000 + CONFIRM, CONFIRM);
    expect(later).toMatchObject({ status: 'absent', managed: null, effective: { mode: 'warn' } });
  });

  it('an empty read with no policy in force is the default at once', () => {
    expect(nextStateAfterRead(null, { kind: 'absent' }, null, 1, CONFIRM).status).toBe('absent');
  });

  it('a failed read keeps the policy in force and says why; with none in force, the default', () => {
    expect(nextStateAfterRead(inForce(), { kind: 'error', message: 'IO error' }, null, 1, CONFIRM)).toMatchObject({
      status: 'read-error',
      readError: 'IO error',
      effective: { mode: 'enforce' },
    });
    expect(nextStateAfterRead(null, { kind: 'error', message: 'IO error' }, null, 1, CONFIRM)).toMatchObject({
      status: 'absent',
      readError: 'IO error',
    });
  });

  it('applies the local settings given with every read', () => {
    const next = nextStateAfterRead(inForce(), { kind: 'absent' }, { requireJustification: true }, 1, CONFIRM);
    expect(next.effective.bypass.requireJustification).toBe(true);
  });
});

describe('isEmptyRead', () => {
  it('is an absent policy or an empty object', () => {
    expect(isEmptyRead({ kind: 'absent' })).toBe(true);
    expect(isEmptyRead({ kind: 'value', value: {} })).toBe(true);
    expect(isEmptyRead({ kind: 'value', value: { mode: 'warn' } })).toBe(false);
    expect(isEmptyRead({ kind: 'error', message: 'x' })).toBe(false);
  });
});
