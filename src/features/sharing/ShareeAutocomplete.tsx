import GroupsIcon from '@mui/icons-material/Groups';
import { Avatar, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { PaginatedMembers } from '../../api/members';
import { workspaceAclQueries } from '../../api/workspaceAcl';
import { ServerSearchAutocomplete } from '../../components/ServerSearchAutocomplete';
import { imageSrc } from '../../lib/imageUrl';
import type { NewSharee } from './useStagedAcl';
import { plural } from '../../lib/plural';

type Props = {
  organizationId: string;
  /** `kind:id` of the owner and everyone already listed. */
  exclude: Set<string>;
  onPick: (s: NewSharee) => void;
  label?: string;
  /** Take focus when mounted (the Share dialog opens ready to type). */
  focusOnOpen?: boolean;
};

/** One search over the organization's members (server-side `q`) and groups, for picking sharees. */
export function ShareeAutocomplete({
  organizationId,
  exclude,
  onPick,
  label = 'Add people or groups',
  focusOnOpen = false,
}: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusOnOpen) return;
    // After the dialog's focus trap has placed focus on its container.
    const id = setTimeout(() => inputRef.current?.focus(), 0);
    return () => clearTimeout(id);
  }, [focusOnOpen]);
  const groups = useQuery(workspaceAclQueries.groups(organizationId));
  const toOptions = (data: PaginatedMembers | undefined, q: string): NewSharee[] => {
    if (!data) return [];
    const lower = q.toLowerCase();
    return [
      ...data.members.map((m) => ({
        kind: 'user' as const,
        id: m.user_id,
        name: m.username,
        secondary: m.name || m.email,
        avatarUrl: m.avatar_url,
      })),
      ...(groups.data ?? [])
        .filter(
          (g) =>
            !lower || g.name.toLowerCase().includes(lower) || g.display_name.toLowerCase().includes(lower),
        )
        .map((g) => ({
          kind: 'group' as const,
          id: g.id,
          name: g.display_name || g.name,
          secondary: `Group · ${plural(g.total_member_count, 'member')}`,
          avatarUrl: g.avatar_url,
          memberCount: g.total_member_count,
        })),
    ].filter((o) => !exclude.has(`${o.kind}:${o.id}`));
  };
  return (
    <ServerSearchAutocomplete
      label={label}
      placeholder="Search by username or group"
      inputRef={inputRef}
      search={(q) => workspaceAclQueries.members(organizationId, q)}
      toOptions={toOptions}
      busy={groups.isFetching}
      clearOnPick
      value={null}
      onChange={(_, v) => {
        if (v) onPick(v);
      }}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.kind === b.kind && a.id === b.id}
      groupBy={(o) => (o.kind === 'user' ? 'People' : 'Groups')}
      noOptionsText="Nobody matches"
      renderOption={({ key, ...props }, o) => (
        <li key={key} {...props}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <Avatar src={imageSrc(o.avatarUrl)} alt="" sx={{ width: 28, height: 28 }}>
              {o.kind === 'group' ? <GroupsIcon fontSize="small" /> : o.name.slice(0, 1).toUpperCase()}
            </Avatar>
            <Stack>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {o.name}
              </Typography>
              {o.secondary && (
                <Typography variant="caption" color="text.secondary">
                  {o.secondary}
                </Typography>
              )}
            </Stack>
          </Stack>
        </li>
      )}
    />
  );
}
