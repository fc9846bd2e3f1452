/**
 * What a build produced, derived from the build row and the clock (nothing stored): the provisioner's log
 * lines (`ProvisionerJobLog`) and the resources with their agent and apps (`WorkspaceResource`).
 */
import type { BuildRow, TemplateRow, WorkspaceRow } from './db';

/** A uuid derived from a string (FNV-1a, four salts), so ids are stable across requests. */
export function stableUuid(seed: string): string {
  let hex = '';
  for (let salt = 0; salt < 4; salt++) {
    let h = 0x811c9dc5 ^ salt;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    hex += (h >>> 0).toString(16).padStart(8, '0');
  }
  const variant = '89ab'[parseInt(hex.charAt(16), 16) % 4] ?? '8';
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type Line = {
  stage: string;
  output: string;
  level?: 'info' | 'warn' | 'error';
  source?: 'provisioner_daemon';
};
type Kind = 'docker' | 'k8s' | 'vm' | 'notebook';

const kindOf = (t: TemplateRow | undefined): Kind => {
  const n = t?.name ?? '';
  if (n.includes('jupyter')) return 'notebook';
  if (n.includes('k8s') || n.includes('kubernetes')) return 'k8s';
  if (n.includes('aws')) return 'vm';
  return 'docker';
};
const COMPUTE: Record<Kind, { type: string; name: string; icon: string }> = {
  docker: { type: 'docker_container', name: 'workspace', icon: '/icon/docker.svg' },
  k8s: { type: 'kubernetes_deployment', name: 'main', icon: '/icon/k8s.svg' },
  vm: { type: 'aws_instance', name: 'dev', icon: '/icon/aws.svg' },
  notebook: { type: 'kubernetes_pod', name: 'notebook', icon: '/icon/jupyter.svg' },
};
const VOLUME: Record<Kind, string> = {
  docker: 'docker_volume',
  k8s: 'kubernetes_persistent_volume_claim',
  vm: 'aws_ebs_volume',
  notebook: 'kubernetes_persistent_volume_claim',
};

/** Every line the job will print, in order; `at` spreads them over its pending and running time. */
function script(b: BuildRow, t: TemplateRow | undefined): Line[] {
  const c = COMPUTE[kindOf(t)];
  const verb = b.transition === 'start' ? 'Starting' : b.transition === 'stop' ? 'Stopping' : 'Destroying';
  const apply =
    b.transition === 'start'
      ? [`${c.type}.${c.name}[0]: Creating...`, `${c.type}.${c.name}[0]: Creation complete after 2s`]
      : [`${c.type}.${c.name}[0]: Destroying...`, `${c.type}.${c.name}[0]: Destruction complete after 1s`];
  const lines: Line[] = [
    { stage: 'Setting up', output: '', source: 'provisioner_daemon' },
    { stage: 'Parsing template parameters', output: '', source: 'provisioner_daemon' },
    { stage: 'Detecting persistent resources', output: 'Terraform 1.9.8' },
    { stage: 'Detecting persistent resources', output: `${VOLUME[kindOf(t)]}.home: Refreshing state...` },
    { stage: `${verb} workspace`, output: 'Initializing the backend...' },
    { stage: `${verb} workspace`, output: 'Initializing provider plugins...' },
    ...apply.map((output) => ({ stage: `${verb} workspace`, output })),
  ];
  if (b.outcome === 'failed')
    lines.push({ stage: `${verb} workspace`, output: b.error ?? 'Error', level: 'error' });
  else
    lines.push({
      stage: `${verb} workspace`,
      output: `Apply complete! Resources: 1 added, 0 changed, 1 destroyed.`,
    });
  lines.push({ stage: 'Cleaning Up', output: '', source: 'provisioner_daemon' });
  return lines;
}

/** `GET /workspacebuilds/{id}/logs`: the lines printed by `now` (a running job's log grows). */
export function buildLogs(b: BuildRow, t: TemplateRow | undefined, now = Date.now()) {
  const start = Date.parse(b.created_at) + b.pending_ms;
  const canceledAt = b.canceled_at ? Date.parse(b.canceled_at) : Infinity;
  const all = script(b, t);
  const out = [];
  for (const [i, l] of all.entries()) {
    const at = start + Math.round((b.running_ms * i) / Math.max(1, all.length - 1));
    if (at > now || at > canceledAt) break;
    out.push({ at, ...l });
  }
  if (canceledAt <= now) {
    out.push({
      at: canceledAt,
      stage: 'Canceling',
      output: 'Build was canceled.',
      level: 'warn' as const,
      source: undefined,
    });
  }
  return out.map((l, i) => ({
    id: i + 1,
    created_at: new Date(l.at).toISOString(),
    log_source: l.source ?? 'provisioner',
    log_level: l.level ?? 'info',
    stage: l.stage,
    output: l.output,
  }));
}

const APPS: Record<Kind, { slug: string; display_name: string; icon: string; port: number }[]> = {
  docker: [
    { slug: 'code-server', display_name: 'code-server', icon: '/icon/code.svg', port: 13337 },
    { slug: 'filebrowser', display_name: 'File Browser', icon: '/icon/filebrowser.svg', port: 13339 },
  ],
  k8s: [{ slug: 'code-server', display_name: 'code-server', icon: '/icon/code.svg', port: 13337 }],
  vm: [{ slug: 'code-server', display_name: 'code-server', icon: '/icon/code.svg', port: 13337 }],
  notebook: [
    { slug: 'jupyter', display_name: 'JupyterLab', icon: '/icon/jupyter.svg', port: 8888 },
    { slug: 'code-server', display_name: 'code-server', icon: '/icon/code.svg', port: 13337 },
  ],
};

/** The agent's state follows the build: connecting while starting, connected once it ran, gone otherwise. */
function agentState(status: string) {
  if (status === 'running') return { status: 'connected', lifecycle_state: 'ready', app: 'healthy' };
  if (status === 'starting')
    return { status: 'connecting', lifecycle_state: 'starting', app: 'initializing' };
  return { status: 'disconnected', lifecycle_state: 'off', app: 'unhealthy' };
}

/**
 * `WorkspaceResource[]` of a build: a start builds the compute resource (with the agent and its apps) and
 * the home volume; a stop or delete leaves the volume only. A failed or canceled start has the volume only.
 */
export function buildResources(w: WorkspaceRow, b: BuildRow, t: TemplateRow | undefined, status: string) {
  const kind = kindOf(t);
  const jobId = b.job_id;
  const created = b.created_at;
  const volume = {
    id: stableUuid(`${w.id}:volume`),
    created_at: created,
    job_id: jobId,
    workspace_transition: b.transition,
    type: VOLUME[kind],
    name: 'home',
    hide: false,
    icon: '/icon/database.svg',
    agents: [],
    metadata: [{ key: 'size', value: '20 GiB', sensitive: false }],
    daily_cost: 0,
  };
  if (b.transition !== 'start' || !['running', 'starting'].includes(status)) return [volume];
  const c = COMPUTE[kind];
  const resourceId = stableUuid(`${b.id}:compute`);
  const agentId = stableUuid(`${b.id}:agent`);
  const s = agentState(status);
  const agent = {
    id: agentId,
    created_at: created,
    updated_at: created,
    resource_id: resourceId,
    name: 'main',
    status: s.status,
    lifecycle_state: s.lifecycle_state,
    operating_system: 'linux',
    architecture: 'amd64',
    version: 'v2.24.1',
    api_version: '2.6',
    directory: '/home/coder',
    expanded_directory: '/home/coder',
    connection_timeout_seconds: 120,
    troubleshooting_url: 'https://coder.com/docs/admin/templates/troubleshooting',
    logs_length: 0,
    logs_overflowed: false,
    apps: APPS[kind].map((a) => ({
      id: stableUuid(`${agentId}:${a.slug}`),
      slug: a.slug,
      display_name: a.display_name,
      icon: a.icon,
      url: `http://localhost:${a.port}`,
      external: false,
      subdomain: false,
      sharing_level: 'owner',
      health: s.app,
      hidden: false,
      open_in: 'slim-window',
    })),
    display_apps: ['vscode', 'web_terminal', 'ssh_helper', 'port_forwarding_helper'],
  };
  return [
    {
      id: resourceId,
      created_at: created,
      job_id: jobId,
      workspace_transition: b.transition,
      type: c.type,
      name: c.name,
      hide: false,
      icon: c.icon,
      agents: [agent],
      metadata: [
        {
          key: 'image',
          value: kind === 'notebook' ? 'jupyter/scipy-notebook' : 'codercom/enterprise-base:ubuntu',
          sensitive: false,
        },
        { key: 'cpu', value: kind === 'notebook' ? '8 cores · 1 GPU' : '4 cores', sensitive: false },
      ],
      daily_cost: 0,
    },
    volume,
  ];
}
