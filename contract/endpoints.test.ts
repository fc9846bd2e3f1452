/** Every endpoint the client calls exists in Coder's OpenAPI document, with that method and those query keys. */
import { describe, expect, it } from 'vitest';
import { directFetchCalls, extractClientEndpoints } from './endpoints';
import { endpointProblems } from './checks';
import { loadContract } from './swagger';

const contract = loadContract();
const { endpoints, unresolved } = extractClientEndpoints();

describe('endpoints the client calls', () => {
  it('are all read from the source (no http() call the extractor cannot follow)', () => {
    expect(unresolved).toEqual([]);
    // Sanity: the extractor sees the client (login and the user list exist since the first commit).
    expect(endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(
      expect.arrayContaining(['POST /api/v2/users/login', 'GET /api/v2/users']),
    );
  });

  it('go through src/lib/http.ts only (no direct fetch)', () => {
    expect(directFetchCalls()).toEqual([]);
  });

  it.each(endpoints.map((e) => [`${e.method} ${e.path}`, e] as const))(
    '%s exists in the document',
    (_name, endpoint) => {
      expect(endpointProblems(contract.doc, endpoint)).toEqual([]);
    },
  );
});
