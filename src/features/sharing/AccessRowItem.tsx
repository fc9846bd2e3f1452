import GroupsIcon from '@mui/icons-material/Groups';
import {
  Avatar,
  Button,
  Chip,
  IconButton,
  ListItem,
  ListItemAvatar,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Tooltip,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import type { AclRole } from '../../api/workspaceAcl';
import { ADMIN_SHAREE_REASON, ROLE_HELP } from './roles';
import type { AccessRow } from './useStagedAcl';
import { imageSrc } from '../../lib/imageUrl';

type Props = {
  row: AccessRow;
  /** Whether `admin` may be chosen for this row (sharees holding admin invite with `use` only). */
  adminAllowed: boolean;
  /** The viewer's own row: nobody changes their own sharing role. */
  self: boolean;
  onRole: (role: AclRole) => void;
  onRemove: () => void;
  onUndo: () => void;
};

export function AccessRowItem({ row, adminAllowed, self, onRole, onRemove, onUndo }: Props) {
  const who = `${row.name}${row.kind === 'group' ? ' (group)' : ''}`;
  const actions = row.removed ? (
    <Button size="small" onClick={onUndo} aria-label={`Undo removal of ${who}`}>
      Undo
    </Button>
  ) : (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={`Role for ${row.name}`}
        value={row.role}
        onChange={(e) => onRole(e.target.value as AclRole)}
        disabled={self}
        sx={{ width: 130 }}
        slotProps={{ select: { renderValue: (v) => String(v) } }}
      >
        {(['use', 'admin'] as const).map((r) => (
          <MenuItem
            key={r}
            value={r}
            disabled={r === 'admin' && !adminAllowed && row.role !== 'admin'}
            sx={{ whiteSpace: 'normal', maxWidth: 360, display: 'block' }}
          >
            <strong>{r}</strong>
            <br />
            <small>{r === 'admin' && !adminAllowed ? ADMIN_SHAREE_REASON : ROLE_HELP[r]}</small>
          </MenuItem>
        ))}
      </TextField>
      <Tooltip title={self ? 'You cannot remove yourself' : `Remove ${row.name}`}>
        <span>
          <IconButton aria-label={`Remove ${row.name}`} onClick={onRemove} disabled={self}>
            <CloseIcon />
          </IconButton>
        </span>
      </Tooltip>
    </Stack>
  );
  // The actions follow the name in the row's flow (not MUI's absolutely placed secondary action, which
  // needs a fixed gap): where the name and its chips leave no room (a phone), they wrap to a line of their
  // own, right-aligned, and nothing is clipped.
  return (
    <ListItem divider aria-label={who} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      <ListItemAvatar>
        <Avatar src={imageSrc(row.avatarUrl)} alt="">
          {row.kind === 'group' ? <GroupsIcon /> : row.name.slice(0, 1).toUpperCase()}
        </Avatar>
      </ListItemAvatar>
      <ListItemText
        sx={{ flex: '1 1 180px', minWidth: 0, overflowWrap: 'anywhere' }}
        primary={
          // A staged removal is struck through and chipped, never faded: faded text fails contrast.
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            component="span"
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
          >
            <span style={row.removed ? { textDecoration: 'line-through' } : undefined}>{row.name}</span>
            {row.added && <Chip size="small" color="info" label="New" component="span" />}
            {row.changed && <Chip size="small" label="Changed" component="span" />}
            {row.removed && <Chip size="small" color="warning" label="Will be removed" component="span" />}
          </Stack>
        }
        secondary={
          self
            ? 'You · nobody changes their own sharing role'
            : row.kind === 'group'
              ? (row.secondary ?? 'Group')
              : row.secondary
        }
      />
      <Stack direction="row" sx={{ ml: 'auto', pl: 1, alignItems: 'center' }}>
        {actions}
      </Stack>
    </ListItem>
  );
}
