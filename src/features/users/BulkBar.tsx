import { formatCount } from '../../lib/plural';
import { Menu, MenuItem } from '../../components/Menu';
import { useState } from 'react';
import type { AssignableRole } from '../../api/common';
import type { User } from '../../api/users';
import { SelectionToolbar, type SelectionAction } from '../../components/SelectionToolbar';
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

const n = formatCount;

/** The users table's selection strip: "all N matching" and the bulk operations the caller may run. */
export function BulkBar({ selection, pageUsers, count, filter, roles, can, onAction }: Props) {
  const [menu, setMenu] = useState<{ el: HTMLElement; kind: 'addRole' | 'removeRole' } | null>(null);
  const picked = selection.allMatching ? count : selection.picked.size;
  const targets: BulkTargets = selection.allMatching
    ? { filter, count, sample: pageUsers.map((u) => u.username) }
    : { users: [...selection.picked.values()] };
  const run = (op: BulkOp) => onAction({ kind: 'bulk', op, targets });
  const wholePage = pageUsers.length > 0 && pageUsers.every((u) => selection.isPicked(u));
  const actions: SelectionAction[] = [
    ...(can.update
      ? [
          { label: 'Suspend', onClick: () => run({ kind: 'suspend' }) },
          { label: 'Activate', onClick: () => run({ kind: 'activate' }) },
        ]
      : []),
    ...(can.assignRoles
      ? [
          {
            label: 'Add role',
            hasMenu: true,
            onClick: (el: HTMLElement) => setMenu({ el, kind: 'addRole' }),
          },
          {
            label: 'Remove role',
            hasMenu: true,
            onClick: (el: HTMLElement) => setMenu({ el, kind: 'removeRole' }),
          },
        ]
      : []),
  ];
  return (
    <>
      <SelectionToolbar
        selected={picked}
        label={`${n(picked)} selected`}
        hint="Tick users to suspend, activate or change roles for several at once."
        actions={actions}
        extra={
          !selection.allMatching && wholePage && count > picked
            ? {
                label: `Select all ${n(count)} users matching this filter`,
                onClick: selection.selectAllMatching,
              }
            : undefined
        }
        onClear={selection.clear}
      />
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
    </>
  );
}
