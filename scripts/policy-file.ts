import { readFileSync } from 'node:fs';
import { type PolicyReading, readPolicy } from '../lib/policy/read-policy';
import { unwrapDeployment } from '../lib/policy/unwrap-deployment';

/** Reads a policy file the way the extension reads managed storage; the file may be a deployment file. */
export function readPolicyFile(path: string): PolicyReading {
  const text = readFileSync(path, 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      ...readPolicy(undefined),
      empty: false,
      errors: [{ path: '(file)', problem: `is not valid JSON: ${(error as Error).message}`, value: path }],
    };
  }
  return readPolicy(unwrapDeployment(document));
}
