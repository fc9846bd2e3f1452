import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { buildQueries, type ProvisionerJobLog } from '../../api/workspaceBuilds';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';

/** Lines grouped under their stage, as Coder prints them; errors and warnings stand out. */
function groupByStage(logs: ProvisionerJobLog[]) {
  const groups: { stage: string; lines: ProvisionerJobLog[] }[] = [];
  for (const l of logs) {
    const last = groups[groups.length - 1];
    if (last && last.stage === l.stage) last.lines.push(l);
    else groups.push({ stage: l.stage, lines: [l] });
  }
  return groups;
}

const levelColor = (level: string) =>
  level === 'error' ? 'error.main' : level === 'warn' ? 'warning.main' : 'text.primary';

/** A build's provisioner log; follows the build while `active`. */
export function BuildLog({ buildId, active, label }: { buildId: string; active: boolean; label: string }) {
  const logs = useQuery(buildQueries.logs(buildId, active));
  if (logs.isError) return <ErrorAlert error={logs.error} onRetry={() => void logs.refetch()} />;
  if (!logs.data) return <Loader label="Loading log" />;
  if (!logs.data.length)
    return (
      <Typography color="text.secondary">
        {active ? 'Waiting for a provisioner to pick up the job…' : 'This build printed nothing.'}
      </Typography>
    );
  return (
    <Box
      component="section"
      aria-label={label}
      sx={{
        fontFamily: 'monospace',
        fontSize: '0.8125rem',
        maxHeight: 360,
        overflow: 'auto',
        bgcolor: 'action.hover',
        borderRadius: 1,
        p: 1.5,
      }}
    >
      {groupByStage(logs.data).map((g, i) => (
        <Box key={`${g.stage}-${i}`} sx={{ mb: 1 }}>
          <Typography component="h4" sx={{ fontFamily: 'inherit', fontSize: 'inherit', fontWeight: 600 }}>
            {g.stage}
          </Typography>
          {g.lines
            .filter((l) => l.output)
            .map((l) => (
              <Box
                key={l.id}
                component="pre"
                sx={{
                  m: 0,
                  pl: 2,
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-word',
                  color: levelColor(l.log_level),
                }}
              >
                {l.output}
              </Box>
            ))}
        </Box>
      ))}
    </Box>
  );
}
