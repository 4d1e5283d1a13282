import { AppError } from '../../../domain/app-error.ts';
import type { ApiTokenView, CreateApiTokenResponse, SessionResponse, UserView } from '../../../schemas/auth.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx } from '../../db/database.ts';
import { toUserView } from '../accounts/account-view.ts';
import { findAccountById, findAccountByUsername, userColumnsSubquery } from '../accounts/repository.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import * as repo from './repository.ts';
import { newSecret, sha256 } from './secrets.ts';

export const SESSION_HOURS = 8;
/** A hash of a random password: verifying against it costs the same time as a real account. */
let dummyHash: Promise<string> | undefined;

/** Checks username and password and opens a session; the same answer for unknown user and wrong password. */
export async function login(
  ctx: AppContext,
  db: DbOrTx,
  input: { username: string; password: string },
): Promise<SessionResponse & { sessionToken: string; expiresAt: Date }> {
  const account = await findAccountByUsername(db, input.username.trim().toLowerCase());
  dummyHash ??= hashPassword(newSecret());
  const ok = await verifyPassword(input.password, account?.password_hash ?? (await dummyHash));
  if (!account || !ok) throw new AppError('INVALID_CREDENTIALS', { field: 'password' });
  if (account.disabled) throw new AppError('ACCOUNT_DISABLED');
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(ctx.now().getTime() + SESSION_HOURS * 3600_000);
  await repo.insertSession(db, { tokenHash: sha256(sessionToken), accountId: account.id, csrfToken, expiresAt });
  return { user: toUserView(account), csrfToken, sessionToken, expiresAt };
}

export async function logout(db: DbOrTx, sessionToken: string): Promise<void> {
  await repo.deleteSession(db, sha256(sessionToken));
}

/** The account and CSRF token behind a session cookie, or undefined when expired, unknown or disabled. */
export async function resolveSession(ctx: AppContext, sessionToken: string): Promise<{ user: UserView; csrfToken: string } | undefined> {
  // One statement: the session and its account (issue 8).
  const session = await repo.findLiveSession(ctx.db, sha256(sessionToken), ctx.now(), userColumnsSubquery);
  const account = session?.account;
  if (!session || !account || account.disabled) return undefined;
  return { user: toUserView(account), csrfToken: session.csrf_token };
}

/** The account behind an API token, or undefined when revoked, unknown or disabled. */
export async function resolveApiToken(ctx: AppContext, secret: string): Promise<{ user: UserView; tokenId: number } | undefined> {
  const token = await repo.findLiveApiToken(ctx.db, sha256(secret));
  if (!token) return undefined;
  const account = await findAccountById(ctx.db, token.account_id);
  if (!account || account.disabled) return undefined;
  await repo.touchApiToken(ctx.db, token.id, ctx.now());
  return { user: toUserView(account), tokenId: token.id };
}

function toTokenView(row: Awaited<ReturnType<typeof repo.listApiTokens>>[number]): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

export async function listApiTokens(db: DbOrTx, actor: AccountActor): Promise<ApiTokenView[]> {
  return (await repo.listApiTokens(db, actor.account.id)).map(toTokenView);
}

/** Creates an API token for the acting account; the secret is returned once and stored only as a hash. */
export async function createApiToken(db: DbOrTx, actor: AccountActor, name: string): Promise<CreateApiTokenResponse> {
  const secret = newSecret('zt_');
  const row = await repo.insertApiToken(db, { accountId: actor.account.id, name, prefix: secret.slice(0, 8), tokenHash: sha256(secret) });
  return { token: toTokenView(row), secret };
}

export async function revokeApiToken(ctx: AppContext, db: DbOrTx, actor: AccountActor, id: number): Promise<void> {
  const done = await repo.revokeApiToken(db, actor.account.id, id, ctx.now());
  if (!done) throw new AppError('NOT_FOUND', { field: 'id', message: `no live token ${id} of yours` });
}
