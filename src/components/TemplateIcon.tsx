import { Avatar } from './Avatar';

type Props = { src?: string; name: string; size: number };

/**
 * A template's icon. Icons are often drawn on a dark tile (e.g. a terminal) that vanishes on a dark row,
 * so in dark mode it gets a light ring that keeps its edge visible.
 */
export function TemplateIcon({ src, name, size }: Props) {
  return <Avatar src={src} letter={name} size={size} variant="rounded" ringInDark />;
}
