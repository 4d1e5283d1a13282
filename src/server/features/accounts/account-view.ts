import type { Role, UserView } from '../../../schemas/auth.ts';
import type { Account } from '../../db/tables.ts';

/** The public shape of an account: everything but the password hash. */
export function toUserView(row: Account): UserView {
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
