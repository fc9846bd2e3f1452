import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { auditGroupQuery, auditUserQuery, type AuditDiffField } from '../../api/audit';
import { paths } from '../../lib/paths';
import { diffRows, type Principal } from './auditDiff';

const none = (
  <Typography component="span" variant="body2" color="text.secondary">
    (none)
  </Typography>
);

/** A user or group named by id in a diff: resolved to its name when the viewer may read it, else the id. */
function PrincipalName({ who }: { who: Principal }) {
  const user = useQuery({ ...auditUserQuery(who.id), enabled: who.kind === 'user' });
  const group = useQuery({ ...auditGroupQuery(who.id), enabled: who.kind === 'group' });
  if (who.kind === 'user' && user.data)
    return (
      <Link component={RouterLink} to={paths.user(user.data.username)}>
        {user.data.username}
      </Link>
    );
  if (who.kind === 'group' && group.data) return <>group {group.data.display_name || group.data.name}</>;
  return (
    <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
      {who.kind} {who.id}
    </Typography>
  );
}

/** Field, before → after, one row per change (ACL and membership changes one per user or group). */
export function AuditDiffTable({ diff, label }: { diff: Record<string, AuditDiffField>; label: string }) {
  const rows = diffRows(diff);
  if (!rows.length)
    return (
      <Typography variant="body2" color="text.secondary">
        No field changes recorded.
      </Typography>
    );
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            Field
          </TableCell>
          <TableCell component="th" scope="col">
            Before
          </TableCell>
          <TableCell component="th" scope="col">
            After
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={`${r.field}-${r.who?.id ?? i}`}>
            <TableCell component="th" scope="row" sx={{ verticalAlign: 'top' }}>
              <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
                {r.field}
              </Typography>
              {r.who && (
                <>
                  {' · '}
                  <PrincipalName who={r.who} />
                </>
              )}
            </TableCell>
            {r.secret ? (
              <TableCell colSpan={2}>
                <Typography component="span" variant="body2" color="text.secondary">
                  Secret changed (value not recorded)
                </Typography>
              </TableCell>
            ) : (
              <>
                <TableCell sx={{ verticalAlign: 'top', wordBreak: 'break-word' }}>{r.old || none}</TableCell>
                <TableCell sx={{ verticalAlign: 'top', wordBreak: 'break-word' }}>{r.new || none}</TableCell>
              </>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
