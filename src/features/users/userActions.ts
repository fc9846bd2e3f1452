import type { User } from '../../api/users';

/** A bulk operation over several users. */
export type BulkOp =
  | { kind: 'suspend' }
  | { kind: 'activate' }
  | { kind: 'addRole'; role: string; label: string }
  | { kind: 'removeRole'; role: string; label: string };

/** Either picked rows, or everything the filter matches (collected page by page when run). */
/** Picked users, or "all `count` matching `filter`" with the usernames already on screen (`sample`). */
export type BulkTargets = { users: User[] } | { filter: string; count: number; sample: string[] };

/** The one piece of dialog state on the Users page (STYLE §7). */
export type UserAction =
  | { kind: 'suspend' | 'activate' | 'delete' | 'resetPassword' | 'roles'; user: User }
  | { kind: 'create' }
  | { kind: 'export' }
  | { kind: 'bulk'; op: BulkOp; targets: BulkTargets };

/** What the signed-in user may do here, from authcheck (never from role names). */
export type UserAbilities = {
  create: boolean;
  update: boolean;
  delete: boolean;
  assignRoles: boolean;
  /** Some site role is assignable by the caller (the server's `assignable` flags); else Edit roles is off. */
  assignAny?: boolean;
  /** The caller may change an Owner (may assign the owner role): Coder lets only owners reset their password. */
  manageOwners?: boolean;
  meId: string | undefined;
};
