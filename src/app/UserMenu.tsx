import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import LogoutIcon from '@mui/icons-material/Logout';
import PersonIcon from '@mui/icons-material/Person';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import {
  Avatar,
  Divider,
  IconButton,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Menu,
  MenuItem,
  Tooltip,
  Typography,
} from '@mui/material';
import { useColorScheme } from '@mui/material/styles';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { User } from '../api/users';
import { useSignOut } from '../features/auth/useSignIn';
import { paths } from '../lib/paths';
import { imageSrc } from '../lib/imageUrl';

const modes = [
  { value: 'light', label: 'Light', icon: <LightModeIcon fontSize="small" /> },
  { value: 'dark', label: 'Dark', icon: <DarkModeIcon fontSize="small" /> },
  { value: 'system', label: 'System', icon: <SettingsBrightnessIcon fontSize="small" /> },
] as const;

export function UserMenu({ me }: { me: User }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { mode, setMode } = useColorScheme();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const close = () => setAnchor(null);

  return (
    <>
      <Tooltip title="Account">
        <IconButton
          onClick={(e) => setAnchor(e.currentTarget)}
          aria-label={`Account menu for ${me.username}`}
        >
          <Avatar
            src={imageSrc(me.avatar_url)}
            alt=""
            sx={{ width: 32, height: 32, bgcolor: 'primary.main', fontSize: 15 }}
          >
            {me.username.slice(0, 1).toUpperCase()}
          </Avatar>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={close}
        slotProps={{ paper: { sx: { minWidth: 220 } } }}
      >
        <ListSubheader sx={{ lineHeight: 1.4, py: 1 }}>
          <Typography variant="subtitle2" color="text.primary">
            {me.name || me.username}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {me.email || me.username}
          </Typography>
        </ListSubheader>
        <MenuItem component={RouterLink} to={paths.account()} onClick={close}>
          <ListItemIcon>
            <PersonIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>Account</ListItemText>
        </MenuItem>
        <Divider />
        <ListSubheader sx={{ lineHeight: 2 }}>Theme</ListSubheader>
        {modes.map((m) => (
          <MenuItem
            key={m.value}
            role="menuitemradio"
            aria-checked={mode === m.value}
            selected={mode === m.value}
            onClick={() => setMode(m.value)}
          >
            <ListItemIcon>{m.icon}</ListItemIcon>
            <ListItemText>{m.label}</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            signOut.mutate(undefined, { onSettled: () => navigate(paths.login(), { replace: true }) });
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>Sign out</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
