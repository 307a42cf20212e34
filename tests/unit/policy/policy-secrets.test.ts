import { describe, expect, it } from 'vitest';
import { POLICY_FIELDS } from '../../../lib/policy/policy-schema';
import {
  HIDDEN_VALUE,
  isSecretPath,
  redactErrorValue,
  redactSecrets,
  SECRET_PATHS,
} from '../../../lib/policy/policy-secrets';
import { readPolicy } from '../../../lib/policy/read-policy';

const withSecrets = {
  mode: 'warn',
  reporting: {
    endpoint: 'https://collector.example/in',
    authHeader: 'Bearer TOP-SECRET-TOKEN',
    hmacSecret: 'TOP-SECRET-HMAC',
    headers: { 'X-Api-Key': 'TOP-SECRET-KEY' },
  },
};

describe('policy secrets', () => {
  it('name fields of the schema', () => {
    for (const path of SECRET_PATHS) {
      const [top, child] = path.split('.') as [keyof typeof POLICY_FIELDS, string];
      expect(POLICY_FIELDS[top].children?.[child], path).toBeDefined();
    }
    expect(isSecretPath('reporting.headers.X-Api-Key')).toBe(true);
    expect(isSecretPath('Reporting.AuthHeader')).toBe(true);
    expect(isSecretPath('reporting.endpoint')).toBe(false);
  });

  it('are hidden from what pages show, and the rest is unchanged', () => {
    const { policy } = readPolicy(withSecrets);
    const shown = JSON.stringify(redactSecrets(policy));
    expect(shown).not.toContain('TOP-SECRET');
    expect(redactSecrets(policy).reporting).toMatchObject({
      endpoint: 'https://collector.example/in',
      authHeader: HIDDEN_VALUE,
      hmacSecret: HIDDEN_VALUE,
      headers: { 'X-Api-Key': HIDDEN_VALUE },
    });
    expect(redactSecrets(readPolicy({}).policy).reporting.authHeader).toBeNull();
  });

  it('a misspelt secret key never shows its value', () => {
    const reading = readPolicy({ reporting: { authHeadr: 'Bearer TOP-SECRET' } });
    expect(reading.errors[0]).toMatchObject({ path: 'reporting.authHeadr', value: '(hidden)' });
    expect(JSON.stringify(reading)).not.toContain('TOP-SECRET');
  });

  it('an error about a secret, or about a key misspelt from a secret’s name, shows no value', () => {
    const error = { path: 'reporting.hmacSecret', problem: 'must be text', value: '["TOP-SECRET"]' };
    expect(redactErrorValue(error)).toEqual({ ...error, value: HIDDEN_VALUE });
    const misspelt = {
      path: 'reporting.authHeadr',
      problem: 'is not a known setting',
      value: '"Bearer x"',
      code: 'unknown-key-suggest',
      params: ['authHeader'],
    };
    expect(redactErrorValue(misspelt).value).toBe(HIDDEN_VALUE);
    const plain = {
      path: 'reporting.endpiont',
      problem: 'x',
      value: '"https://x"',
      code: 'unknown-key-suggest',
      params: ['endpoint'],
    };
    expect(redactErrorValue(plain)).toBe(plain);
  });
});
