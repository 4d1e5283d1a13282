import type { Role, UserView } from '../../../schemas/auth.ts';
import type { Account } from '../../db/tables.ts';

/** What a user view is made of: the account's columns but the password hash and the timestamps. */
export type UserColumns = Pick<Account, 'id' | 'username' | 'display_name' | 'role' | 'department_code' | 'area_code' | 'email' | 'disabled'>;

/** The public shape of an account: everything but the password hash. */
export function toUserView(row: UserColumns): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    departmentCode: row.department_code,
    areaCode: row.area_code,
    email: row.email,
    disabled: row.disabled,
  };
}
