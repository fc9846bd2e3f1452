import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 5000 });

const tpl = (name: string) => primaryDb().data.templates.find((t) => t.name === name)!;
const table = () => screen.findByRole('table', { name: 'Templates' });

describe('TemplatesPage', () => {
  it('lists templates with version, workspaces and deprecation; a template admin deprecates and undeprecates', async () => {
    const { user } = await renderRoute('/organizations/coder/templates', { as: 'templateadmin' });
    const legacy = within(await table()).getByRole('row', { name: /CentOS 7 \(legacy\)/ });
    expect(within(legacy).getByText('Deprecated')).toBeInTheDocument();
    // The message's link is a real, safe link; the rest stays text.
    expect(within(legacy).getByRole('link', { name: /coder\.com\/docs/ })).toHaveAttribute(
      'href',
      'https://coder.com/docs/admin/templates/managing-templates',
    );
    expect(
      await within(legacy).findByRole('link', { name: '2 workspaces on CentOS 7 (legacy)' }),
    ).toHaveAttribute('href', '/workspaces?filter=organization%3Acoder%20template%3Acentos7-legacy');
    const docker = within(await table()).getByRole('row', { name: /^Docker Containers docker/ });
    const version = tpl('docker').versions.find((v) => v.id === tpl('docker').active_version_id)!.name;
    expect(await within(docker).findByText(version)).toBeInTheDocument();

    await user.click(within(docker).getByRole('button', { name: 'Deprecate Docker Containers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deprecate Docker Containers' });
    // An empty message would lift, not set, a deprecation: the form asks for one.
    await user.click(within(dialog).getByRole('button', { name: 'Deprecate' }));
    expect(await within(dialog).findByText('Say why, and what to use instead.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Message'), 'Use k8s: https://example.com/k8s');
    expect(within(dialog).getByRole('link', { name: 'https://example.com/k8s' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Deprecate' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(tpl('docker').deprecated).toBe('Use k8s: https://example.com/k8s');
    // The metadata sent along is the template's own: nothing else changed.
    expect(tpl('docker').display_name).toBe('Docker Containers');
    const updated = within(await table()).getByRole('row', { name: /^Docker Containers docker/ });
    expect(await within(updated).findByText('Deprecated')).toBeInTheDocument();

    await user.click(within(updated).getByRole('button', { name: 'Undeprecate Docker Containers' }));
    const confirm = await screen.findByRole('dialog', { name: 'Undeprecate Docker Containers?' });
    await user.click(within(confirm).getByRole('button', { name: 'Undeprecate' }));
    await waitFor(() => expect(tpl('docker').deprecated).toBe(''));
  });

  it('without the access_control entitlement: Deprecate is off and says why', async () => {
    primaryDb().data.deployment.premium = false;
    primaryDb().changed();
    await renderRoute('/organizations/coder/templates', { as: 'admin' });
    expect(await screen.findByText('Template deprecation needs Coder Premium')).toBeInTheDocument();
    const docker = within(await table()).getByRole('row', { name: /^Docker Containers docker/ });
    expect(within(docker).getByRole('button', { name: 'Deprecate Docker Containers' })).toBeDisabled();
    // Lifting a deprecation stays allowed without the license, as on Coder.
    const legacy = within(await table()).getByRole('row', { name: /CentOS 7/ });
    expect(within(legacy).getByRole('button', { name: 'Undeprecate CentOS 7 (legacy)' })).toBeEnabled();
  });

  it('keeps the dialog and shows the server’s refusal in place (a license gone meanwhile)', async () => {
    const { user } = await renderRoute('/organizations/coder/templates', { as: 'admin' });
    const docker = within(await table()).getByRole('row', { name: /^Docker Containers docker/ });
    primaryDb().data.deployment.premium = false;
    await user.click(within(docker).getByRole('button', { name: 'Deprecate Docker Containers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deprecate Docker Containers' });
    await user.type(within(dialog).getByLabelText('Message'), 'Going away');
    await user.click(within(dialog).getByRole('button', { name: 'Deprecate' }));
    expect(
      await within(dialog).findByText(/enterprise license required for deprecation_message/),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Message')).toHaveValue('Going away');
    expect(tpl('docker').deprecated).toBe('');
  });

  it('a member sees the list without any Deprecate or Undeprecate action', async () => {
    await renderRoute('/organizations/coder/templates', { as: 'member' });
    const t = await table();
    expect(within(t).getByRole('row', { name: /CentOS 7/ })).toBeInTheDocument();
    expect(within(t).queryByRole('button', { name: /deprecate/i })).not.toBeInTheDocument();
    expect(within(t).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
  });
});
