/** The user fields the rules below read (structural, so lib/ needs no api types). */
type Subject = { id: string; status: string; roles: readonly { name: string }[] };

/**
 * Whether a status action makes sense on `user` for the signed-in user `meId` (their permission to update
 * or delete users is checked apart, from authcheck; the server still decides). The same rules as the
 * users' row menu: nobody suspends or deletes themselves, an Owner is suspended only once the role is
 * removed, and only a suspended account is activated.
 */
export function statusActionApplies(
  kind: 'suspend' | 'activate' | 'delete',
  user: Subject,
  meId: string | undefined,
): boolean {
  if (kind === 'activate') return user.status === 'suspended';
  if (user.id === meId) return false;
  return kind === 'delete' || (user.status !== 'suspended' && !user.roles.some((r) => r.name === 'owner'));
}
