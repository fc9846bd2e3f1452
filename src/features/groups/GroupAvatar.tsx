import { Avatar } from '@mui/material';
import type { Group } from '../../api/groups';
import { groupLabel } from './groupLabel';
import { imageSrc } from '../../lib/imageUrl';

export function GroupAvatar({ group, size = 36 }: { group: Group; size?: number }) {
  return (
    <Avatar src={imageSrc(group.avatar_url)} alt="" sx={{ width: size, height: size }}>
      {groupLabel(group).slice(0, 1).toUpperCase()}
    </Avatar>
  );
}
