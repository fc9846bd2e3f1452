import { Alert, Button, Link, Menu, MenuItem, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { AssignableRole } from '../../api/common';
import type { User } from '../../api/users';
import type { BulkOp, BulkTargets, UserAbilities, UserAction } from './userActions';
import type { UserSelection } from './useUserSelection';

type Props = {
  selection: UserSelection;
  pageUsers: User[];
  count: number;
  filter: string;
  roles: AssignableRole[];
  can: UserAbilities;
  onAction: (a: UserAction) => void;
};

const n = (x: number) => x.toLocaleString('en-US');

/** Shown while rows are picked: offers "all N matching" and the bulk operations the caller may run. */
export function BulkBar({ selection, pageUsers, count, filter, roles, can, onAction }: Props) {
  const [menu, setMenu] = useState<{ el: HTMLElement; kind: 'addRole' | 'removeRole' } | null>(null);
  const picked = selection.allMatching ? count : selection.picked.size;
  if (picked === 0) return null;
  const targets: BulkTargets = selection.allMatching
    ? { filter, count }
    : { users: [...selection.picked.values()] };
  const run = (op: BulkOp) => onAction({ kind: 'bulk', op, targets });
  const wholePage = pageUsers.length > 0 && pageUsers.every((u) => selection.isPicked(u));
  return (
    <Alert
      severity="info"
      icon={false}
      sx={{ mb: 2, alignItems: 'center' }}
      role="region"
      aria-label="Bulk actions"
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignItems: { md: 'center' } }}>
        <Typography sx={{ fontWeight: 600 }}>{n(picked)} selected</Typography>
        {!selection.allMatching && wholePage && count > picked && (
          <Link component="button" type="button" onClick={selection.selectAllMatching}>
            Select all {n(count)} users matching this filter
          </Link>
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {can.update && (
            <>
              <Button size="small" variant="outlined" onClick={() => run({ kind: 'suspend' })}>
                Suspend
              </Button>
              <Button size="small" variant="outlined" onClick={() => run({ kind: 'activate' })}>
                Activate
              </Button>
            </>
          )}
          {can.assignRoles && (
            <>
              <Button
                size="small"
                variant="outlined"
                aria-haspopup="menu"
                onClick={(e) => setMenu({ el: e.currentTarget, kind: 'addRole' })}
              >
                Add role
              </Button>
              <Button
                size="small"
                variant="outlined"
                aria-haspopup="menu"
                onClick={(e) => setMenu({ el: e.currentTarget, kind: 'removeRole' })}
              >
                Remove role
              </Button>
            </>
          )}
          <Button size="small" color="inherit" onClick={selection.clear}>
            Clear selection
          </Button>
        </Stack>
      </Stack>
      <Menu anchorEl={menu?.el} open={Boolean(menu)} onClose={() => setMenu(null)}>
        {roles.map((r) => (
          <MenuItem
            key={r.name}
            disabled={!r.assignable}
            onClick={() => {
              if (menu) run({ kind: menu.kind, role: r.name, label: r.display_name || r.name });
              setMenu(null);
            }}
          >
            {r.display_name || r.name}
          </MenuItem>
        ))}
      </Menu>
    </Alert>
  );
}
