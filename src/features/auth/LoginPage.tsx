import { useQuery } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authQueries } from '../../api/auth';
import { safeRedirect } from '../../lib/paths';
import { DEMO_PASSWORD, demoAccounts } from '../../lib/demoAccounts';
import { LoginPageView } from './LoginPageView';
import { useSignIn, useTokenSignIn } from './useSignIn';

const isMockMode = import.meta.env.VITE_MOCK_MODE === 'true';

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const redirect = safeRedirect(params.get('redirect'));
  const me = useQuery({ ...authQueries.me(), throwOnError: false });
  const methods = useQuery(authQueries.methods());
  const signIn = useSignIn();
  const tokenSignIn = useTokenSignIn();
  const done = { onSuccess: () => navigate(redirect, { replace: true }) };

  if (me.isSuccess && !signIn.isPending && !tokenSignIn.isPending) return <Navigate to={redirect} replace />;

  const pending = signIn.isPending || tokenSignIn.isPending;
  const error = signIn.error ?? tokenSignIn.error ?? (methods.isError ? methods.error : null);
  return (
    <LoginPageView
      passwordEnabled={methods.data?.password.enabled ?? true}
      demoAccounts={isMockMode ? demoAccounts : undefined}
      pending={pending}
      error={error}
      onPasswordSignIn={(values) => {
        tokenSignIn.reset();
        signIn.mutate(values, done);
      }}
      onTokenSignIn={(token) => {
        signIn.reset();
        tokenSignIn.mutate(token, done);
      }}
      onDemoSignIn={(a) => {
        tokenSignIn.reset();
        signIn.mutate({ email: a.email, password: DEMO_PASSWORD }, done);
      }}
    />
  );
}
