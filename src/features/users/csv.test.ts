import { describe, expect, it } from 'vitest';
import type { User } from '../../api/users';
import { escapeCell, toCsv, USER_CSV_HEADER, usersToCsv } from './csv';

describe('CSV builder', () => {
  it('neutralises formula-leading cells so a spreadsheet does not run them', () => {
    expect(escapeCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(escapeCell('+1')).toBe("'+1");
    expect(escapeCell('-2')).toBe("'-2");
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCell('alice')).toBe('alice');
    expect(escapeCell('a-b')).toBe('a-b');
  });

  it('quotes per RFC 4180: commas, quotes and line breaks; CRLF between records', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe(
      '"a,b","say ""hi""","two\nlines",plain\r\n',
    );
  });

  it('writes one row per user under a header, member role included', () => {
    const u: User = {
      id: 'u1',
      username: 'alice',
      name: '=cmd|calc',
      email: 'alice@example.com',
      created_at: '2024-01-01T00:00:00Z',
      last_seen_at: '2024-02-01T00:00:00Z',
      status: 'active',
      login_type: 'password',
      organization_ids: ['o1', 'o2'],
      roles: [{ name: 'auditor', display_name: 'Auditor' }],
    };
    const lines = usersToCsv([u]).split('\r\n');
    expect(lines[0]).toBe(USER_CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      "alice,'=cmd|calc,alice@example.com,active,member auditor,password,false,2024-02-01T00:00:00Z,2024-01-01T00:00:00Z,2,u1",
    );
  });
});
