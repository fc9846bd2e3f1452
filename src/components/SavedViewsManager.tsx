import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { downloadText } from '../lib/csv';
import {
  exportViews,
  mergeImport,
  parseImport,
  scopeNoun,
  type SavedView,
  type ViewScope,
} from '../lib/savedViews';
import type { SavedViewsStore } from '../lib/useSavedViews';
import '../lib/zodEnglish'; // the import's problems are zod issues: in English
import { SavedViewRow, type RowControl } from './SavedViewRow';

type Props = { scope: ViewScope; store: SavedViewsStore; onClose: () => void };

const MAX_FILE_BYTES = 512 * 1024;

/**
 * Rename, reorder (Move up / Move down: keyboard first, no dragging), delete, export and import a list's
 * saved views. Every change is stored at once; the status line says what happened. Focus stays with the
 * row a button acted on (or moves to a neighbour when the row is gone).
 */
export function SavedViewsManager({ scope, store, onClose }: Props) {
  const { views } = store;
  const [editing, setEditing] = useState<string>();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | 'import'>(undefined);
  useEffect(() => {
    const next = focusNext.current;
    if (next === undefined) return;
    focusNext.current = undefined;
    (next === 'import' ? importButton.current : controls.current.get(next))?.focus();
  });

  const write = (next: SavedView[], said: string) => {
    const failed = store.write(next);
    setProblem(failed);
    if (!failed) setStatus(said);
    return !failed;
  };

  const move = (v: SavedView, delta: -1 | 1, control: RowControl) => {
    const next = views.filter((x) => x.id !== v.id);
    const to = views.indexOf(v) + delta;
    next.splice(to, 0, v);
    if (!write(next, `Moved “${v.name}” to position ${to + 1} of ${next.length}.`)) return;
    // The button pressed, unless the view reached the end it moved to (then that button is disabled).
    const atEnd = (delta < 0 && to === 0) || (delta > 0 && to === next.length - 1);
    const opposite = control === 'up' ? 'down' : 'up';
    focusNext.current = `${v.id}:${atEnd ? opposite : control}`;
  };

  const remove = (v: SavedView) => {
    const index = views.indexOf(v);
    const next = views.filter((x) => x.id !== v.id);
    if (!write(next, `Deleted “${v.name}”.`)) return;
    const neighbour = next[index] ?? next[index - 1];
    focusNext.current = neighbour ? `${neighbour.id}:delete` : 'import';
  };

  const rename = (v: SavedView, name: string) => {
    const next = views.map((x) => (x.id === v.id ? { ...x, name } : x));
    if (!write(next, `Renamed “${v.name}” to “${name}”.`)) return;
    setEditing(undefined);
    focusNext.current = `${v.id}:rename`;
  };

  const importFile = async (file: File) => {
    setStatus('');
    if (file.size > MAX_FILE_BYTES) return setProblem('This file is too large to be a file of saved views.');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setProblem(`Could not read “${file.name}”.`);
    }
    const parsed = parseImport(text, scope);
    if (!parsed.ok) return setProblem(`Could not import “${file.name}”: ${parsed.error}`);
    if (parsed.views.length === 0) return setProblem(`“${file.name}” holds no views.`);
    const merged = mergeImport(views, parsed.views);
    if (!merged.ok) return setProblem(`Could not import “${file.name}”: ${merged.error}`);
    const replaced = merged.replaced ? ` (${merged.replaced} replaced a view of the same name)` : '';
    const n = merged.added + merged.replaced;
    write(merged.views, `Imported ${n} ${n === 1 ? 'view' : 'views'}${replaced}.`);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="manage-views-title" aria-describedby="manage-views-help">
      <DialogTitle id="manage-views-title">Manage saved views</DialogTitle>
      <DialogContent>
        <Typography id="manage-views-help" variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Your views of {scopeNoun[scope]} are kept in this browser, for you on this deployment. Export them
          to move them to another browser.
        </Typography>
        {problem && (
          <Alert severity="error" sx={{ mb: 2 }} onClose={() => setProblem(undefined)}>
            {problem}
          </Alert>
        )}
        {views.length === 0 ? (
          <Typography sx={{ py: 2 }}>
            No saved views yet. Save one from “Saved views”, or import a file.
          </Typography>
        ) : (
          <Box component="ol" aria-label="Saved views" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {views.map((v, i) => (
              <SavedViewRow
                key={v.id}
                view={v}
                views={views}
                first={i === 0}
                last={i === views.length - 1}
                editing={editing === v.id}
                controlRef={(control, el) => {
                  const key = `${v.id}:${control}`;
                  if (el) controls.current.set(key, el);
                  else controls.current.delete(key);
                }}
                onEdit={(on) => {
                  setEditing(on ? v.id : undefined);
                  if (!on) focusNext.current = `${v.id}:rename`;
                }}
                onRename={(name) => rename(v, name)}
                onMove={(delta, control) => move(v, delta, control)}
                onDelete={() => remove(v)}
              />
            ))}
          </Box>
        )}
        <Typography role="status" variant="body2" color="text.secondary" sx={{ mt: 1.5, minHeight: '1.5em' }}>
          {status}
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button
          disabled={views.length === 0}
          onClick={() =>
            downloadText(`saved-views-${scope}.json`, exportViews(scope, views), 'application/json')
          }
        >
          Export JSON
        </Button>
        <Button ref={importButton} onClick={() => fileInput.current?.click()}>
          Import JSON…
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="File of saved views to import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // choosing the same file again still imports it
            if (file) void importFile(file);
          }}
        />
        <Box sx={{ flex: 1 }} />
        <Button variant="contained" onClick={onClose}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
