import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import BoltIcon from '@mui/icons-material/Bolt';
import BusinessIcon from '@mui/icons-material/Business';
import DnsIcon from '@mui/icons-material/Dns';
import GroupsIcon from '@mui/icons-material/Groups';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import PersonIcon from '@mui/icons-material/Person';
import { Box, Typography } from '@mui/material';
import type { PaletteIcon, PaletteOption } from './paletteOptions';

const icons: Record<PaletteIcon, typeof PersonIcon> = {
  action: BoltIcon,
  page: ArrowForwardIcon,
  user: PersonIcon,
  workspace: DnsIcon,
  organization: BusinessIcon,
  group: GroupsIcon,
  keyboard: KeyboardIcon,
};

type Props = {
  id: string;
  option: PaletteOption;
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
};

/** One `option` of the palette's listbox: never focused itself (the text box keeps focus). */
export function PaletteOptionRow({ id, option, active, onChoose, onHover }: Props) {
  const Icon = icons[option.icon];
  return (
    <Box
      role="option"
      id={id}
      aria-selected={active}
      onClick={onChoose}
      onMouseMove={active ? undefined : onHover}
      // Keeps focus in the text box when the option is clicked.
      onMouseDown={(e) => e.preventDefault()}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1.5,
        mx: 1,
        px: 1.5,
        py: 0.75,
        borderRadius: 1,
        cursor: 'pointer',
        // Not by colour alone: the highlighted option also carries a bar on its left.
        ...(active && {
          bgcolor: 'action.hover',
          boxShadow: (t) => `inset 3px 0 0 ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
        }),
      }}
    >
      <Icon fontSize="small" color={active ? 'primary' : 'action'} />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography noWrap>{option.label}</Typography>
        {option.detail && (
          <Typography variant="body2" noWrap sx={{ color: 'text.secondary' }}>
            {option.detail}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
