/**
 * Faults (issue #13 §2): every mutation answered with 500, 403, 409, a timeout and offline, from one table.
 * Per mutation one page and one sign-in: the dialog or form is filled once, each fault is provoked in
 * turn (the error shows in place with the server's message, or a plain one for network failures, and
 * what was typed or staged stays), the server is checked untouched and the page showing it, then the
 * route is lifted and the same click succeeds.
 */
import type { Locator, Page, Route } from '@playwright/test';
import { expect, test, PASSWORD } from './fixtures';

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;
type Ctx = { page: Page; api: Api; loginElsewhere: (u: string, p?: string) => Promise<{ status: number }> };

const NETWORK = /The server could not be reached/;

type Fault = { name: string; answer: (route: Route) => Promise<void>; shows: RegExp };
export const FAULTS: Fault[] = [
  {
    name: '500',
    answer: (r) =>
      r.fulfill({
        status: 500,
        json: { message: 'Fault 500: internal error.', detail: 'pq: deadlock detected' },
      }),
    shows: /Fault 500: internal error\./,
  },
  {
    name: '403',
    answer: (r) =>
      r.fulfill({ status: 403, json: { message: 'Fault 403: forbidden.', detail: 'Not allowed.' } }),
    shows: /Fault 403: forbidden\./,
  },
  {
    name: '409',
    answer: (r) => r.fulfill({ status: 409, json: { message: 'Fault 409: conflict.' } }),
    shows: /Fault 409: conflict\./,
  },
  { name: 'timeout', answer: (r) => r.abort('timedout'), shows: NETWORK },
  { name: 'offline', answer: (r) => r.abort('internetdisconnected'), shows: NETWORK },
];

type Mutation = {
  name: string;
  as: string;
  /** Server-side preparation (through the API) before the page opens. */
  setup?: (c: Ctx) => Promise<void>;
  start: string;
  method: string;
  url: RegExp;
  /** Opens the dialog or form and types or stages the change; returns where the error must show. */
  prepare: (c: Ctx) => Promise<Locator>;
  /** The button that sends it. */
  button: (scope: Locator) => Locator;
  /** An open bug in a file this suite may not fix yet: the test is expected to fail until it is fixed. */
  knownIssue?: string;
  /** Requests one successful run sends to `url` (a restart is a stop build, then a start build). */
  requests?: number;
  /** What was typed or staged is still there after a failure. */
  kept: (scope: Locator, c: Ctx) => Promise<void>;
  /** The server's state is untouched, and the page shows it. */
  unchanged: (c: Ctx) => Promise<void>;
  /** After the retry succeeded: the server's state, and the page shows it. */
  done: (scope: Locator, c: Ctx) => Promise<void>;
};

type U = { status: string; roles: { name: string }[] };
/** A list row, also while a modal dialog hides the page from the accessibility tree. */
const row = (page: Page, text: string | RegExp) =>
  typeof text === 'string'
    ? page
        .getByRole('row', { includeHidden: true })
        .filter({ has: page.getByRole('link', { name: text, exact: true, includeHidden: true }) })
    : page.getByRole('row', { name: text, includeHidden: true });
const userMenu = async (page: Page, username: string, item: string | RegExp) => {
  await page.getByRole('button', { name: `More actions for ${username}` }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
};
const wsId = async (api: Api, owner: string, name: string) =>
  ((await api('GET', `/api/v2/users/${owner}/workspace/${name}`)).body as { id: string }).id;
const latest = async (api: Api, owner: string, name: string) =>
  (
    (await api('GET', `/api/v2/users/${owner}/workspace/${name}`)).body as {
      latest_build: { transition: string; status: string };
    }
  ).latest_build;
const acl = async (api: Api, owner: string, name: string) =>
  (await api('GET', `/api/v2/workspaces/${await wsId(api, owner, name)}/acl`)).body as {
    users: { username: string; role: string }[];
    group: { name: string; role: string }[];
  };
const fastBuilds = async ({ api }: Ctx) => {
  await api('POST', '/__mock/deployment', { build_timing: { pending_ms: 200, running_ms: 400 } });
};

const MUTATIONS: Mutation[] = [
  {
    name: 'create a user',
    as: 'useradmin',
    start: '/users',
    method: 'POST',
    url: /\/api\/v2\/users$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Create user' }).click();
      const d = page.getByRole('dialog', { name: 'Create user' });
      await d.getByRole('textbox', { name: /^Username/ }).fill('dana');
      await d.getByRole('textbox', { name: /^Email/ }).fill('dana@example.com');
      await d.getByLabel(/^Password/).fill('Dana-Strong-Password-2024');
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Create user' }),
    kept: async (d) => {
      await expect(d.getByRole('textbox', { name: /^Username/ })).toHaveValue('dana');
      await expect(d.getByRole('textbox', { name: /^Email/ })).toHaveValue('dana@example.com');
      await expect(d.getByLabel(/^Password/)).toHaveValue('Dana-Strong-Password-2024');
    },
    unchanged: async ({ api }) => expect((await api('GET', '/api/v2/users/dana')).status).toBe(404),
    done: async (_d, { page, api }) => {
      await expect(page).toHaveURL(/\/users\/dana$/);
      expect((await api('GET', '/api/v2/users/dana')).status).toBe(200);
    },
  },
  {
    name: 'suspend a user',
    as: 'useradmin',
    start: '/users?filter=alice',
    method: 'PUT',
    url: /\/api\/v2\/users\/[^/]+\/status\/suspend$/,
    prepare: async ({ page }) => {
      await userMenu(page, 'alice', /Suspend/);
      return page.getByRole('dialog', { name: 'Suspend alice?' });
    },
    button: (d) => d.getByRole('button', { name: 'Suspend' }),
    kept: (d) => expect(d.getByRole('button', { name: 'Suspend' })).toBeEnabled(),
    unchanged: async ({ page, api }) => {
      expect(((await api('GET', '/api/v2/users/alice')).body as U).status).toBe('active');
      await expect(row(page, 'alice').getByText('Active')).toBeVisible();
    },
    done: async (d, { page, api }) => {
      await expect(d).toBeHidden();
      await expect(row(page, 'alice').getByText('Suspended')).toBeVisible();
      expect(((await api('GET', '/api/v2/users/alice')).body as U).status).toBe('suspended');
    },
  },
  {
    name: 'activate a user',
    as: 'useradmin',
    setup: async ({ api }) => {
      expect((await api('PUT', '/api/v2/users/bob/status/suspend')).status).toBe(200);
    },
    start: '/users?filter=bob',
    method: 'PUT',
    url: /\/api\/v2\/users\/[^/]+\/status\/activate$/,
    prepare: async ({ page }) => {
      await userMenu(page, 'bob', 'Activate…');
      return page.getByRole('dialog', { name: 'Activate bob?' });
    },
    button: (d) => d.getByRole('button', { name: 'Activate' }),
    kept: (d) => expect(d.getByRole('button', { name: 'Activate' })).toBeEnabled(),
    unchanged: async ({ page, api }) => {
      expect(((await api('GET', '/api/v2/users/bob')).body as U).status).toBe('suspended');
      await expect(row(page, 'bob').getByText('Suspended')).toBeVisible();
    },
    done: async (d, { page, api }) => {
      await expect(d).toBeHidden();
      await expect(row(page, 'bob').getByText('Active')).toBeVisible();
      expect(((await api('GET', '/api/v2/users/bob')).body as U).status).toBe('active');
    },
  },
  {
    name: 'reset a password',
    as: 'useradmin',
    start: '/users?filter=bob',
    method: 'PUT',
    url: /\/api\/v2\/users\/[^/]+\/password$/,
    prepare: async ({ page }) => {
      await userMenu(page, 'bob', 'Reset password…');
      const d = page.getByRole('dialog', { name: 'Reset password for bob' });
      await expect(d.getByLabel('Temporary password')).not.toHaveValue('');
      await d.evaluate(
        (el) => ((el as HTMLElement).dataset.temp = (el.querySelector('input') as HTMLInputElement).value),
      );
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Reset password' }),
    kept: async (d) => {
      const temp = await d.getAttribute('data-temp');
      await expect(d.getByLabel('Temporary password')).toHaveValue(temp!);
    },
    unchanged: async ({ loginElsewhere }) => expect((await loginElsewhere('bob', PASSWORD)).status).toBe(201),
    done: async (d, { loginElsewhere }) => {
      const temp = await d.getAttribute('data-temp');
      await expect(d).toBeHidden();
      expect((await loginElsewhere('bob', temp!)).status).toBe(201);
    },
  },
  {
    name: 'delete a user',
    as: 'admin',
    setup: async ({ api }) => {
      const made = await api('POST', '/api/v2/users', {
        username: 'temp-person',
        email: 'temp@example.com',
        password: 'Temp-Person-Password-1',
        organization_ids: ['00000000-0000-0000-0000-000000000000'],
      });
      expect(made.status).toBe(201);
    },
    start: '/users?filter=temp-person',
    method: 'DELETE',
    url: /\/api\/v2\/users\/[^/]+$/,
    prepare: async ({ page }) => {
      await userMenu(page, 'temp-person', 'Delete…');
      const d = page.getByRole('dialog', { name: 'Delete temp-person?' });
      await d.getByLabel('Username', { exact: true }).fill('temp-person');
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Delete user' }),
    kept: (d) => expect(d.getByLabel('Username', { exact: true })).toHaveValue('temp-person'),
    unchanged: async ({ page, api }) => {
      expect((await api('GET', '/api/v2/users/temp-person')).status).toBe(200);
      await expect(row(page, 'temp-person')).toBeVisible();
    },
    done: async (_d, { page, api }) => {
      await expect(page.getByText('No users match this filter')).toBeVisible();
      expect((await api('GET', '/api/v2/users/temp-person')).status).toBe(404);
    },
  },
  {
    name: 'change site roles',
    as: 'admin',
    start: '/users?filter=alice',
    method: 'PUT',
    url: /\/api\/v2\/users\/[^/]+\/roles$/,
    prepare: async ({ page }) => {
      await userMenu(page, 'alice', 'Edit roles…');
      const d = page.getByRole('dialog', { name: 'Site roles for alice' });
      await d.getByRole('checkbox', { name: /Auditor/ }).check();
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Save roles' }),
    kept: (d) => expect(d.getByRole('checkbox', { name: /Auditor/ })).toBeChecked(),
    unchanged: async ({ page, api }) => {
      expect(((await api('GET', '/api/v2/users/alice/roles')).body as { roles: string[] }).roles).toEqual([]);
      await expect(row(page, 'alice').getByText('Auditor')).toHaveCount(0);
    },
    done: async (d, { page, api }) => {
      await expect(d).toBeHidden();
      await expect(row(page, 'alice').getByText('Auditor')).toBeVisible();
      expect(((await api('GET', '/api/v2/users/alice/roles')).body as { roles: string[] }).roles).toEqual([
        'auditor',
      ]);
    },
  },
  {
    name: 'create an organization',
    as: 'admin',
    start: '/organizations',
    method: 'POST',
    url: /\/api\/v2\/organizations$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Create organization' }).click();
      const d = page.getByRole('dialog');
      await d.getByRole('textbox', { name: /^Name/ }).fill('acme');
      await d.getByLabel('Display name').fill('Acme Corp');
      await d.getByLabel('Description').fill('Rockets and anvils.');
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Create organization' }),
    kept: async (d) => {
      await expect(d.getByRole('textbox', { name: /^Name/ })).toHaveValue('acme');
      await expect(d.getByLabel('Display name')).toHaveValue('Acme Corp');
      await expect(d.getByLabel('Description')).toHaveValue('Rockets and anvils.');
    },
    unchanged: async ({ api }) => expect((await api('GET', '/api/v2/organizations/acme')).status).toBe(404),
    done: async (_d, { page, api }) => {
      await expect(page).toHaveURL(/\/organizations\/acme\/members$/);
      expect((await api('GET', '/api/v2/organizations/acme')).status).toBe(200);
    },
  },
  {
    name: 'save organization settings',
    as: 'orgadmin',
    start: '/organizations/coder/settings',
    method: 'PATCH',
    url: /\/api\/v2\/organizations\/[^/]+$/,
    prepare: async ({ page }) => {
      const form = page.getByRole('form', { name: 'Organization settings' });
      await form.getByLabel('Display name').fill('Coder HQ');
      return form;
    },
    button: (f) => f.getByRole('button', { name: 'Save changes' }),
    kept: (f) => expect(f.getByLabel('Display name')).toHaveValue('Coder HQ'),
    unchanged: async ({ api }) =>
      expect((await api('GET', '/api/v2/organizations/coder')).body).not.toMatchObject({
        display_name: 'Coder HQ',
      }),
    done: async (f, { api }) => {
      await expect(f.getByText('Settings saved.')).toBeVisible();
      expect((await api('GET', '/api/v2/organizations/coder')).body).toMatchObject({
        display_name: 'Coder HQ',
      });
    },
  },
  {
    name: 'add an organization member',
    as: 'admin',
    setup: async ({ api }) => {
      expect((await api('POST', '/api/v2/organizations', { name: 'acme' })).status).toBe(201);
    },
    start: '/organizations/acme/members',
    method: 'POST',
    url: /\/api\/v2\/organizations\/[^/]+\/members\/[^/]+$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Add member' }).click();
      const d = page.getByRole('dialog');
      await d.getByLabel('User').fill('carol');
      await page
        .getByRole('option')
        .filter({ has: page.getByText('carol', { exact: true }) })
        .click();
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Add member' }),
    kept: (d) => expect(d.getByLabel('User')).toHaveValue('carol'),
    unchanged: async ({ page, api }) => {
      expect((await api('GET', '/api/v2/organizations/acme/members/carol')).status).toBe(404);
      await expect(row(page, /carol/)).toHaveCount(0);
    },
    done: async (d, { page, api }) => {
      // The row shows at once (optimistic); the dialog closes once the server has answered.
      await expect(d).toBeHidden();
      await expect(row(page, /carol/)).toBeVisible();
      expect((await api('GET', '/api/v2/organizations/acme/members/carol')).status).toBe(200);
    },
  },
  {
    name: 'remove an organization member',
    as: 'admin',
    setup: async ({ api }) => {
      expect((await api('POST', '/api/v2/organizations', { name: 'acme' })).status).toBe(201);
      expect((await api('POST', '/api/v2/organizations/acme/members/carol')).status).toBe(200);
    },
    start: '/organizations/acme/members',
    method: 'DELETE',
    url: /\/api\/v2\/organizations\/[^/]+\/members\/[^/]+$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Remove carol' }).click();
      return page.getByRole('dialog', { name: 'Remove carol?' });
    },
    button: (d) => d.getByRole('button', { name: 'Remove member' }),
    kept: (d) => expect(d.getByRole('button', { name: 'Remove member' })).toBeEnabled(),
    unchanged: async ({ page, api }) => {
      expect((await api('GET', '/api/v2/organizations/acme/members/carol')).status).toBe(200);
      await expect(row(page, /carol/)).toBeVisible();
    },
    done: async (d, { page, api }) => {
      await expect(d).toBeHidden();
      await expect(row(page, /carol/)).toHaveCount(0);
      expect((await api('GET', '/api/v2/organizations/acme/members/carol')).status).toBe(404);
    },
  },
  {
    name: 'change organization member roles',
    as: 'admin',
    setup: async ({ api }) => {
      expect((await api('POST', '/api/v2/organizations', { name: 'acme' })).status).toBe(201);
      expect((await api('POST', '/api/v2/organizations/acme/members/carol')).status).toBe(200);
    },
    start: '/organizations/acme/members',
    method: 'PUT',
    url: /\/api\/v2\/organizations\/[^/]+\/members\/[^/]+\/roles$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Edit roles of carol' }).click();
      const d = page.getByRole('dialog');
      await d.getByRole('checkbox', { name: /Organization Auditor/ }).check();
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Save roles' }),
    kept: (d) => expect(d.getByRole('checkbox', { name: /Organization Auditor/ })).toBeChecked(),
    unchanged: async ({ page, api }) => {
      expect((await api('GET', '/api/v2/organizations/acme/members/carol')).body).toMatchObject({
        roles: [],
      });
      await expect(row(page, /carol/).getByText('Organization Auditor')).toHaveCount(0);
    },
    done: async (d, { page, api }) => {
      await expect(d).toBeHidden();
      await expect(row(page, /carol/).getByText('Organization Auditor')).toBeVisible();
      expect((await api('GET', '/api/v2/organizations/acme/members/carol')).body).toMatchObject({
        roles: [{ name: 'organization-auditor' }],
      });
    },
  },
  {
    name: 'create a custom role',
    as: 'admin',
    start: '/organizations/platform/roles/new',
    method: 'POST',
    url: /\/api\/v2\/organizations\/[^/]+\/members\/roles$/,
    prepare: async ({ page }) => {
      const form = page.getByRole('form', { name: 'Create custom role' });
      await form.getByRole('textbox', { name: /^Name/ }).fill('group-maker');
      await form.getByRole('textbox', { name: /^Display name/ }).fill('Group maker');
      await form.getByLabel('group: create').check();
      return form;
    },
    button: (f) => f.getByRole('button', { name: 'Create role' }),
    kept: async (f) => {
      await expect(f.getByRole('textbox', { name: /^Name/ })).toHaveValue('group-maker');
      await expect(f.getByRole('textbox', { name: /^Display name/ })).toHaveValue('Group maker');
      await expect(f.getByLabel('group: create')).toBeChecked();
    },
    unchanged: async ({ api }) => {
      const roles = (await api('GET', '/api/v2/organizations/platform/members/roles')).body as {
        name: string;
      }[];
      expect(roles.map((r) => r.name)).not.toContain('group-maker');
    },
    done: async (_d, { page, api }) => {
      await expect(row(page, /Group maker/)).toBeVisible();
      const roles = (await api('GET', '/api/v2/organizations/platform/members/roles')).body as {
        name: string;
      }[];
      expect(roles.map((r) => r.name)).toContain('group-maker');
    },
  },
  {
    name: 'create a group',
    as: 'orgadmin',
    start: '/organizations/coder/groups',
    method: 'POST',
    url: /\/api\/v2\/organizations\/[^/]+\/groups$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Create group' }).click();
      const d = page.getByRole('dialog');
      await d.getByRole('textbox', { name: /^Name/ }).fill('release-crew');
      await d.getByLabel('Display name').fill('Release crew');
      await d.getByLabel('Quota allowance').fill('40');
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Create group' }),
    kept: async (d) => {
      await expect(d.getByRole('textbox', { name: /^Name/ })).toHaveValue('release-crew');
      await expect(d.getByLabel('Display name')).toHaveValue('Release crew');
      await expect(d.getByLabel('Quota allowance')).toHaveValue('40');
    },
    unchanged: async ({ page, api }) => {
      expect((await api('GET', '/api/v2/organizations/coder/groups/release-crew')).status).toBe(404);
      await expect(row(page, /Release crew/)).toHaveCount(0);
    },
    done: async (_d, { page, api }) => {
      await expect(page).toHaveURL(/\/groups\/coder\/release-crew$/);
      expect((await api('GET', '/api/v2/organizations/coder/groups/release-crew')).status).toBe(200);
    },
  },
  {
    name: 'edit a group',
    as: 'admin',
    setup: async ({ api }) => {
      expect((await api('POST', '/api/v2/organizations/coder/groups', { name: 'crew' })).status).toBe(201);
    },
    start: '/groups/coder/crew',
    method: 'PATCH',
    url: /\/api\/v2\/groups\/[^/]+$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Edit group' }).click();
      const d = page.getByRole('dialog');
      await d.getByLabel('Quota allowance').fill('80');
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Save group' }),
    kept: (d) => expect(d.getByLabel('Quota allowance')).toHaveValue('80'),
    unchanged: async ({ page, api }) => {
      expect((await api('GET', '/api/v2/organizations/coder/groups/crew')).body).toMatchObject({
        quota_allowance: 0,
      });
      await expect(page.getByText('· Quota allowance 80')).toHaveCount(0);
    },
    done: async (_d, { page, api }) => {
      await expect(page.getByText('· Quota allowance 80')).toBeVisible();
      expect((await api('GET', '/api/v2/organizations/coder/groups/crew')).body).toMatchObject({
        quota_allowance: 80,
      });
    },
  },
  {
    name: 'add a group member',
    as: 'admin',
    setup: async ({ api }) => {
      expect((await api('POST', '/api/v2/organizations/coder/groups', { name: 'crew' })).status).toBe(201);
    },
    start: '/groups/coder/crew',
    method: 'PATCH',
    url: /\/api\/v2\/groups\/[^/]+$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Add member' }).click();
      const d = page.getByRole('dialog');
      await d.getByLabel('Members').fill('bob');
      await page
        .getByRole('option')
        .filter({ has: page.getByText('bob', { exact: true }) })
        .click();
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Add to group' }),
    // The pick stays as a chip in the dialog.
    kept: (d) => expect(d.getByRole('button', { name: 'bob' })).toBeVisible(),
    unchanged: async ({ page, api }) => {
      expect((await api('GET', '/api/v2/organizations/coder/groups/crew')).body).toMatchObject({
        members: [],
      });
      await expect(row(page, /bob/)).toHaveCount(0);
    },
    done: async (d, { page, api }) => {
      await expect(d).toBeHidden();
      await expect(row(page, /bob/)).toBeVisible();
      expect((await api('GET', '/api/v2/organizations/coder/groups/crew')).body).toMatchObject({
        members: [{ username: 'bob' }],
      });
    },
  },
  ...(['start', 'stop', 'restart'] as const).map((transition): Mutation => ({
    name: `${transition} a workspace`,
    as: 'alice',
    setup: fastBuilds,
    start: transition === 'start' ? '/@alice/alice-k8s' : '/@alice/alice-dev',
    method: 'POST',
    url: /\/api\/v2\/workspaces\/[^/]+\/builds$/,
    prepare: async ({ page }) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      return page.getByRole('main');
    },
    button: (main) =>
      main.getByRole('button', { name: transition[0]!.toUpperCase() + transition.slice(1), exact: true }),
    requests: transition === 'restart' ? 2 : 1,
    kept: (main) =>
      expect(
        main.getByRole('button', { name: transition[0]!.toUpperCase() + transition.slice(1), exact: true }),
      ).toBeEnabled(),
    unchanged: async ({ page, api }) => {
      const name = transition === 'start' ? 'alice-k8s' : 'alice-dev';
      const b = await latest(api, 'alice', name);
      expect(b.transition).toBe(transition === 'start' ? 'stop' : 'start');
      await expect(
        page.getByText(transition === 'start' ? 'Stopped' : 'Running', { exact: true }).first(),
      ).toBeVisible();
    },
    done: async (_main, { api }) => {
      const name = transition === 'start' ? 'alice-k8s' : 'alice-dev';
      await expect
        .poll(async () => {
          const b = await latest(api, 'alice', name);
          return `${b.transition} ${b.status}`;
        })
        .toBe(transition === 'stop' ? 'stop stopped' : 'start running');
    },
  })),
  {
    name: 'save sharing in the Share dialog',
    as: 'admin',
    start: '/@oncall-sre/staging-env',
    method: 'PATCH',
    url: /\/api\/v2\/workspaces\/[^/]+\/acl$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Share' }).click();
      const d = page.getByRole('dialog', { name: 'Share staging-env' });
      await d.getByLabel('Add people or groups').fill('carol');
      await page.getByRole('option', { name: /Carol Danvers/ }).click();
      await d.getByRole('button', { name: 'Remove bob' }).click();
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Save' }),
    kept: async (d) => {
      await expect(d.getByRole('listitem', { name: 'carol' })).toBeVisible();
      await expect(d.getByRole('listitem', { name: 'bob' }).getByText('Will be removed')).toBeVisible();
    },
    unchanged: async ({ api }) => {
      const a = await acl(api, 'oncall-sre', 'staging-env');
      expect(a.users.map((u) => u.username)).toEqual(['bob']);
    },
    done: async (d, { api }) => {
      await expect(
        d.getByText(/Sharing saved\.|takes full effect after the workspace restarts/).first(),
      ).toBeVisible();
      const a = await acl(api, 'oncall-sre', 'staging-env');
      expect(a.users.map((u) => u.username)).toEqual(['carol']);
    },
  },
  {
    name: 'rotate access',
    as: 'admin',
    setup: fastBuilds,
    start: '/@oncall-sre/incident-room',
    method: 'PATCH',
    url: /\/api\/v2\/workspaces\/[^/]+\/acl$/,
    prepare: async ({ page }) => {
      await page.getByRole('button', { name: 'Share' }).click();
      await page
        .getByRole('dialog', { name: 'Share incident-room' })
        .getByRole('button', { name: 'Rotate access…' })
        .click();
      const d = page.getByRole('dialog', { name: 'Rotate access to incident-room' });
      await d.getByRole('combobox', { name: 'Outgoing' }).click();
      await page.getByRole('option', { name: 'carol (use)' }).click();
      await d.getByLabel('Incoming user or group').fill('bob');
      await page.getByRole('option', { name: /Bob Builder/ }).click();
      return d;
    },
    button: (d) => d.getByRole('button', { name: 'Apply and restart' }),
    kept: async (d) => {
      await expect(d.getByRole('combobox', { name: 'Outgoing' })).toHaveText(/carol \(use\)/);
      await expect(d.getByRole('alert').filter({ hasText: 'Incoming:' })).toContainText('bob');
    },
    unchanged: async ({ api }) => {
      const a = await acl(api, 'oncall-sre', 'incident-room');
      expect(a.users.map((u) => u.username)).toEqual(['carol']);
    },
    done: async (d, { api }) => {
      await expect(d.getByText('Access rotated and the workspace restarted.')).toBeVisible();
      const a = await acl(api, 'oncall-sre', 'incident-room');
      expect(a.users.map((u) => u.username)).toEqual(['bob']);
    },
  },
];

for (const m of MUTATIONS) {
  test(`${m.name}: 500, 403, 409, timeout and offline show in place, keep the input, retry succeeds`, async ({
    page,
    signIn,
    api,
    loginElsewhere,
  }) => {
    test.fail(m.knownIssue !== undefined, m.knownIssue ?? '');
    const c: Ctx = { page, api, loginElsewhere };
    await signIn(m.as, m.setup ? 'about:blank' : m.start);
    if (m.setup) {
      await m.setup(c);
      await page.goto(m.start);
    }
    const scope = await m.prepare(c);
    for (const fault of FAULTS) {
      await test.step(fault.name, async () => {
        let hits = 0;
        const handler = async (route: Route) => {
          if (route.request().method() !== m.method) return route.fallback();
          hits += 1;
          await fault.answer(route);
        };
        await page.route(m.url, handler);
        await m.button(scope).click();
        await expect.poll(() => hits).toBe(1);
        await expect(scope.getByText(fault.shows).first()).toBeVisible();
        await m.kept(scope, c);
        await page.unroute(m.url, handler);
      });
    }
    await test.step('the server is untouched and the page shows it', () => m.unchanged(c));
    // The retry is a double click, answered slowly: it must still be sent once (§2 "double click").
    await test.step('a double-clicked retry succeeds and is sent once', async () => {
      let hits = 0;
      await page.route(m.url, async (route) => {
        if (route.request().method() === m.method) {
          hits += 1;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        return route.fallback();
      });
      await m.button(scope).dblclick();
      await m.done(scope, c);
      await expect.poll(() => hits, 'requests sent by one double click').toBe(m.requests ?? 1);
      await page.waitForTimeout(500); // and no late second one
      expect(hits, 'requests sent by one double click').toBe(m.requests ?? 1);
    });
  });
}
