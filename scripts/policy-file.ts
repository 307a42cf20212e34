import { readFileSync } from 'node:fs';
import { policyError } from '../lib/policy/policy-error';
import { type PolicyReading, readPolicy } from '../lib/policy/read-policy';
import { unwrapDeployment } from '../lib/policy/unwrap-deployment';

/** Which channel a file is written for: a Chrome/Edge managed policy file, a Firefox policies.json, or the bare policy. */
export type PolicyFileKind = 'chrome' | 'firefox' | 'policy';

export interface PolicyFile {
  reading: PolicyReading;
  kind: PolicyFileKind;
  /** The policy as written in the file (unwrapped from its deployment file), before reading. */
  raw: unknown;
}

function kindOf(document: unknown): PolicyFileKind {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return 'policy';
  const record = document as Record<string, unknown>;
  if (record.policies && typeof record.policies === 'object') return 'firefox';
  return record['3rdparty'] && typeof record['3rdparty'] === 'object' ? 'chrome' : 'policy';
}

/** Reads a policy file the way the extension reads managed storage; the file may be a deployment file. */
export function readPolicyDocument(path: string): PolicyFile {
  const text = readFileSync(path, 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      reading: {
        ...readPolicy(undefined),
        empty: false,
        errors: [policyError('(file)', 'invalid-json-detail', [(error as Error).message], path)],
      },
      kind: 'policy',
      raw: undefined,
    };
  }
  const raw = unwrapDeployment(document);
  return { reading: readPolicy(raw), kind: kindOf(document), raw };
}

/** The reading alone (`explain --policy`, `policy export`). */
export function readPolicyFile(path: string): PolicyReading {
  return readPolicyDocument(path).reading;
}
