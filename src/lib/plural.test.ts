import { describe, expect, it } from 'vitest';
import { formatCount, plural, someNames } from './plural';

describe('plural', () => {
  it('counts one and many', () => {
    expect(plural(1, 'membership')).toBe('1 membership');
    expect(plural(0, 'group')).toBe('0 groups');
    expect(plural(1204, 'user')).toBe('1,204 users');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
});

describe('formatCount', () => {
  it('groups as en-US does', () => {
    for (const x of [
      0,
      7,
      999,
      1000,
      12_345,
      1_234_567,
      10_012,
      -1234,
      -999,
      2 ** 53 - 1,
      1e21,
      1.5,
      1234.5,
    ]) {
      expect(formatCount(x)).toBe(x.toLocaleString('en-US'));
    }
  });
});

describe('someNames', () => {
  it('names everyone when there are few', () => {
    expect(someNames(['alice'])).toBe('alice');
    expect(someNames(['alice', 'bob', 'carol'])).toBe('alice, bob and carol');
    expect(someNames(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c, d and e');
  });
  it('names the first few and counts the rest', () => {
    expect(someNames(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c, d and 2 more');
    expect(someNames(['a', 'b'], 140)).toBe('a, b and 138 more');
  });
});
