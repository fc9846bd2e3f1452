import type { Organization } from '../api/organizations';

/** What the switcher calls an organization: its display name, else its name. */
export const orgLabel = (o: Organization) => o.display_name || o.name;
