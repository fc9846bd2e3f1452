import { IconButton } from '@mui/material';
import { Suspense, useState } from 'react';
import type { User } from '../api/users';
import { Avatar } from '../components/Avatar';
import { lazyNamed } from '../lib/lazyNamed';
import styles from './UserMenu.module.css';

// The menu (MUI's popover, menu list and their modal) is not on any page's first load: it loads when the
// pointer or focus reaches the button, and at the latest on the click.
const loadMenu = () => import('./AccountMenu');
const AccountMenu = lazyNamed(loadMenu, 'AccountMenu');

export function UserMenu({ me }: { me: User }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [opened, setOpened] = useState(false);

  return (
    <>
      <IconButton
        onClick={(e) => {
          setOpened(true);
          setAnchor(e.currentTarget);
        }}
        onPointerEnter={() => void loadMenu()}
        onFocus={() => void loadMenu()}
        aria-label={`Account menu for ${me.username}`}
        aria-haspopup="true"
        title="Account"
      >
        <Avatar src={me.avatar_url} letter={me.username} size={32} className={styles.avatar} />
      </IconButton>
      {opened && (
        <Suspense fallback={null}>
          <AccountMenu me={me} anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
