import {
  Checkbox,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { Permission } from '../../api/common';
import { rbacActionDescriptions, rbacResourceGroups } from '../../api/rbacResources';

type Props = { value: Permission[]; onChange?: (v: Permission[]) => void; readOnly?: boolean };

const has = (v: Permission[], type: string, action: string) =>
  v.some(
    (p) =>
      !p.negate &&
      (p.resource_type === type || p.resource_type === '*') &&
      (p.action === action || p.action === '*'),
  );

/** Resource types × actions, named as the server names them, grouped and explained. */
export function PermissionMatrix({ value, onChange, readOnly }: Props) {
  const toggle = (type: string, action: string) => {
    if (!onChange) return;
    if (has(value, type, action))
      onChange(value.filter((p) => !(p.resource_type === type && p.action === action)));
    else onChange([...value, { negate: false, resource_type: type, action }]);
  };
  return (
    <Stack spacing={3}>
      {rbacResourceGroups.map((g) => (
        <Stack key={g.label} spacing={1}>
          <Typography variant="h3" component="h3">
            {g.label}
          </Typography>
          <TableContainer>
            <Table size="small" aria-label={`${g.label} permissions`}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: '40%' }}>Resource</TableCell>
                  <TableCell>Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {g.resources.map((r) => (
                  <TableRow key={r.type}>
                    <TableCell>
                      <Typography sx={{ fontWeight: 600 }}>{r.label}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {r.description}
                      </Typography>
                      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                        {r.type}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', columnGap: 1.5 }}>
                        {r.actions.map((a) => (
                          <Stack
                            key={a}
                            component="label"
                            direction="row"
                            title={`Allows holders to ${rbacActionDescriptions[a] ?? a}`}
                            sx={{ alignItems: 'center' }}
                          >
                            <Checkbox
                              size="small"
                              checked={has(value, r.type, a)}
                              disabled={readOnly}
                              onChange={() => toggle(r.type, a)}
                              slotProps={{ input: { 'aria-label': `${r.type}: ${a}` } }}
                            />
                            <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                              {a}
                            </Typography>
                          </Stack>
                        ))}
                      </Stack>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Stack>
      ))}
    </Stack>
  );
}
