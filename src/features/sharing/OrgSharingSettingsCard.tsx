import { useNotify } from '../../components/NotifyContext';
import {
  Alert,
  Card,
  CardContent,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  sharingModes,
  useUpdateSharingSettings,
  workspaceAclQueries,
  type SharingMode,
} from '../../api/workspaceAcl';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { plural } from '../../lib/plural';

const MODE_TEXT: Record<SharingMode, { label: string; help: string }> = {
  everyone: { label: 'Everyone', help: 'Any member may share the workspaces they own.' },
  service_accounts: {
    label: 'Service accounts only',
    help: 'Only workspaces owned by service accounts can be shared (by the account or an admin).',
  },
  none: { label: 'Nobody', help: 'Sharing is off: nobody, not even admins, can share workspaces.' },
};
const breadth: Record<SharingMode, number> = { everyone: 2, service_accounts: 1, none: 0 };

type Props = {
  organizationId: string;
  /** `editSettings` in the organization; without it the card is read-only. */
  canEdit: boolean;
};

/**
 * The organization's Sharing tab: who may share workspaces in it. Narrowing deletes shares, so it is
 * confirmed with a count; widening applies at once.
 */
export function OrgSharingSettingsCard({ organizationId, canEdit }: Props) {
  const settings = useQuery(workspaceAclQueries.settings(organizationId));
  const update = useUpdateSharingSettings(organizationId);
  const notify = useNotify();
  /** A narrower mode chosen: its cost is counted (a query), then confirmed. */
  const [narrowTo, setNarrowTo] = useState<SharingMode>();
  const lost = useQuery(workspaceAclQueries.sharesLost(organizationId, narrowTo));
  const counting = lost.isFetching;

  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <Loader label="Loading sharing settings" />;
  const s = settings.data;
  const current = s.shareable_workspace_owners;
  const saved = () => notify({ text: 'Workspace sharing policy saved.' });
  const choose = (mode: SharingMode) => {
    if (mode === current) return;
    if (breadth[mode] > breadth[current]) return update.mutate(mode, { onSuccess: saved });
    setNarrowTo(mode);
  };
  const pending = narrowTo && lost.data !== undefined ? { mode: narrowTo, lost: lost.data } : undefined;
  return (
    <Card variant="outlined" sx={{ maxWidth: 720 }}>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h2" id="sharing-policy-title">
            Workspace sharing
          </Typography>
          <Typography color="text.secondary">Who may share workspaces in this organization.</Typography>
          {s.sharing_globally_disabled && (
            <Alert severity="info">
              Sharing is disabled for the whole deployment; this setting has no effect.
            </Alert>
          )}
          <RadioGroup
            aria-labelledby="sharing-policy-title"
            value={current}
            onChange={(e) => choose(e.target.value as SharingMode)}
          >
            {sharingModes.map((m) => (
              <FormControlLabel
                key={m}
                value={m}
                disabled={!canEdit || s.sharing_globally_disabled || update.isPending || counting}
                control={<Radio />}
                label={
                  <Stack sx={{ py: 0.5 }}>
                    <Typography>{MODE_TEXT[m].label}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {MODE_TEXT[m].help}
                    </Typography>
                  </Stack>
                }
              />
            ))}
          </RadioGroup>
          {!canEdit && (
            <Typography variant="body2" color="text.secondary">
              Only organization admins can change this.
            </Typography>
          )}
          {/* While the confirmation is open, it shows the error itself. */}
          {update.isError && !pending && <ErrorAlert error={update.error} />}
          {lost.isError && (
            <ErrorAlert
              title="Could not count affected workspaces"
              error={lost.error}
              onRetry={() => void lost.refetch()}
            />
          )}
        </Stack>
      </CardContent>
      {pending && (
        <ConfirmDialog
          title={`Change sharing to “${MODE_TEXT[pending.mode].label}”?`}
          confirmLabel="Change and remove shares"
          destructive
          onConfirm={() => update.mutateAsync(pending.mode).then(saved)}
          onClose={() => setNarrowTo(undefined)}
        >
          <Typography>
            {pending.lost === 0
              ? 'No workspace is shared in a way this setting forbids; no shares are removed.'
              : `${plural(pending.lost, 'workspace')} will lose ${pending.lost === 1 ? 'its' : 'their'} shares. This cannot be undone.`}
          </Typography>
        </ConfirmDialog>
      )}
    </Card>
  );
}
