import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mock/runtimes/node';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 5000 });

const coder = () => primaryDb().defaultOrg();
const groupId = (name: string) =>
  primaryDb().data.groups.find((g) => g.organization_id === coder().id && g.name === name)!.id;

describe('IdpSyncPage', () => {
  it('edits group sync with a live regex preview and a new mapping row, then saves', async () => {
    const { user } = await renderRoute('/organizations/coder/idp-sync', { as: 'orgadmin' });
    const form = await screen.findByRole('form', { name: 'Group sync' });
    expect(screen.getByText(/Changes apply at each user’s next sign-in/)).toBeInTheDocument();
    const kept = await within(form).findByRole('list', { name: 'Kept values' });
    expect(within(kept).getByText('eng-sre')).toBeInTheDocument();
    const ignored = within(form).getByRole('list', { name: 'Ignored values' });
    expect(within(ignored).getByText('vpn-users')).toBeInTheDocument();

    const regex = within(form).getByRole('textbox', { name: 'Regex filter' });
    await user.clear(regex);
    await user.type(regex, '^(eng|vpn)-');
    expect(
      within(within(form).getByRole('list', { name: 'Kept values' })).getByText('vpn-users'),
    ).toBeInTheDocument();

    await user.type(within(form).getByRole('combobox', { name: 'New claim value' }), 'eng-backend');
    await user.click(within(form).getByRole('combobox', { name: 'Groups to give' }));
    await user.click(await screen.findByRole('option', { name: 'Backend' }));
    await user.click(within(form).getByRole('button', { name: 'Add mapping' }));
    expect(within(form).getByRole('cell', { name: 'eng-backend' })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Remove mapping for eng-data' }));

    await user.click(within(form).getByRole('button', { name: 'Save group sync' }));
    expect(await within(form).findByText('Group sync saved.')).toBeInTheDocument();
    const stored = coder().group_sync!;
    expect(stored.regex_filter).toBe('^(eng|vpn)-');
    expect(stored.mapping?.['eng-backend']).toEqual([groupId('backend')]);
    expect(stored.mapping?.['eng-data']).toEqual([]);
    expect(stored.mapping?.['eng-sre']).toEqual([groupId('sre-oncall')]);
  });

  it('refuses an invalid regex in place and keeps the form when the server refuses', async () => {
    const { user } = await renderRoute('/organizations/coder/idp-sync', { as: 'admin' });
    const form = await screen.findByRole('form', { name: 'Group sync' });
    const regex = within(form).getByRole('textbox', { name: 'Regex filter' });
    await user.clear(regex);
    await user.type(regex, '(?!x)');
    await user.click(within(form).getByRole('button', { name: 'Save group sync' }));
    expect(await within(form).findByText(/Lookaround assertions are not supported/)).toBeInTheDocument();
    expect(coder().group_sync?.regex_filter).toBe('^eng-');

    // Go's RE2 refuses what JavaScript accepts: the server's decoding error lands under the field.
    server.use(
      http.patch('*/api/v2/organizations/:org/settings/idpsync/groups/config', () =>
        HttpResponse.json(
          {
            message: 'Request body must be valid JSON.',
            detail: 'error parsing regexp: invalid character class range: `\\p{Foo}`',
          },
          { status: 400 },
        ),
      ),
    );
    await user.clear(regex);
    await user.type(regex, '\\p{{Foo}');
    await user.click(within(form).getByRole('button', { name: 'Save group sync' }));
    expect(await within(form).findByText(/invalid character class range/)).toBeInTheDocument();
    expect(regex).toHaveValue('\\p{Foo}');
  });

  it('edits role sync: claim field and a claim value mapped to organization roles', async () => {
    const { user } = await renderRoute('/organizations/coder/idp-sync', { as: 'orgadmin' });
    const form = await screen.findByRole('form', { name: 'Role sync' });
    const field = within(form).getByRole('combobox', { name: 'Claim field' });
    await user.clear(field);
    await user.type(field, 'department');
    await user.type(within(form).getByRole('combobox', { name: 'New claim value' }), 'Research');
    await user.click(within(form).getByRole('combobox', { name: 'Roles to give' }));
    await user.click(await screen.findByRole('option', { name: 'Organization Auditor' }));
    await user.click(within(form).getByRole('button', { name: 'Add mapping' }));
    await user.click(within(form).getByRole('button', { name: 'Save role sync' }));
    expect(await within(form).findByText('Role sync saved.')).toBeInTheDocument();
    expect(coder().role_sync).toMatchObject({
      field: 'department',
      mapping: { Research: ['organization-auditor'], lead: ['organization-user-admin'] },
    });
  });

  it('shows the settings read-only to a caller who may only read them', async () => {
    const db = primaryDb();
    db.data.customRoles.push({
      name: 'idp-viewer',
      display_name: 'IdP viewer',
      organization_id: coder().id,
      organization_permissions: [{ negate: false, resource_type: 'idpsync_settings', action: 'read' }],
    });
    db.membership(coder().id, db.userByUsername('member')!.id)!.roles.push('idp-viewer');
    db.changed();
    await renderRoute('/organizations/coder/idp-sync', { as: 'member' });
    const form = await screen.findByRole('form', { name: 'Group sync' });
    expect(screen.getByText(/You can view these settings/)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Regex filter' })).toHaveAttribute('readonly');
    expect(within(form).getByRole('cell', { name: 'eng-sre' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add mapping' })).not.toBeInTheDocument();
  });

  it('hides the tab from a member and refuses its URL', async () => {
    await renderRoute('/organizations/coder/idp-sync', { as: 'member' });
    expect(await screen.findByRole('heading', { name: "You don't have access" })).toBeInTheDocument();
    expect(screen.getByText(/do not allow you to view IdP sync settings/)).toBeInTheDocument();
    const tabs = within(screen.getByRole('tablist', { name: 'Organization sections' }));
    expect(tabs.queryByRole('tab', { name: 'IdP sync' })).not.toBeInTheDocument();
  });
});

describe('groups fed by group sync', () => {
  it('link from the groups page to the mapping rows that feed them', async () => {
    const { user, router } = await renderRoute('/organizations/coder/groups', { as: 'orgadmin' });
    const row = (await screen.findByRole('link', { name: 'SRE on-call' })).closest('tr')!;
    await user.click(within(row).getByRole('link', { name: 'Mapped from eng-sre' }));
    const form = await screen.findByRole('form', { name: 'Group sync' });
    expect(router.state.location.search).toBe(`?group=${groupId('sre-oncall')}`);
    const current = within(form)
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-current') === 'true');
    expect(current.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['eng-sre']);
  });
});

describe('OrganizationSyncPage', () => {
  it('lets an owner map a claim value to organizations and stop assigning the default one', async () => {
    const { user } = await renderRoute('/deployment/idp-sync', { as: 'admin' });
    const form = await screen.findByRole('form', { name: 'Organization sync' });
    await user.click(within(form).getByRole('switch', { name: 'Assign the default organization' }));
    await user.type(within(form).getByRole('combobox', { name: 'New claim value' }), 'Sales');
    await user.click(within(form).getByRole('combobox', { name: 'Organizations to give' }));
    await user.click(await screen.findByRole('option', { name: 'Research Lab' }));
    await user.click(within(form).getByRole('button', { name: 'Add mapping' }));
    await user.click(within(form).getByRole('button', { name: 'Save organization sync' }));
    expect(await within(form).findByText('Organization sync saved.')).toBeInTheDocument();
    const research = primaryDb().org('research')!.id;
    expect(primaryDb().data.deployment.organization_sync).toMatchObject({
      field: 'department',
      organization_assign_default: false,
      mapping: { Sales: [research], Research: [research] },
    });
  });
});
