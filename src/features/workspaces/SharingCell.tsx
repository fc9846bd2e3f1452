import ShareIcon from '@mui/icons-material/PeopleAlt';
import { Suspense, useState } from 'react';
import type { Workspace } from '../../api/workspaces';
import { Pill } from '../../components/Pill';
import { lazyNamed } from '../../lib/lazyNamed';
import { actorName } from './actorName';

// The list of sharees opens on a click: its popover (with MUI's modal) is not on the list's first load.
const SharingPopover = lazyNamed(() => import('./SharingPopover'), 'SharingPopover');

/** "alice, Frontend (group) +2": who a workspace is shared with, the same words for every viewer. */
function sharingSummary(ws: Workspace): string | undefined {
  const actors = ws.shared_with;
  if (!actors.length) return undefined;
  const named = actors.slice(0, 2).map(actorName).join(', ');
  return actors.length > 2 ? `${named} +${actors.length - 2}` : named;
}

/** The sharing column: a summary chip; a click lists every sharee with their role. */
export function SharingCell({ ws }: { ws: Workspace }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const summary = sharingSummary(ws);
  if (!summary) return null;
  const n = ws.shared_with.length;
  return (
    <>
      <Pill
        variant="outlined"
        icon={<ShareIcon fontSize="inherit" />}
        label={summary}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-label={`Shared with ${n} ${n === 1 ? 'person or group' : 'people and groups'}: ${summary}`}
        aria-haspopup="dialog"
      />
      {anchor && (
        <Suspense fallback={null}>
          <SharingPopover ws={ws} anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
