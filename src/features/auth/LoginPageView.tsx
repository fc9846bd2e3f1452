import LoginIcon from '@mui/icons-material/Login';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Divider,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { loginRequestSchema, type LoginRequest } from '../../api/auth';
import { DEMO_PASSWORD, type DemoAccount } from '../../lib/demoAccounts';
import { errorMessage } from '../../lib/http';
import { zodResolver } from '../../lib/forms';

type Props = {
  passwordEnabled: boolean;
  demoAccounts?: readonly DemoAccount[];
  pending: boolean;
  error: unknown;
  onPasswordSignIn: (values: LoginRequest) => void;
  onTokenSignIn: (token: string) => void;
  onDemoSignIn: (account: DemoAccount) => void;
};

export function LoginPageView(p: Props) {
  const [tab, setTab] = useState<'password' | 'token'>(p.passwordEnabled ? 'password' : 'token');
  const form = useForm<LoginRequest>({
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { email: '', password: '' },
  });
  const [token, setToken] = useState('');
  const { errors } = form.formState;
  const submitRef = useRef<HTMLButtonElement>(null);
  /** A demo row fills the form (what a person would type) and leaves focus on Sign in. */
  const fill = (a: DemoAccount) => {
    setTab('password');
    form.setValue('email', a.email, { shouldValidate: true });
    form.setValue('password', DEMO_PASSWORD, { shouldValidate: true });
    requestAnimationFrame(() => submitRef.current?.focus());
  };

  return (
    <Box
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default', p: 2 }}
    >
      <Stack spacing={3} sx={{ width: '100%', maxWidth: 440 }}>
        <Stack spacing={1} sx={{ alignItems: 'center' }}>
          <Box component="img" src="/favicon.svg" alt="" sx={{ width: 48, height: 48 }} />
          <Typography variant="h1" component="h1">
            Sign in to Coder
          </Typography>
          <Typography color="text.secondary">Administer users, organizations and workspaces.</Typography>
        </Stack>
        <Card>
          <CardContent>
            <Tabs value={tab} onChange={(_, v: 'password' | 'token') => setTab(v)} sx={{ mb: 2 }}>
              <Tab value="password" label="Password" disabled={!p.passwordEnabled} />
              <Tab value="token" label="Session token" />
            </Tabs>
            {p.error !== null && p.error !== undefined && (
              <Alert severity="error" sx={{ mb: 2 }} role="alert">
                {errorMessage(p.error)}
              </Alert>
            )}
            {tab === 'password' ? (
              // Keyed: the two forms are different inputs, not one input switching from uncontrolled to controlled.
              <Stack
                key="password"
                component="form"
                spacing={2}
                noValidate
                onSubmit={form.handleSubmit(p.onPasswordSignIn)}
              >
                <TextField
                  label="Email"
                  type="email"
                  autoComplete="email"
                  {...form.register('email')}
                  error={Boolean(errors.email)}
                  helperText={errors.email?.message}
                />
                <TextField
                  label="Password"
                  type="password"
                  autoComplete="current-password"
                  {...form.register('password')}
                  error={Boolean(errors.password)}
                  helperText={errors.password?.message}
                />
                <Button ref={submitRef} type="submit" variant="contained" size="large" loading={p.pending}>
                  Sign in
                </Button>
              </Stack>
            ) : (
              <Stack
                key="token"
                component="form"
                spacing={2}
                onSubmit={(e) => {
                  e.preventDefault();
                  if (token.trim()) p.onTokenSignIn(token);
                }}
              >
                <TextField
                  label="Session token"
                  value={token}
                  onChange={(e) => setToken(e.target.value)}
                  helperText="Create one with `coder tokens create`. It is kept for this browser tab only."
                  autoComplete="off"
                />
                <Button
                  type="submit"
                  variant="contained"
                  size="large"
                  loading={p.pending}
                  disabled={!token.trim()}
                >
                  Sign in with token
                </Button>
              </Stack>
            )}
          </CardContent>
        </Card>
        {p.demoAccounts && (
          <Card>
            <CardContent>
              <Typography variant="h3" component="h2" gutterBottom>
                Demo accounts
              </Typography>
              <Typography variant="body2" color="text.secondary">
                This dashboard is running on its built-in mock Coder server. Every account uses the password{' '}
                <code>{DEMO_PASSWORD}</code>. Pick an email to fill the form, or sign in at once.
              </Typography>
              <Divider sx={{ my: 1 }} />
              <List dense disablePadding aria-label="Demo accounts">
                {p.demoAccounts.map((a) => (
                  // The button sits in the row's flow (not absolutely placed), so a long role chip wraps
                  // instead of covering it on a phone.
                  <ListItem key={a.username} disableGutters disablePadding sx={{ gap: 1 }}>
                    <ListItemButton
                      onClick={() => fill(a)}
                      aria-label={`Fill in ${a.email}`}
                      sx={{ minWidth: 0, borderRadius: 1, px: 1 }}
                    >
                      <ListItemText
                        sx={{ minWidth: 0, my: 0.25 }}
                        primary={
                          <Stack
                            direction="row"
                            spacing={1}
                            useFlexGap
                            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                          >
                            <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
                              {a.email}
                            </Box>
                            <Chip size="small" label={a.label} variant="outlined" />
                          </Stack>
                        }
                        secondary={a.username}
                        slotProps={{ primary: { component: 'div' } }}
                      />
                    </ListItemButton>
                    <Button
                      size="small"
                      startIcon={<LoginIcon />}
                      onClick={() => p.onDemoSignIn(a)}
                      disabled={p.pending}
                      aria-label={`Sign in as ${a.username}`}
                      sx={{ flexShrink: 0 }}
                    >
                      Sign in
                    </Button>
                  </ListItem>
                ))}
              </List>
            </CardContent>
          </Card>
        )}
      </Stack>
    </Box>
  );
}
