import { describe, expect, it } from 'vitest';
import { exposedAnswer } from '../../../lib/interception/answer-guard';

describe('the answer guard', () => {
  it('catches a code left for a person to copy, and nothing else', () => {
    expect(exposedAnswer('http://localhost:53123/?code=0.AAA&state=s')).toEqual({ host: 'localhost', loopback: true });
    expect(exposedAnswer('http://127.0.0.1:8400/#access_token=x')).toEqual({ host: '127.0.0.1', loopback: true });
    expect(exposedAnswer('https://login.microsoftonline.com/common/oauth2/nativeclient?code=0.AAA')?.loopback).toBe(
      false,
    );
    expect(exposedAnswer('http://localhost:3000/dashboard')).toBeNull();
    expect(exposedAnswer('https://app.example/cb?code=abc')).toBeNull();
    expect(exposedAnswer('http://localhost:53123/?error=access_denied')).toBeNull();
  });
});
