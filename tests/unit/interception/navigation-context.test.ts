import { describe, expect, it } from 'vitest';
import { initiatorOfRequest, initiatorOfTransition } from '../../../lib/interception/navigation-context';

describe('who started a navigation', () => {
  it('reads webRequest’s initiator and webNavigation’s transition alike', () => {
    expect(initiatorOfRequest(undefined)).toBe('outside');
    expect(initiatorOfRequest('https://evil.example')).toBe('page');
    expect(initiatorOfTransition('auto_toplevel', [])).toBe('outside');
    expect(initiatorOfTransition('typed', ['from_address_bar'])).toBe('outside');
    expect(initiatorOfTransition('typed', ['server_redirect'])).toBe('page');
    expect(initiatorOfTransition('link', [])).toBe('page');
    expect(initiatorOfTransition(undefined, undefined)).toBe('page');
  });
});
