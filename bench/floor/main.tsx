/**
 * The floor (issue #16): the fastest /users this design can have, on the same stack (React, MUI with
 * emotion, react-router's data router, TanStack Query) and nothing else: no auth gate, no permission
 * checks, no lazy chunks. One route whose loader starts the one request for the first page of users, and
 * one MUI table with the users page's columns. `npm run bench` builds it (bench/floor/vite.config.ts) and
 * serves it at /floor/ beside the app, from the same preview server and mock, and reports the app's
 * figures as ratios of this page's.
 */
import {
  Avatar,
  Checkbox,
  Chip,
  CssBaseline,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  ThemeProvider,
  Typography,
  createTheme,
} from '@mui/material';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';

type User = {
  id: string;
  username: string;
  name?: string;
  email: string;
  avatar_url?: string;
  status: string;
  login_type?: string;
  roles?: { name: string; display_name?: string }[];
  last_seen_at?: string;
  created_at: string;
};

const firstPage = queryOptions({
  queryKey: ['users', 'floor'],
  queryFn: async ({ signal }) => {
    const res = await fetch('/api/v2/users?q=&limit=25&offset=0', { signal, credentials: 'include' });
    if (!res.ok) throw new Error(`users: ${res.status}`);
    return (await res.json()) as { users: User[]; count: number };
  },
});

const queryClient = new QueryClient();
const date = (iso?: string) => (iso ? new Date(iso).toLocaleDateString('en') : 'Never');

function Users() {
  const { data } = useQuery(firstPage);
  return (
    <Stack sx={{ p: 3 }} spacing={2}>
      <Typography variant="h1" sx={{ fontSize: '1.6rem', fontWeight: 600 }}>
        Users
      </Typography>
      <TableContainer>
        <Table sx={{ tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox" sx={{ width: 52 }}>
                <Checkbox slotProps={{ input: { 'aria-label': 'Select all' } }} />
              </TableCell>
              <TableCell>User</TableCell>
              <TableCell sx={{ width: 230 }}>Email</TableCell>
              <TableCell sx={{ width: 140 }}>Roles</TableCell>
              <TableCell sx={{ width: 108 }}>Status</TableCell>
              <TableCell sx={{ width: 100 }}>Login type</TableCell>
              <TableCell sx={{ width: 124 }}>Last seen</TableCell>
              <TableCell sx={{ width: 120 }}>Created</TableCell>
              <TableCell sx={{ width: 56 }} aria-label="Actions" />
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.users.map((u) => (
              <TableRow key={u.id} hover>
                <TableCell padding="checkbox">
                  <Checkbox slotProps={{ input: { 'aria-label': `Select ${u.username}` } }} />
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                    <Avatar src={u.avatar_url || undefined} sx={{ width: 32, height: 32 }}>
                      {u.username.slice(0, 1).toUpperCase()}
                    </Avatar>
                    <div>
                      <Typography variant="body2">{u.username}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {u.name}
                      </Typography>
                    </div>
                  </Stack>
                </TableCell>
                <TableCell>{u.email}</TableCell>
                <TableCell>
                  {(u.roles ?? []).map((r) => r.display_name || r.name).join(', ') || 'Member'}
                </TableCell>
                <TableCell>
                  <Chip size="small" label={u.status} color={u.status === 'active' ? 'success' : 'default'} />
                </TableCell>
                <TableCell>{u.login_type}</TableCell>
                <TableCell>{date(u.last_seen_at)}</TableCell>
                <TableCell>{date(u.created_at)}</TableCell>
                <TableCell>
                  <IconButton size="small" aria-label={`More actions for ${u.username}`}>
                    <MoreVertIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}

const router = createBrowserRouter([
  {
    path: '/floor/',
    loader: () => {
      void queryClient.prefetchQuery(firstPage);
      return null;
    },
    Component: Users,
  },
]);

createRoot(document.getElementById('root')!).render(
  <ThemeProvider theme={createTheme({ colorSchemes: { light: true, dark: true } })}>
    <CssBaseline />
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </ThemeProvider>,
);
