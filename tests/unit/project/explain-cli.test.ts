import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The explain tool as an admin runs it: a real process, real arguments, real stdin. */
function explain(args: string[], input?: string) {
  const result = spawnSync('npx', ['--no-install', 'tsx', 'scripts/explain.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return {
    code: result.status,
    lines: result.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

const SIGN_IN =
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&response_type=code&redirect_uri=https%3A%2F%2Fa.example%2F&scope=openid%20profile%20email%20User.Read';
const MAIL =
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&response_type=code&redirect_uri=https%3A%2F%2Fa.example%2F&scope=Mail.Read';

describe('explain', () => {
  it('prints one JSON line per URL argument, in order', () => {
    const { code, lines } = explain([SIGN_IN, 'https://example.com/', MAIL]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.url)).toEqual([SIGN_IN, 'https://example.com/', MAIL]);
    expect(lines[0]).toMatchObject({
      provider: 'microsoft',
      kind: 'authorize',
      clientId: 'abc',
      risk: 'none',
      decision: 'allow',
    });
    expect(lines[1]).toMatchObject({ provider: null, scopes: null, decision: 'allow' });
    expect(lines[2]).toMatchObject({ scopes: ['Mail.Read'], risk: 'high', decision: 'warn' });
    expect(lines[2].reasons).toContain('risk-high');
  }, 60_000);

  it('reads URLs from standard input when given none', () => {
    const { code, lines } = explain(
      [],
      `${MAIL}\n\nhttps://github.com/login/oauth/authorize?client_id=x&scope=read:user\n`,
    );
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ provider: 'github', scopes: ['read:user'], decision: 'allow' });
  }, 60_000);
});
