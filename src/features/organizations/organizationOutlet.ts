import { useOutletContext } from 'react-router';
import type { OrgPermissions } from '../../api/authcheck';
import type { Organization } from '../../api/organizations';

/** A tab: its route path under the organization, its label, and who may open it. */
export type OrganizationTab = {
  key: string;
  label: string;
  allow: (p: OrgPermissions) => boolean;
  /** What "not allowed" names for those who may not. */
  what: string;
};

/** What the organization's layout hands its tab routes (react-router's outlet context). */
export type OrganizationOutlet = { org: Organization; perms: OrgPermissions };

/** The organization and the caller's permissions in it, for a route rendered inside `OrganizationLayout`. */
export const useOrganizationOutlet = () => useOutletContext<OrganizationOutlet>();

/**
 * Which tab a child route belongs to (`handle: { orgTab: 'roles' }`), and whether it is the tab's own page
 * (`guarded`: refused to those the tab is hidden from) rather than a page under it (a custom role's form).
 */
export type OrganizationTabHandle = { orgTab: string; guarded: boolean };
export const isTabHandle = (h: unknown): h is OrganizationTabHandle =>
  typeof h === 'object' && h !== null && typeof (h as { orgTab?: unknown }).orgTab === 'string';
