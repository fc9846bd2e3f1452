import { describe, expect, it } from 'vitest';
import { parseQuery, tokenize } from './search';

describe('Coder search-query tokenizer', () => {
  it('splits key:value terms, lower-cases, and joins bare words into one free-text term', () => {
    const { tokens, errors } = tokenize('Status:Active  Alice smith role:owner');
    expect(errors).toEqual([]);
    expect(tokens.text).toBe('alice smith');
    expect(tokens.values.get('status')).toEqual(['active']);
    expect(tokens.values.get('role')).toEqual(['owner']);
  });

  it('keeps quoted values together, colons inside quotes included', () => {
    const { tokens, errors } = tokenize('last_seen_before:"2023-07-01T00:00:00Z" name:"Ada Lovelace"');
    expect(errors).toEqual([]);
    expect(tokens.values.get('last_seen_before')).toEqual(['2023-07-01t00:00:00z']);
    expect(tokens.values.get('name')).toEqual(['ada lovelace']);
  });

  it('rejects a term that starts or ends with a colon, or has two colons', () => {
    expect(tokenize('status:').errors[0]?.field).toBe('q');
    expect(tokenize(':active').errors[0]?.field).toBe('q');
    expect(tokenize('a:b:c').errors[0]?.detail).toMatch(/can only contain 1 ':'/);
  });
});

describe('typed query', () => {
  const spec = { status: 'list', service_account: 'bool', last_seen_before: 'time', name: 'string' } as const;

  it('parses lists with commas and repeats, booleans and RFC3339 times', () => {
    const { query, errors } = parseQuery(
      'status:active,dormant status:suspended service_account:true last_seen_before:"2023-07-01T00:00:00Z"',
      spec,
    );
    expect(errors).toEqual([]);
    expect(query.list('status')).toEqual(['active', 'dormant', 'suspended']);
    expect(query.bool('service_account')).toBe(true);
    expect(query.time('last_seen_before')).toBe(Date.parse('2023-07-01T00:00:00Z'));
  });

  it('reports unknown keys, bad values and repeated single-value keys per field', () => {
    const { errors } = parseQuery(
      'colour:red service_account:maybe last_seen_before:yesterday name:a name:b',
      spec,
    );
    expect(errors).toEqual([
      { field: 'colour', detail: '"colour" is not a valid query param' },
      { field: 'service_account', detail: expect.stringMatching(/must be a valid boolean/) },
      { field: 'last_seen_before', detail: expect.stringMatching(/must be a valid date format/) },
      { field: 'name', detail: expect.stringMatching(/provided more than once/) },
    ]);
  });
});
