import type { User } from '../../api/users';
import type { RowSelection } from '../../lib/useRowSelection';

/** Users picked on the list page (lib/useRowSelection: it belongs to the filter, page and page size). */
export type UserSelection = RowSelection<User>;
