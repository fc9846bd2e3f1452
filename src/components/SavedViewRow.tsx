import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { Box, Button, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { nameProblem, type SavedView } from '../lib/savedViews';

export type RowControl = 'rename' | 'up' | 'down' | 'delete';

type Props = {
  view: SavedView;
  /** All views of the list (a new name must differ from the others'). */
  views: SavedView[];
  first: boolean;
  last: boolean;
  editing: boolean;
  /** Registers a row button, so focus can return to it after the list changes. */
  controlRef: (control: RowControl, el: HTMLButtonElement | null) => void;
  onEdit: (editing: boolean) => void;
  onRename: (name: string) => void;
  onMove: (delta: -1 | 1, control: RowControl) => void;
  onDelete: () => void;
};

/** One saved view in the manager: its name and filter, and buttons to rename, move and delete it. */
export function SavedViewRow({ view, ...p }: Props) {
  const control = (
    name: RowControl,
    tip: string,
    label: string,
    icon: ReactNode,
    onClick: () => void,
    disabled = false,
  ) => (
    <Tooltip title={tip} describeChild>
      {/* A disabled button fires no events: the span lets the tooltip still follow the pointer. */}
      <span>
        <IconButton
          ref={(el) => p.controlRef(name, el)}
          aria-label={label}
          onClick={onClick}
          disabled={disabled}
          size="small"
        >
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  const n = view.name;
  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
      {p.editing ? (
        <RenameForm view={view} views={p.views} onCancel={() => p.onEdit(false)} onSave={p.onRename} />
      ) : (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography sx={{ overflowWrap: 'anywhere' }}>{view.name}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {view.filter || 'No filter'} · {view.pageSize} per page
            </Typography>
          </Box>
          <Stack direction="row" sx={{ flexShrink: 0 }}>
            {control('rename', 'Rename', `Rename ${n}`, <EditIcon fontSize="small" />, () => p.onEdit(true))}
            {control(
              'up',
              'Move up',
              `Move ${n} up`,
              <ArrowUpwardIcon fontSize="small" />,
              () => p.onMove(-1, 'up'),
              p.first,
            )}
            {control(
              'down',
              'Move down',
              `Move ${n} down`,
              <ArrowDownwardIcon fontSize="small" />,
              () => p.onMove(1, 'down'),
              p.last,
            )}
            {control('delete', 'Delete', `Delete ${n}`, <DeleteIcon fontSize="small" />, p.onDelete)}
          </Stack>
        </Stack>
      )}
    </Box>
  );
}

function RenameForm({
  view,
  views,
  onCancel,
  onSave,
}: {
  view: SavedView;
  views: SavedView[];
  onCancel: () => void;
  onSave: (name: string) => void;
}) {
  const [name, setName] = useState(view.name);
  const [error, setError] = useState<string>();
  const save = () => {
    const problem = nameProblem(name, views, view.id);
    if (problem) setError(problem);
    else onSave(name.trim());
  };
  return (
    <Stack
      component="form"
      noValidate
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      sx={{ alignItems: { sm: 'flex-start' } }}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <TextField
        size="small"
        fullWidth
        label={`New name for ${view.name}`}
        value={name}
        // The field replaces the Rename button that was pressed: focus follows it.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onChange={(e) => {
          setName(e.target.value);
          setError(undefined);
        }}
        onKeyDown={(e) => {
          // Escape leaves the rename, not the dialog.
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
        error={Boolean(error)}
        helperText={error}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
        <Button type="submit" variant="contained" size="small" sx={{ height: 40 }}>
          Save name
        </Button>
        <Button size="small" sx={{ height: 40 }} onClick={onCancel}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  );
}
