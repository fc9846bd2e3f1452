import type { Group } from '../../api/groups';

export const groupLabel = (g: Group) => g.display_name || g.name;
