import { describe, expect, it } from 'vitest';
import { addTerm, parseTerms, removeTermAt, setTerm, termValue } from './filterQuery';

describe('filter query helpers', () => {
  it('reads terms, keeping quoted values together', () => {
    expect(parseTerms('status:active alice last_seen_before:"2023-07-01T00:00:00Z" name:"Ada L"')).toEqual([
      { key: 'status', value: 'active' },
      { value: 'alice' },
      { key: 'last_seen_before', value: '2023-07-01T00:00:00Z' },
      { key: 'name', value: 'Ada L' },
    ]);
  });

  it('sets, replaces and removes a key without touching the rest', () => {
    expect(setTerm('alice status:active', 'status', 'suspended')).toBe('alice status:suspended');
    expect(setTerm('alice status:active', 'status', undefined)).toBe('alice');
    expect(setTerm('', 'role', 'owner')).toBe('role:owner');
    expect(termValue('alice role:owner', 'role')).toBe('owner');
  });

  it('adds and removes terms by position, quoting values with spaces', () => {
    expect(addTerm('role:owner', { key: 'name', value: 'Ada L' })).toBe('role:owner name:"Ada L"');
    expect(removeTermAt('role:owner alice status:active', 1)).toBe('role:owner status:active');
    expect(setTerm('last_seen_before:"2023-07-01T00:00:00Z"', 'status', 'active')).toBe(
      'last_seen_before:"2023-07-01T00:00:00Z" status:active',
    );
  });
});
