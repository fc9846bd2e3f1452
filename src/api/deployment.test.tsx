import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http as mock, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../lib/demoAccounts';
import { http } from '../lib/http';
import { server } from '../mock/runtimes/node';
import { setSessionToken } from '../lib/session';
import { login } from './auth';
import { useFeature, useSharingGloballyDisabled } from './deployment';

async function signIn(username: string) {
  setSessionToken((await login({ email: `${username}@example.com`, password: DEMO_PASSWORD })).session_token);
}
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    {children}
  </QueryClientProvider>
);
const setDeployment = (body: object) => http('/__mock/deployment', { method: 'POST', body });

describe('feature detection from the deployment', () => {
  it('reads workspace sharing from the deployment config (owners)', async () => {
    await signIn('admin');
    const on = renderHook(() => useSharingGloballyDisabled(), { wrapper });
    await waitFor(() => expect(on.result.current).toBe(false));
    await setDeployment({ disable_workspace_sharing: true });
    const off = renderHook(() => useSharingGloballyDisabled(), { wrapper });
    await waitFor(() => expect(off.result.current).toBe(true));
  });

  it('falls back to false for callers who cannot read the config (members get 403)', async () => {
    await setDeployment({ disable_workspace_sharing: true });
    await signIn('member');
    const r = renderHook(() => useSharingGloballyDisabled(), { wrapper });
    await waitFor(() => expect(r.result.current).toBe(false));
  });

  it('reads Premium features from the entitlements', async () => {
    await signIn('admin');
    const premium = renderHook(() => useFeature('template_rbac'), { wrapper });
    await waitFor(() => expect(premium.result.current).toBe(true));
    await setDeployment({ premium: false });
    const oss = renderHook(() => useFeature('template_rbac'), { wrapper });
    await waitFor(() => expect(oss.result.current).toBe(false));
  });

  it('skips an entitlement entry it cannot read instead of dropping them all', async () => {
    await signIn('admin');
    const feature = { entitlement: 'entitled', enabled: true };
    server.use(
      mock.get('*/api/v2/entitlements', () =>
        HttpResponse.json({
          features: {
            template_rbac: feature,
            custom_roles: { ...feature, entitlement: 'some_new_state' },
            odd: {},
            other: null,
          },
          warnings: [],
          errors: [],
          has_license: true,
        }),
      ),
    );
    const rbac = renderHook(() => useFeature('template_rbac'), { wrapper });
    await waitFor(() => expect(rbac.result.current).toBe(true));
    const roles = renderHook(() => useFeature('custom_roles'), { wrapper });
    await waitFor(() => expect(roles.result.current).toBe(true));
  });
});
