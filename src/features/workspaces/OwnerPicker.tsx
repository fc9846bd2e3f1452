import type { PaginatedMembers } from '../../api/members';
import { workspaceAclQueries } from '../../api/workspaceAcl';
import { ServerSearchAutocomplete } from '../../components/ServerSearchAutocomplete';

type Props = { organization: string; value: string; onChange: (username: string) => void; error?: string };
type Owner = { username: string; serviceAccount: boolean };

const ME: Owner = { username: 'me', serviceAccount: false };
const owners = (data: PaginatedMembers | undefined): Owner[] => [
  ME,
  ...(data?.members ?? [])
    .filter((m) => m.username !== 'me')
    .map((m) => ({ username: m.username, serviceAccount: Boolean(m.is_service_account) })),
];

/** Owner for a new workspace: "me" or any member of the organization (service accounts included), searched on the server. */
export function OwnerPicker({ organization, value, onChange, error }: Props) {
  return (
    <ServerSearchAutocomplete
      label="Owner"
      error={Boolean(error)}
      helperText={error ?? 'Admins may create workspaces for members and service accounts.'}
      search={(q) => workspaceAclQueries.members(organization || undefined, q === 'me' ? '' : q)}
      toOptions={owners}
      value={value === 'me' ? ME : { username: value, serviceAccount: false }}
      onChange={(_, v) => onChange(v?.username ?? 'me')}
      isOptionEqualToValue={(a, b) => a.username === b.username}
      getOptionLabel={(o) =>
        o.username === 'me'
          ? 'me (yourself)'
          : o.serviceAccount
            ? `${o.username} (service account)`
            : o.username
      }
      disableClearable
    />
  );
}
