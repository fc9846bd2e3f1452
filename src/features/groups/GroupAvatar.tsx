import { Avatar } from '@mui/material';
import type { Group } from '../../api/groups';
import { groupLabel } from './groupLabel';

export function GroupAvatar({ group, size = 36 }: { group: Group; size?: number }) {
  return (
    <Avatar src={group.avatar_url || undefined} alt="" sx={{ width: size, height: size }}>
      {groupLabel(group).slice(0, 1).toUpperCase()}
    </Avatar>
  );
}
