const loginTypeLabels: Record<string, string> = {
  password: 'Password',
  github: 'GitHub',
  oidc: 'OIDC',
  token: 'Token',
  none: 'None',
  '': '—',
};
export const loginTypeLabel = (t: string | undefined) => loginTypeLabels[t ?? ''] ?? t ?? '—';
