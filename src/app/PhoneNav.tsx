import { Drawer } from '@mui/material';
import type { ReactNode } from 'react';

/** The side navigation below `md`: a temporary drawer (lazy, see AppShell). */
export function PhoneNav({
  open,
  onClose,
  width,
  children,
}: {
  open: boolean;
  onClose: () => void;
  width: number;
  children: ReactNode;
}) {
  return (
    <Drawer open={open} onClose={onClose} sx={{ '& .MuiDrawer-paper': { width } }}>
      {children}
    </Drawer>
  );
}
