import { computeState, type ManagedRead, nextStateAfterRead, type PolicyState } from './policy-state';

/** Managed storage, as the browser adapter offers it. */
export interface ManagedSource {
  read(): Promise<ManagedRead>;
  /** Calls back on every change of the managed area; returns an unsubscribe function. */
  onChange(callback: () => void): () => void;
}

/** The extension's own local storage, as the browser adapter offers it. */
export interface StateStore {
  loadState(): Promise<unknown>;
  saveState(state: PolicyState): Promise<void>;
  loadLocalSettings(): Promise<unknown>;
  onLocalSettingsChange(callback: () => void): () => void;
}

export interface PolicyServiceOptions {
  managed: ManagedSource;
  store: StateStore;
  now?: () => number;
  /** Re-read after an empty read, to confirm that a policy in force was really removed. */
  confirmEmptyAfterMs?: number;
  /** Changes arrive in bursts (a registry refresh writes key by key): wait this long for the last one. */
  debounceMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const STATE_VERSION = 1;

/**
 * Keeps the policy in force: the cached state first (decisions never wait on
 * storage.managed, which can take seconds after a browser start), then a read
 * of managed storage, then a re-read on every change, applied within a second.
 * Never throws: a failing read keeps the last good policy.
 */
export class PolicyService {
  private state: PolicyState;
  private readonly now: () => number;
  private readonly confirmEmptyAfterMs: number;
  private readonly debounceMs: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private pending: unknown = null;
  private readonly listeners = new Set<(state: PolicyState) => void>();
  private readonly unsubscribers: Array<() => void> = [];
  private chain: Promise<void> = Promise.resolve();
  private cacheLoad: Promise<void> = Promise.resolve();

  constructor(private readonly options: PolicyServiceOptions) {
    this.now = options.now ?? Date.now;
    this.confirmEmptyAfterMs = options.confirmEmptyAfterMs ?? 10_000;
    this.debounceMs = options.debounceMs ?? 150;
    this.setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.state = computeState(null, 'absent', null, 0);
  }

  /** The policy state in force now; synchronous, so a decision never waits. */
  current(): PolicyState {
    return this.state;
  }

  onUpdate(listener: (state: PolicyState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Subscribes to changes at once (a service worker must register its
   * listeners synchronously to be woken by them), then loads the cached state,
   * then reads managed storage.
   */
  start(): Promise<PolicyState> {
    this.unsubscribers.push(
      this.options.managed.onChange(() => this.scheduleRefresh()),
      this.options.store.onLocalSettingsChange(() => this.scheduleRefresh()),
    );
    this.cacheLoad = this.loadCache().catch(() => undefined);
    // Publish what is known at once (the cached state, or the embedded
    // default on a first start), then read managed storage, which can take
    // seconds after a browser start.
    this.chain = this.cacheLoad
      .then(() => this.publish(this.state))
      .then(() => this.readOnce())
      .catch(() => undefined);
    return this.chain.then(() => this.state);
  }

  /**
   * Resolves once the cached state is loaded (milliseconds, from local
   * storage), without waiting for storage.managed: what a decision waits for
   * when the service worker has just woken up.
   */
  ready(): Promise<void> {
    return this.cacheLoad;
  }

  private async loadCache(): Promise<void> {
    const unread = Symbol('unread');
    const [cached, local] = await Promise.all([
      this.options.store.loadState().catch(() => null),
      this.options.store.loadLocalSettings().catch(() => unread),
    ]);
    // Local settings are read afresh, not taken from the cache: a change the
    // previous worker was stopped before applying applies now, not seconds
    // later after the managed read.
    if (!isPolicyState(cached)) {
      this.state = computeState(null, 'absent', local === unread ? null : local, 0);
      return;
    }
    // Re-read the cached managed value with this version's schema, so an
    // update of the extension applies its own defaults and checks at once.
    this.state = {
      ...computeState(
        cached.managed,
        cached.status,
        local === unread ? cached.local : local,
        cached.readAt,
        cached.readError,
      ),
      emptySince: cached.emptySince ?? null,
    };
  }

  stop(): void {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    if (this.pending !== null) this.clearTimer(this.pending);
    this.pending = null;
  }

  /** Reads managed storage and local settings again, and stores the new state. Serialised. */
  refresh(): Promise<void> {
    this.chain = this.chain.then(() => this.readOnce()).catch(() => undefined);
    return this.chain;
  }

  private scheduleRefresh(): void {
    if (this.pending !== null) this.clearTimer(this.pending);
    this.pending = this.setTimer(() => {
      this.pending = null;
      void this.refresh();
    }, this.debounceMs);
  }

  private async readOnce(): Promise<void> {
    const [read, local] = await Promise.all([
      this.options.managed.read().catch((error: unknown): ManagedRead => ({ kind: 'error', message: String(error) })),
      this.options.store.loadLocalSettings().catch(() => null),
    ]);
    const next = nextStateAfterRead(this.state, read, local, this.now(), this.confirmEmptyAfterMs);
    this.state = next;
    if (next.status === 'unconfirmed-absent') {
      // Ask again once the confirmation delay has passed.
      this.setTimer(() => void this.refresh(), this.confirmEmptyAfterMs);
    }
    await this.publish(next);
  }

  private async publish(state: PolicyState): Promise<void> {
    await this.options.store.saveState(state).catch(() => undefined);
    for (const listener of this.listeners) listener(state);
  }
}

function isPolicyState(value: unknown): value is PolicyState {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as PolicyState).version === STATE_VERSION &&
    typeof (value as PolicyState).effective === 'object'
  );
}
