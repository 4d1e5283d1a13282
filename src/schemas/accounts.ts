import { z } from 'zod';
import { RoleSchema, UserView } from './auth.ts';

const Username = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'must be 3–64 characters: lower-case letters, digits, . _ -');
/** An e-mail address; the database checks a plausible shape again (accounts_email_check). */
export const EmailAddress = z.string().trim().max(254).email('must be an e-mail address, e.g. name@example.cn');
const Password = z.string().min(10, 'must be at least 10 characters').max(256);

export const CreateAccountRequest = z.object({
  username: Username.describe('Sign-in name'),
  displayName: z.string().trim().min(1).max(80).describe('Name shown to others'),
  password: Password.describe('Initial password, at least 10 characters'),
  role: RoleSchema,
  departmentCode: z.string().nullable().optional().describe('Required for department reviewers'),
  areaCode: z.string().nullable().optional().describe('Required for area officers: LJ, XY or GYG'),
  email: EmailAddress.nullable().optional().describe('Optional: notifications are then also sent by e-mail'),
});
export type CreateAccountRequest = z.infer<typeof CreateAccountRequest>;

export const UpdateAccountRequest = z
  .object({
    displayName: z.string().trim().min(1).max(80).optional(),
    password: Password.optional().describe('A new password'),
    role: RoleSchema.optional(),
    departmentCode: z.string().nullable().optional(),
    areaCode: z.string().nullable().optional(),
    email: EmailAddress.nullable().optional().describe('A new address; null removes it'),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'give at least one field to change');
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequest>;

export const AccountList = z.object({ items: z.array(UserView) });
export type AccountList = z.infer<typeof AccountList>;

/** A colleague an officer can hand a file or a task to: no e-mail, no status, nothing private. */
export const StaffMember = z.object({
  id: z.number().int(),
  displayName: z.string(),
  role: RoleSchema,
  departmentCode: z.string().nullable(),
  areaCode: z.string().nullable(),
});
export type StaffMember = z.infer<typeof StaffMember>;
export const StaffQuery = z.object({
  role: z.enum(['window_officer', 'department_reviewer', 'area_officer']).optional(),
  departmentCode: z.string().max(60).optional(),
});
export const StaffResponse = z.object({ items: z.array(StaffMember) });
export type StaffResponse = z.infer<typeof StaffResponse>;

/** 一窗受理: an applicant account a window officer can file for at the counter; nothing private (no e-mail). */
export const ApplicantEntry = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
});
export type ApplicantEntry = z.infer<typeof ApplicantEntry>;
export const ApplicantQuery = z.object({
  q: z.string().trim().max(80).optional().describe('Part of the name or the username (case-insensitive)'),
});
export type ApplicantQuery = z.infer<typeof ApplicantQuery>;
/** At most this many applicants are answered; narrow with q. */
export const APPLICANT_DIRECTORY_LIMIT = 50;
export const ApplicantsResponse = z.object({ items: z.array(ApplicantEntry).max(APPLICANT_DIRECTORY_LIMIT) });
export type ApplicantsResponse = z.infer<typeof ApplicantsResponse>;
