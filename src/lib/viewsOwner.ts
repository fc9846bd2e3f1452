import { createContext } from 'react';

/** Who saved views belong to: the deployment (its `deployment_id`, else the origin) and the user's id. */
export type ViewsOwner = { deployment: string; userId: string };

/**
 * Set by the signed-in layout (src/app/SavedViewsOwner.tsx) once it knows both; undefined until then.
 * Apart from the store (src/lib/useSavedViews.ts) so the layout, in every page's first load, carries
 * only this.
 */
export const ViewsOwnerContext = createContext<ViewsOwner | undefined>(undefined);
