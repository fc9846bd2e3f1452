import { Avatar } from '@mui/material';
import { imageSrc } from '../lib/imageUrl';

type Props = { src?: string; name: string; size: number };

/**
 * A template's icon. Icons are often drawn on a dark tile (e.g. a terminal) that vanishes on a dark row,
 * so in dark mode it gets a light ring that keeps its edge visible.
 */
export function TemplateIcon({ src, name, size }: Props) {
  return (
    <Avatar
      src={imageSrc(src)}
      alt=""
      variant="rounded"
      sx={[
        { width: size, height: size, fontSize: size * 0.5 },
        (t) => t.applyStyles('dark', { boxShadow: '0 0 0 1px rgba(255 255 255 / 0.45)' }),
      ]}
    >
      {name.slice(0, 1).toUpperCase()}
    </Avatar>
  );
}
