import AddIcon from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import { Suspense, useState } from 'react';
import type { Term } from '../lib/filterQuery';
import { lazyNamed } from '../lib/lazyNamed';

export type FilterKey = { key: string; description: string; values?: readonly string[]; example?: string };

// Autocomplete and Popover load on first use, not with the list page.
const FilterBuilderPopover = lazyNamed(() => import('./FilterBuilderPopover'), 'FilterBuilderPopover');

/** "Add filter": opens a popover to pick a key (with its description), then a value (suggested or typed). */
export function FilterBuilder({ keys, onAdd }: { keys: FilterKey[]; onAdd: (term: Term) => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button size="small" startIcon={<AddIcon />} onClick={(e) => setAnchor(e.currentTarget)}>
        Add filter
      </Button>
      {anchor && (
        <Suspense fallback={null}>
          <FilterBuilderPopover anchor={anchor} keys={keys} onAdd={onAdd} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
