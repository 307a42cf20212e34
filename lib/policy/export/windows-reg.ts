import {
  CHROME_REG_PATH,
  EDGE_REG_PATH,
  type ExportedFile,
  type ExportOptions,
  type PolicyDocument,
} from './deployment-targets';

/**
 * A .reg file that sets the policy for Chrome and Edge under HKLM. Strings are
 * REG_SZ, booleans and whole numbers REG_DWORD, and lists and objects REG_SZ
 * holding JSON, which Chrome and Edge read for complex extension policies.
 */
export function windowsRegFile(policy: PolicyDocument, options: ExportOptions): ExportedFile {
  const lines = ['Windows Registry Editor Version 5.00', ''];
  const targets: Array<[string, string]> = [
    [CHROME_REG_PATH, options.extensionId],
    [EDGE_REG_PATH, options.edgeExtensionId ?? options.extensionId],
  ];
  for (const [base, id] of targets) {
    lines.push(`[HKEY_LOCAL_MACHINE\\${base}\\${id}\\policy]`);
    for (const [key, value] of Object.entries(policy)) lines.push(`${regString(key)}=${regValue(value)}`);
    lines.push('');
  }
  return { name: 'consent-guard.reg', content: lines.join('\r\n') };
}

function regString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function regValue(value: unknown): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff) {
    return `dword:${value.toString(16).padStart(8, '0')}`;
  }
  if (typeof value === 'string') return regString(value);
  return regString(JSON.stringify(value));
}
