import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Avatar } from './Avatar';
import styles from './UserCell.module.css';

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

/**
 * Avatar + username (+ name or another secondary line), optionally linking to the user's page. Plain
 * elements styled by UserCell.module.css: every row of the users, workspaces and members lists has one.
 */
export function UserCell({ username, name, avatarUrl, secondary, to, onLinkIntent, size = 36 }: Props) {
  const second = secondary ?? name;
  return (
    <div className={styles.cell}>
      <Avatar src={avatarUrl} letter={username} size={size} />
      <div className={styles.text}>
        {to ? (
          <RouterLink className={styles.name} to={to} onPointerEnter={onLinkIntent} onFocus={onLinkIntent}>
            {username}
          </RouterLink>
        ) : (
          <span className={styles.name}>{username}</span>
        )}
        {second && <div className={styles.secondary}>{second}</div>}
      </div>
    </div>
  );
}
