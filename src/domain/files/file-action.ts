// One entry of a file's action log, the actor who takes it, and an action being attempted.
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import type { CivilDate } from '../calendar/index.ts';
import { RoleSchema, type Role } from '../../schemas/auth.ts';
import { ActionPayloadSchemas, CivilDateSchema, type ActionPayload } from './action-payloads.ts';
import { ACTION_TYPES, isActionType, type ActionType } from './action-type.ts';

/** The sweeper and other automatic steps act as 'system' (deemed acceptance, escalation, deemed approval). */
export const SYSTEM_ROLE = 'system';
export type ActorRole = Role | typeof SYSTEM_ROLE;

/** Who acts. `id` is the account id, null for the system. */
export interface Actor {
  readonly id: number | null;
  readonly role: ActorRole;
  /** The department a department reviewer belongs to. */
  readonly departmentCode?: string | null;
}

/** The system actor (timers, sweeper). */
export const SYSTEM_ACTOR: Actor = Object.freeze({ id: null, role: SYSTEM_ROLE });

interface FileActionBase {
  /** 1, 2, 3… in log order; equals the file's version after the action. */
  readonly seq: number;
  readonly actorId: number | null;
  readonly actorRole: ActorRole;
  /** Civil date in Asia/Shanghai on which the action was taken (TIME-07). */
  readonly on: CivilDate;
  /** ISO instant. */
  readonly at: string;
  readonly reason?: string;
  readonly legalBasis?: string;
}

/** One logged action, its payload typed by its type. */
export type FileAction = { [A in ActionType]: FileActionBase & { readonly type: A; readonly payload: ActionPayload<A> } }[ActionType];

/** An action being considered: when listing allowed actions only `type` (and perhaps `on`) is known. */
export type ActionAttempt = {
  [A in ActionType]: { readonly type: A; readonly on?: CivilDate; readonly payload?: ActionPayload<A> };
}[ActionType];

/** An action requested by a caller, before it is checked and numbered. */
export interface ProposedAction {
  readonly type: ActionType;
  readonly on: CivilDate;
  readonly at: string;
  readonly payload: unknown;
  readonly reason?: string;
  readonly legalBasis?: string;
}

const Base = z.strictObject({
  seq: z.number().int().positive(),
  type: z.enum(ACTION_TYPES as [ActionType, ...ActionType[]]),
  actorId: z.number().int().positive().nullable(),
  actorRole: z.union([RoleSchema, z.literal(SYSTEM_ROLE)]),
  on: CivilDateSchema,
  at: z.iso.datetime({ offset: true }),
  payload: z.unknown(),
  reason: z.string().optional(),
  legalBasis: z.string().optional(),
});

// Guarantees: a well-formed FileAction (its payload checked against its type's schema), else AppError
// INVALID_REQUEST naming the first bad field (`payload.<path>` for payload fields).
export function parseFileAction(raw: unknown): FileAction {
  const base = Base.safeParse(raw);
  if (!base.success) throw invalid(base.error, '');
  const payload = parseActionPayload(base.data.type, base.data.payload);
  return { ...base.data, payload } as FileAction;
}

/** An action as the log keeps it, before it is typed. */
export interface LoggedAction {
  seq: number;
  type: string;
  actorId: number | null;
  actorRole: string;
  on: CivilDate;
  at: string;
  payload: unknown;
  reason?: string;
  legalBasis?: string;
}

/**
 * An action read back from a file's log. Each was checked when it was taken (assertActionAllowed parses its payload
 * against its type's schema) and the log is append-only, so reading it back types it without parsing it again:
 * parsing every logged action on every read of a file was about 7% of a file action's cost (issue 8). Its type is
 * still checked, so a log holding a type this code does not know fails loudly here rather than in the fold.
 */
export function loggedFileAction(entry: LoggedAction): FileAction {
  if (!isActionType(entry.type)) throw new Error(`file action ${entry.seq}: unknown type ${JSON.stringify(entry.type)} in the log`);
  return entry as FileAction;
}

// Guarantees: the payload typed for action type A, else AppError INVALID_REQUEST with field `payload.<path>`.
export function parseActionPayload<A extends ActionType>(type: A, payload: unknown): ActionPayload<A> {
  const result = (ActionPayloadSchemas[type] as unknown as z.ZodType<ActionPayload<A>>).safeParse(payload ?? {});
  if (!result.success) throw invalid(result.error, 'payload');
  return result.data;
}

// Guarantees: an INVALID_REQUEST AppError naming the first issue's path under `prefix`.
function invalid(error: z.ZodError, prefix: string): AppError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((p) => p !== '').join('.');
  return new AppError('INVALID_REQUEST', {
    field: path === '' ? undefined : path,
    message: `${path === '' ? 'action' : path}: ${issue?.message ?? 'invalid'}`,
  });
}
