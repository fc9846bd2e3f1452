import { Avatar, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { imageSrc } from '../lib/imageUrl';

type Props = {
  username: string;
  name?: string;
  avatarUrl?: string;
  secondary?: ReactNode;
  to?: string;
  /** Called when the pointer or keyboard focus reaches the link (e.g. to prefetch its page). */
  onLinkIntent?: () => void;
  size?: number;
};

/** Avatar + username (+ name or another secondary line), optionally linking to the user's page. */
export function UserCell({ username, name, avatarUrl, secondary, to, onLinkIntent, size = 36 }: Props) {
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', minWidth: 0 }}>
      <Avatar src={imageSrc(avatarUrl)} alt="" sx={{ width: size, height: size, fontSize: size * 0.42 }}>
        {username.slice(0, 1).toUpperCase()}
      </Avatar>
      <Stack sx={{ minWidth: 0 }}>
        {to ? (
          <Link
            component={RouterLink}
            to={to}
            onPointerEnter={onLinkIntent}
            onFocus={onLinkIntent}
            underline="hover"
            color="inherit"
            sx={{ fontWeight: 600 }}
            noWrap
          >
            {username}
          </Link>
        ) : (
          <Typography sx={{ fontWeight: 600 }} noWrap>
            {username}
          </Typography>
        )}
        {(secondary ?? name) && (
          <Typography variant="body2" color="text.secondary" noWrap>
            {secondary ?? name}
          </Typography>
        )}
      </Stack>
    </Stack>
  );
}
