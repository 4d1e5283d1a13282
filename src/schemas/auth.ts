import { z } from 'zod';

/** Roles of zimao. Anonymous public visitors have no account and no role. */
export const Role = {
  APPLICANT: 'applicant',
  WINDOW_OFFICER: 'window_officer',
  DEPARTMENT_REVIEWER: 'department_reviewer',
  AREA_OFFICER: 'area_officer',
  ANALYST: 'analyst',
  INSPECTOR: 'inspector',
  ADMIN: 'admin',
  /** Third-party independent evaluator (Plan V.(IV)): sees and scores only the assessments assigned to it. */
  ASSESSOR: 'assessor',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const RoleSchema = z.enum(Object.values(Role) as [Role, ...Role[]]).describe('Account role');

export const UserView = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  departmentCode: z.string().nullable().describe('Bound department, for department reviewers'),
  areaCode: z.string().nullable().describe('Bound CQFTZ area (LJ, XY, GYG), for area officers'),
  email: z.string().nullable().describe('Where notifications are also sent by e-mail; null: in-app only'),
  disabled: z.boolean(),
});
export type UserView = z.infer<typeof UserView>;

export const LoginRequest = z.object({
  username: z.string().min(1).max(64).describe('Account username'),
  password: z.string().min(1).max(256).describe('Account password'),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const SessionResponse = z.object({
  user: UserView,
  csrfToken: z
    .string()
    .describe('Send it back in the X-CSRF-Token header on every write made with the session cookie'),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const ApiTokenView = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string().describe('First characters of the token, to recognise it'),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiTokenView = z.infer<typeof ApiTokenView>;

export const CreateApiTokenRequest = z.object({
  name: z.string().trim().min(1).max(80).describe('What the token is for'),
});
export const CreateApiTokenResponse = z.object({
  token: ApiTokenView,
  secret: z.string().describe('The token itself; shown once, send as Authorization: Bearer <secret>'),
});
export type CreateApiTokenResponse = z.infer<typeof CreateApiTokenResponse>;
