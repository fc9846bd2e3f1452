import type { Workspace } from '../../api/workspaces';
import type { RowSelection } from '../../lib/useRowSelection';

/** Workspaces picked on the list page (lib/useRowSelection: it belongs to the filter, page and page size). */
export type WorkspaceSelection = RowSelection<Workspace>;
