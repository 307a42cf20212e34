import { describe, expect, it } from 'vitest';
import {
  booleanField,
  enumField,
  integerField,
  localisedTextField,
  objectField,
  objectListField,
  stringListField,
  stringMapField,
  textField,
} from '../../../lib/policy/fields';
import type { PolicyError, PolicyNote } from '../../../lib/policy/policy-error';
import { readPolicy } from '../../../lib/policy/read-policy';

const meta = { title: 'T', description: 'D.' };

/** What a field reads from a value, and the paths and problem codes it reports. */
function read<T>(
  field: { read(v: unknown, p: string, e: PolicyError[], n?: PolicyNote[]): T | undefined },
  value: unknown,
) {
  const errors: PolicyError[] = [];
  const notes: PolicyNote[] = [];
  const result = field.read(value, 'key', errors, notes);
  return { result, errors: errors.map((e) => [e.path, e.code]), notes: notes.map((n) => [n.path, n.code]) };
}

describe('fields read values as every channel delivers them', () => {
  it('enumerations: any case, trimmed; anything else an error', () => {
    const mode = enumField(['audit', 'warn', 'enforce'], 'warn', meta);
    expect(read(mode, ' ENFORCE ').result).toBe('enforce');
    expect(read(mode, 'loud')).toEqual({ result: undefined, errors: [['key', 'one-of']], notes: [] });
    expect(read(mode, 3).errors).toEqual([['key', 'one-of']]);
  });

  it('booleans: true and false, 1 and 0, and the words registry values use', () => {
    const flag = booleanField(false, meta);
    for (const yes of [true, 1, 'true', ' Yes ', 'on', '1']) expect(read(flag, yes).result, String(yes)).toBe(true);
    for (const no of [false, 0, 'false', 'no', 'OFF', '0']) expect(read(flag, no).result, String(no)).toBe(false);
    expect(read(flag, 'maybe').errors).toEqual([['key', 'boolean']]);
    expect(read(flag, 2).errors).toEqual([['key', 'boolean']]);
  });

  it('whole numbers: as numbers or text, within their range', () => {
    const days = integerField(365, 1, 3650, { ...meta, unit: 'days' });
    expect(read(days, 90).result).toBe(90);
    expect(read(days, ' 90 ').result).toBe(90);
    expect(read(days, 1.5).errors).toEqual([['key', 'whole-number']]);
    expect(read(days, '9x').errors).toEqual([['key', 'whole-number']]);
    expect(read(days, 0).errors).toEqual([['key', 'range']]);
    expect(read(days, 3651).errors).toEqual([['key', 'range']]);
    expect(days.unit).toBe('days');
  });

  it('text: trimmed, not empty, not too long; URLs https only (or a loopback collector)', () => {
    expect(read(textField(null, meta), '  hello ').result).toBe('hello');
    expect(read(textField(null, meta), '   ').errors).toEqual([['key', 'empty']]);
    expect(read(textField(null, { ...meta, maxLength: 3 }), 'abcd').errors).toEqual([['key', 'too-long']]);
    const url = textField(null, { ...meta, format: 'https-url' });
    expect(read(url, 'https://it.example.com/help').result).toBe('https://it.example.com/help');
    expect(read(url, 'http://127.0.0.1:8787/in').result).toBe('http://127.0.0.1:8787/in');
    for (const bad of ['http://it.example.com/', 'javascript:alert(1)', 'not a url'])
      expect(read(url, bad).errors, bad).toEqual([['key', 'https-url']]);
    const template = textField(null, { ...meta, format: 'url-template' });
    expect(read(template, 'https://it.example.com/req?app={clientId}').errors).toEqual([]);
    expect(read(template, '{provider}://x').errors).toEqual([['key', 'https-url']]);
  });

  it('public keys: kept as base64 of the raw 32 bytes', () => {
    const key = textField('', { ...meta, format: 'ed25519-public-key' });
    expect(read(key, 'UH+xdCrJqUzr6hHfMqxR+NfIt/8PNHNOWIe5ae7OmAk=').result).toBe(
      'UH+xdCrJqUzr6hHfMqxR+NfIt/8PNHNOWIe5ae7OmAk=',
    );
    expect(read(key, 'not a key').errors).toEqual([['key', 'public-key']]);
  });

  it('localised texts: per language or one text, bad languages reported and skipped', () => {
    const message = localisedTextField(meta);
    expect(read(message, ' Ask IT ').result).toEqual({ '*': 'Ask IT' });
    expect(read(message, '{"EN": "Ask IT", "fr": "Demandez"}').result).toEqual({ en: 'Ask IT', fr: 'Demandez' });
    expect(read(message, { en: 'Ask IT', klingon: 'x', fr: '' })).toEqual({
      result: { en: 'Ask IT' },
      errors: [
        ['key.klingon', 'language-code'],
        ['key.fr', 'non-empty-text'],
      ],
      notes: [],
    });
    expect(read(message, [1]).errors).toEqual([['key', 'localised-text']]);
  });

  it('header maps: valid header names with text values only', () => {
    const headers = stringMapField(meta);
    expect(read(headers, { 'X-Key': 'v', 'bad name': 'v', 'X-Num': 1 })).toEqual({
      result: { 'X-Key': 'v' },
      errors: [
        ['key.bad name', 'header-name'],
        ['key.X-Num', 'text'],
      ],
      notes: [],
    });
  });

  it('lists: each entry on its own, from JSON text or lines and commas, at most their size', () => {
    const domains = stringListField(textField('', meta), { ...meta, maxItems: 2 });
    expect(read(domains, 'contoso.com, fabrikam.com').result).toEqual(['contoso.com', 'fabrikam.com']);
    expect(read(domains, '["a", 3]')).toEqual({ result: ['a'], errors: [['key[1]', 'text']], notes: [] });
    expect(read(domains, ['a', 'b', 'c'])).toEqual({ result: ['a', 'b'], errors: [['key', 'too-many']], notes: [] });
    expect(read(domains, { a: 1 }).errors).toEqual([['key', 'list']]);
  });

  it('objects: defaults for what is missing or wrong, unknown keys reported, names matched without case', () => {
    const bypass = objectField(
      { allowed: booleanField(true, meta), minutes: integerField(5, 1, 60, meta) },
      { ...meta },
    );
    expect(read(bypass, { ALLOWED: 'false' }).result).toEqual({ allowed: false, minutes: 5 });
    expect(read(bypass, { minutes: 99, colour: 'red' })).toEqual({
      result: { allowed: true, minutes: 5 },
      errors: [
        ['key.minutes', 'range'],
        ['key.colour', 'unknown-key'],
      ],
      notes: [],
    });
    expect(read(bypass, { alowed: true }).errors).toEqual([['key.alowed', 'unknown-key-suggest']]);
    // Own keys only: a key named like an object's inherited property is just unknown.
    expect(read(bypass, JSON.parse('{"__proto__": 1, "toString": 2}')).errors).toEqual([
      ['key.__proto__', 'unknown-key'],
      ['key.toString', 'unknown-key'],
    ]);
  });

  it('list entries: a required field missing or unreadable drops the entry, the others are kept', () => {
    const app = objectField(
      { clientId: textField('', meta), name: textField(null, meta) },
      {
        ...meta,
        required: ['clientId'],
        fromText: (text, path, _errors, notes) => {
          notes?.push({ path, code: 'app-bare-id', params: [text], note: '', value: text });
          return { clientId: text };
        },
      },
    );
    const apps = objectListField(app, meta);
    expect(read(apps, [{ clientId: 'a' }, { name: 'no id' }, { clientId: 7 }, 'b'])).toEqual({
      result: [
        { clientId: 'a', name: null },
        { clientId: 'b', name: null },
      ],
      errors: [
        ['key[1].clientId', 'required'],
        ['key[2].clientId', 'text'],
      ],
      notes: [['key[3]', 'app-bare-id']],
    });
    expect(apps.docType('en')).toBe('list of objects');
  });
});

describe('unknown keys in a policy', () => {
  it('name the nearest known key ("did you mean"), at the top and inside objects', () => {
    const reading = readPolicy({
      blockedScope: ['Mail.Send'],
      bypass: { durationMinute: 10 },
      reporting: { endpiont: 'https://siem.example/in' },
      completelyUnrelated: 1,
    });
    expect(reading.errors.map((e) => [e.path, e.problem])).toEqual([
      ['blockedScope', 'is not a known setting and is ignored; did you mean "blockedScopes"?'],
      ['bypass.durationMinute', 'is not a known setting and is ignored; did you mean "durationMinutes"?'],
      ['reporting.endpiont', 'is not a known setting and is ignored; did you mean "endpoint"?'],
      ['completelyUnrelated', 'is not a known setting and is ignored'],
    ]);
  });
});
