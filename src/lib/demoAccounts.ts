/** The seeded demo accounts (mock mode). Shared by the mock seed and the sign-in page. */
export const DEMO_PASSWORD = 'SomeSecurePassword!';

export type DemoAccount = { username: string; email: string; roles: string[]; label: string };

export const demoAccounts: readonly DemoAccount[] = [
  { username: 'admin', email: 'admin@example.com', roles: ['owner'], label: 'Owner' },
  { username: 'useradmin', email: 'useradmin@example.com', roles: ['user-admin'], label: 'User admin' },
  {
    username: 'templateadmin',
    email: 'templateadmin@example.com',
    roles: ['template-admin'],
    label: 'Template admin',
  },
  { username: 'auditor', email: 'auditor@example.com', roles: ['auditor'], label: 'Auditor' },
  {
    username: 'orgadmin',
    email: 'orgadmin@example.com',
    roles: [],
    label: 'Organization admin (default org)',
  },
  { username: 'member', email: 'member@example.com', roles: [], label: 'Member' },
  { username: 'alice', email: 'alice@example.com', roles: [], label: 'Member' },
  { username: 'bob', email: 'bob@example.com', roles: [], label: 'Member' },
  { username: 'carol', email: 'carol@example.com', roles: [], label: 'Member' },
  { username: 'suspended', email: 'suspended@example.com', roles: [], label: 'Suspended member' },
];
