import { describe, expect, it } from 'vitest';
import {
  groupSyncConfigSchema,
  groupSyncSettingsSchema,
  mappingDiff,
  organizationSyncSettingsSchema,
  regexKeeps,
} from './idpSync';

describe('idpSync schemas', () => {
  it('reads Go nils and missing fields as empty settings', () => {
    expect(groupSyncSettingsSchema.parse({ field: '', mapping: null, regex_filter: null })).toEqual({
      field: '',
      mapping: {},
      regex_filter: null,
      auto_create_missing_groups: false,
    });
    expect(organizationSyncSettingsSchema.parse({ mapping: { a: null, b: ['x'] } })).toEqual({
      field: '',
      mapping: { a: [], b: ['x'] },
      organization_assign_default: false,
    });
  });

  it('refuses a regex Go cannot compile', () => {
    const base = { field: 'groups', auto_create_missing_groups: false };
    expect(groupSyncConfigSchema.safeParse({ ...base, regex_filter: '^eng-' }).success).toBe(true);
    expect(groupSyncConfigSchema.safeParse({ ...base, regex_filter: '' }).success).toBe(true);
    expect(groupSyncConfigSchema.safeParse({ ...base, regex_filter: '(' }).success).toBe(false);
    expect(groupSyncConfigSchema.safeParse({ ...base, regex_filter: '(?!x)' }).success).toBe(false);
  });
});

describe('mappingDiff', () => {
  it('lists what to add and remove', () => {
    expect(mappingDiff({ a: ['1', '2'], b: ['3'] }, { a: ['2', '4'], c: ['5'] })).toEqual({
      add: [
        { given: 'a', gets: '4' },
        { given: 'c', gets: '5' },
      ],
      remove: [
        { given: 'a', gets: '1' },
        { given: 'b', gets: '3' },
      ],
    });
  });
});

describe('regexKeeps', () => {
  it('matches unanchored like Go, keeps all without a filter, none for an invalid one', () => {
    expect(regexKeeps('eng', ['eng-a', 'x-eng', 'ops'])).toEqual(['eng-a', 'x-eng']);
    expect(regexKeeps(null, ['a'])).toEqual(['a']);
    expect(regexKeeps('(', ['a'])).toEqual([]);
  });
});
