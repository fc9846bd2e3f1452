import GroupsIcon from '@mui/icons-material/Groups';
import { Autocomplete, Avatar, Stack, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { workspaceAclQueries } from '../../api/workspaceAcl';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
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
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusOnOpen) return;
    // After the dialog's focus trap has placed focus on its container.
    const id = setTimeout(() => inputRef.current?.focus(), 0);
    return () => clearTimeout(id);
  }, [focusOnOpen]);
  const q = useDebouncedValue(text.trim(), 250);
  const members = useQuery({
    ...workspaceAclQueries.members(organizationId, q),
    placeholderData: keepPreviousData,
  });
  const groups = useQuery(workspaceAclQueries.groups(organizationId));
  const lower = q.toLowerCase();
  const options: NewSharee[] = [
    ...(members.data?.members ?? []).map((m) => ({
      kind: 'user' as const,
      id: m.user_id,
      name: m.username,
      secondary: m.name || m.email,
      avatarUrl: m.avatar_url,
    })),
    ...(groups.data ?? [])
      .filter(
        (g) => !lower || g.name.toLowerCase().includes(lower) || g.display_name.toLowerCase().includes(lower),
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
  // Never offer results for an older search: a click must pick what the current text found.
  const settled = text.trim() === q && !members.isPlaceholderData && Boolean(members.data);
  return (
    <Autocomplete
      options={settled ? options : []}
      value={null}
      inputValue={text}
      onInputChange={(_, v, reason) => setText(reason === 'reset' ? '' : v)}
      onChange={(_, v) => {
        if (v) onPick(v);
        setText('');
      }}
      filterOptions={(o) => o}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.kind === b.kind && a.id === b.id}
      groupBy={(o) => (o.kind === 'user' ? 'People' : 'Groups')}
      loading={!settled || groups.isFetching}
      noOptionsText={q ? 'Nobody matches' : 'Type to search'}
      renderOption={({ key, ...props }, o) => (
        <li key={key} {...props}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <Avatar src={o.avatarUrl || undefined} alt="" sx={{ width: 28, height: 28 }}>
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
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={focusOnOpen ? inputRef : undefined}
          label={label}
          placeholder="Search by username or group"
        />
      )}
    />
  );
}
