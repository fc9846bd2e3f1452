import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

const customRoles = () => primaryDb().data.customRoles;

// Full routes render the shell and lazy modules; a shared 2-core CI box needs more than the 1s default.
configure({ asyncUtilTimeout: 5000 });

describe('RolesPage', () => {
  it('shows built-in roles read-only with their permissions in plain words', async () => {
    const { user } = await renderRoute('/organizations/coder/roles', { as: 'admin' });
    const row = await screen.findByRole('row', { name: /Organization Auditor/ });
    expect(within(row).getByText('Built-in')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'View permissions of Organization Auditor' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('(audit_log:read)')).toBeInTheDocument();
  });

  it('creates a custom role from the permission matrix', async () => {
    const { user, router } = await renderRoute('/organizations/coder/roles', { as: 'admin' });
    await screen.findByRole('row', { name: /Workspace viewer/ });
    await user.click(await screen.findByRole('link', { name: 'Create custom role' }));
    await user.click(await screen.findByLabelText(/^Name/));
    await user.paste('group-editor');
    await user.click(screen.getByLabelText(/^Display name/));
    await user.paste('Group editor');
    await user.click(screen.getByLabelText('group: create'));
    await user.click(screen.getByLabelText('group: update'));
    await user.click(screen.getByRole('button', { name: 'Create role' }));
    expect(
      await screen.findByText('Custom role with 2 permissions in this organization.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organizations/coder/roles');
    expect(customRoles().find((r) => r.name === 'group-editor')?.organization_permissions).toEqual([
      { negate: false, resource_type: 'group', action: 'create' },
      { negate: false, resource_type: 'group', action: 'update' },
    ]);
  });

  it('edits and deletes a custom role', async () => {
    const { user } = await renderRoute('/organizations/coder/roles', { as: 'admin' });
    await user.click(await screen.findByRole('link', { name: 'Edit Workspace viewer' }));
    expect(await screen.findByLabelText('workspace: read')).toBeChecked();
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('readonly');
    await user.click(screen.getByLabelText('workspace: ssh'));
    await user.click(screen.getByRole('button', { name: 'Save role' }));
    await user.click(await screen.findByRole('button', { name: 'Delete Workspace viewer' }));
    expect(customRoles()[0]?.organization_permissions.map((p) => p.action)).toEqual(['read', 'ssh']);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete role' }));
    expect(await screen.findByText('This organization has no custom roles yet.')).toBeInTheDocument();
    expect(customRoles()).toHaveLength(0);
  });

  it('a member sees roles but cannot create or edit custom roles', async () => {
    await renderRoute('/organizations/coder/roles', { as: 'member' });
    expect(await screen.findByRole('row', { name: /Workspace viewer/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create custom role' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit Workspace viewer' })).not.toBeInTheDocument();
  });
});
