import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import LogoutIcon from '@mui/icons-material/Logout';
import PersonIcon from '@mui/icons-material/Person';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import {
  Box,
  Divider,
  ListItemIcon,
  ListItemText,
  MenuItem,
  MenuList,
  Popover,
  Typography,
} from '@mui/material';
import { useColorScheme } from '@mui/material/styles';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { User } from '../api/users';
import { useSignOut } from '../features/auth/useSignIn';
import { paths } from '../lib/paths';

const modes = [
  { value: 'light', label: 'Light', icon: <LightModeIcon fontSize="small" /> },
  { value: 'dark', label: 'Dark', icon: <DarkModeIcon fontSize="small" /> },
  { value: 'system', label: 'System', icon: <SettingsBrightnessIcon fontSize="small" /> },
] as const;

/** The account menu's popover: who is signed in, Account, the theme and Sign out (lazy, see UserMenu). */
export function AccountMenu({
  me,
  anchor,
  onClose,
}: {
  me: User;
  anchor: HTMLElement | null;
  onClose: () => void;
}) {
  const { mode, setMode } = useColorScheme();
  const signOut = useSignOut();
  const navigate = useNavigate();

  return (
    // A popover holding who is signed in, then the menu: a menu's children are its items only.
    <Popover
      anchorEl={anchor}
      open={Boolean(anchor)}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { sx: { minWidth: 220 } } }}
    >
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <Typography variant="subtitle2">{me.name || me.username}</Typography>
        <Typography variant="caption" color="text.secondary">
          {me.email || me.username}
        </Typography>
      </Box>
      <Divider />
      <MenuList autoFocusItem aria-label={`Account menu for ${me.username}`}>
        <MenuItem component={RouterLink} to={paths.account()} onClick={onClose}>
          <ListItemIcon>
            <PersonIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>Account</ListItemText>
        </MenuItem>
        <Divider />
        {modes.map((m) => (
          <MenuItem
            key={m.value}
            role="menuitemradio"
            aria-checked={mode === m.value}
            selected={mode === m.value}
            onClick={() => setMode(m.value)}
          >
            <ListItemIcon>{m.icon}</ListItemIcon>
            <ListItemText>{m.label} theme</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            onClose();
            signOut.mutate(undefined, { onSettled: () => navigate(paths.login(), { replace: true }) });
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>Sign out</ListItemText>
        </MenuItem>
      </MenuList>
    </Popover>
  );
}
