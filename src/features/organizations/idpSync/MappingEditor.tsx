import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import {
  Autocomplete,
  Button,
  Chip,
  IconButton,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { IdpSyncMapping } from '../../../api/idpSync';

export type MappingTarget = { id: string; label: string };

type Props = {
  /** Claim value → target ids (group ids, role names, organization ids). */
  mapping: IdpSyncMapping;
  onChange: (m: IdpSyncMapping) => void;
  readOnly: boolean;
  /** The values users brought for the claim field (`field-values`), offered as claim values. */
  claimValues: readonly string[];
  targets: readonly MappingTarget[];
  /** "Groups", "Roles", "Organizations": column header and labels. */
  noun: string;
  /** A target id whose rows are highlighted (and scrolled to), e.g. the group the user came from. */
  highlight?: string;
  caption: string;
};

const byLabel = (targets: readonly MappingTarget[], id: string): MappingTarget =>
  targets.find((t) => t.id === id) ?? { id, label: `Unknown (${id.slice(0, 8)})` };

/** Claim value → targets, one row per claim value; rows without targets are dropped on save. */
export function MappingEditor(props: Props) {
  const { mapping, onChange, readOnly, targets, noun, highlight, caption } = props;
  const rows = Object.entries(mapping).filter(([, ids]) => ids.length > 0 || !readOnly);
  const first = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (highlight) first.current?.scrollIntoView?.({ block: 'center' });
  }, [highlight]);
  let marked = false;
  return (
    <Stack spacing={1.5}>
      <TableContainer component={Paper} variant="outlined">
        <Table aria-label={caption} size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '35%' }}>Claim value</TableCell>
              <TableCell>{noun}</TableCell>
              {!readOnly && <TableCell sx={{ width: 56 }} aria-label="Actions" />}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={3}>
                  <Typography color="text.secondary">No mapping yet.</Typography>
                </TableCell>
              </TableRow>
            )}
            {rows.map(([claim, ids]) => {
              const hit = highlight !== undefined && ids.includes(highlight);
              const ref = hit && !marked ? first : undefined;
              if (hit) marked = true;
              return (
                <TableRow key={claim} selected={hit} ref={ref} aria-current={hit ? 'true' : undefined}>
                  <TableCell>
                    <Typography component="code" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                      {claim}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {readOnly ? (
                      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                        {ids.map((id) => (
                          <Chip key={id} size="small" label={byLabel(targets, id).label} />
                        ))}
                      </Stack>
                    ) : (
                      <Autocomplete
                        multiple
                        size="small"
                        options={targets as MappingTarget[]}
                        value={ids.map((id) => byLabel(targets, id))}
                        isOptionEqualToValue={(a, b) => a.id === b.id}
                        getOptionLabel={(t) => t.label}
                        onChange={(_, v) => onChange({ ...mapping, [claim]: v.map((t) => t.id) })}
                        renderInput={(params) => <TextField {...params} label={`${noun} for ${claim}`} />}
                      />
                    )}
                  </TableCell>
                  {!readOnly && (
                    <TableCell>
                      <IconButton
                        aria-label={`Remove mapping for ${claim}`}
                        onClick={() => {
                          const next = { ...mapping };
                          delete next[claim];
                          onChange(next);
                        }}
                      >
                        <DeleteIcon />
                      </IconButton>
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {!readOnly && <AddMapping {...props} />}
    </Stack>
  );
}

function AddMapping({ mapping, onChange, claimValues, targets, noun }: Props) {
  const [claim, setClaim] = useState('');
  const [picked, setPicked] = useState<MappingTarget[]>([]);
  const unmapped = claimValues.filter((v) => !(mapping[v]?.length ?? 0));
  const add = () => {
    const key = claim.trim();
    if (!key || picked.length === 0) return;
    const ids = [...new Set([...(mapping[key] ?? []), ...picked.map((t) => t.id)])];
    onChange({ ...mapping, [key]: ids });
    setClaim('');
    setPicked([]);
  };
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
      <Autocomplete
        freeSolo
        size="small"
        options={unmapped}
        inputValue={claim}
        onInputChange={(_, v) => setClaim(v)}
        sx={{ flex: 1, minWidth: 0 }}
        renderInput={(params) => <TextField {...params} label="New claim value" />}
      />
      <Autocomplete
        multiple
        size="small"
        options={targets as MappingTarget[]}
        value={picked}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        getOptionLabel={(t) => t.label}
        onChange={(_, v) => setPicked(v)}
        sx={{ flex: 1, minWidth: 0 }}
        renderInput={(params) => <TextField {...params} label={`${noun} to give`} />}
      />
      <Button variant="outlined" onClick={add} disabled={!claim.trim() || picked.length === 0}>
        Add mapping
      </Button>
    </Stack>
  );
}
