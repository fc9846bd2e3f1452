import { Avatar, Box, Chip, Paper, Stack, Typography } from '@mui/material';
import type { WorkspaceAgent, WorkspaceResource } from '../../api/workspaceBuilds';
import { imageSrc } from '../../lib/imageUrl';

const agentColor = (status: string) =>
  status === 'connected'
    ? 'success'
    : status === 'connecting'
      ? 'info'
      : status === 'timeout'
        ? 'warning'
        : 'default';
const appColor = (health: string) =>
  health === 'healthy' ? 'success' : health === 'unhealthy' ? 'error' : 'default';

function Agent({ agent }: { agent: WorkspaceAgent }) {
  const apps = agent.apps.filter((a) => !a.hidden);
  return (
    <Box component="li" aria-label={`Agent ${agent.name}`} sx={{ listStyle: 'none', pl: { sm: 5 }, py: 1 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600 }}>Agent {agent.name}</Typography>
        <Chip size="small" variant="outlined" color={agentColor(agent.status)} label={agent.status} />
        {agent.lifecycle_state && (
          <Typography variant="body2" color="text.secondary">
            {agent.lifecycle_state.replace(/_/g, ' ')}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary">
          {[agent.operating_system, agent.architecture, agent.version].filter(Boolean).join(' · ')}
        </Typography>
      </Stack>
      {apps.length > 0 && (
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          component="ul"
          aria-label="Apps"
          sx={{ flexWrap: 'wrap', p: 0, mt: 1 }}
        >
          {apps.map((a) => (
            <Chip
              key={a.id}
              component="li"
              variant="outlined"
              color={appColor(a.health)}
              avatar={
                <Avatar src={imageSrc(a.icon)} alt="">
                  {(a.display_name || a.slug).charAt(0)}
                </Avatar>
              }
              label={`${a.display_name || a.slug}${a.health === 'healthy' || a.health === 'disabled' ? '' : ` · ${a.health}`}`}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
}

/** The latest build's resources, each with its agents and their apps (Coder's resources panel, read-only). */
export function WorkspaceResources({ resources }: { resources: WorkspaceResource[] }) {
  const shown = resources.filter((r) => !r.hide);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="ws-resources" sx={{ p: 2 }}>
      <Typography variant="h3" id="ws-resources" sx={{ pb: 1 }}>
        Resources
      </Typography>
      {shown.length === 0 && <Typography color="text.secondary">This build has no resources.</Typography>}
      <Stack component="ul" spacing={1.5} sx={{ p: 0, m: 0 }}>
        {shown.map((r) => (
          <Box component="li" key={r.id} aria-label={`${r.type}.${r.name}`} sx={{ listStyle: 'none' }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', minWidth: 0 }}>
              <Avatar src={imageSrc(r.icon)} alt="" variant="rounded" sx={{ width: 28, height: 28 }}>
                {r.name.charAt(0)}
              </Avatar>
              <Box sx={{ minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{r.name}</Typography>
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                  {[
                    r.type,
                    ...r.metadata.filter((m) => !m.sensitive).map((m) => `${m.key}: ${m.value}`),
                  ].join(' · ')}
                </Typography>
              </Box>
            </Stack>
            {r.agents.length > 0 && (
              <Box component="ul" sx={{ p: 0, m: 0 }}>
                {r.agents.map((a) => (
                  <Agent key={a.id} agent={a} />
                ))}
              </Box>
            )}
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}
