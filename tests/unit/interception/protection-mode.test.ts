import { describe, expect, it } from 'vitest';
import { protectionMode } from '../../../lib/interception/protection-mode';

describe('where this browser stops requests', () => {
  it('Firefox always judges before a request leaves', () => {
    expect(protectionMode({ firefox: true, manifestHasBlocking: false, installType: undefined })).toBe(
      'before-request',
    );
  });

  it('Chromium only when the blocking build is installed by policy', () => {
    expect(protectionMode({ firefox: false, manifestHasBlocking: true, installType: 'admin' })).toBe('before-request');
    expect(protectionMode({ firefox: false, manifestHasBlocking: true, installType: 'development' })).toBe(
      'after-navigation',
    );
    expect(protectionMode({ firefox: false, manifestHasBlocking: false, installType: 'admin' })).toBe(
      'after-navigation',
    );
    expect(protectionMode({ firefox: false, manifestHasBlocking: true, installType: undefined })).toBe(
      'after-navigation',
    );
  });
});
