// Filing the articles of association (章程备案; MER Art. 9: the articles are a filed item, not a registered one).
// A company registered through zimao files its articles as adopted and each amendment: the owner applicant, or the
// window at the counter. Every filing is kept with its SHA-256 and written to the register history as a `filing`;
// the newest is in force. An individual business has no articles.
import { AppError } from '../../../domain/app-error.ts';
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { Role } from '../../../schemas/auth.ts';
import type { ArticlesFilingView, FileArticlesRequest } from '../../../schemas/changes.ts';
import type { AccountActor, AppContext } from '../../context.ts';
import type { DbOrTx, Tx } from '../../db/database.ts';
import { lockRegisterFacts, recordRegisterEntry, registerFacts } from '../enterprises/service.ts';
import { decodeDocument } from '../files/service.ts';
import * as repo from './change-repository.ts';
import { assertMayRead } from './changes.ts';

/** Before the write: only the owner applicant or a window officer files (a refusal leaves nothing behind). */
export async function assertMayFileArticles(db: DbOrTx, actor: AccountActor, uscc: string): Promise<void> {
  const enterprise = await registerFacts(db, uscc);
  if (!enterprise) throw new AppError('NOT_FOUND', { field: 'uscc', message: `no enterprise ${uscc}` });
  const owner = actor.account.role === Role.APPLICANT && enterprise.ownerAccountId === actor.account.id;
  if (!owner && actor.account.role !== Role.WINDOW_OFFICER) throw new AppError('FORBIDDEN', { field: 'uscc', message: `only the owner of ${enterprise.uscc} or the window files its articles` });
}

export async function fileArticles(ctx: AppContext, tx: Tx, actor: AccountActor, uscc: string, request: FileArticlesRequest): Promise<ArticlesFilingView> {
  const enterprise = await lockRegisterFacts(tx, uscc.toUpperCase());
  if (!enterprise) throw new AppError('NOT_FOUND', { field: 'uscc', message: `no enterprise ${uscc}` });
  if (enterprise.status !== 'registered') throw new AppError('CONFLICT', { field: 'uscc', message: `${enterprise.uscc} is ${enterprise.status}` });
  if ((enterprise.particulars as { legalForm?: string } | null)?.legalForm === 'individual-business') {
    throw new AppError('CONFLICT', { field: 'uscc', message: `${enterprise.uscc} is an individual business, which has no articles of association` });
  }
  const today = civilDateInShanghai(ctx.now());
  if (request.adoptedOn > today) throw new AppError('INVALID_REQUEST', { field: 'adoptedOn', message: `${request.adoptedOn} is after today (${today})` });
  const { content, sha256 } = decodeDocument(request.contentBase64);
  const amendment = (await repo.listArticlesFilings(tx, enterprise.uscc)).length > 0;
  const row = await repo.insertArticlesFiling(tx, {
    uscc: enterprise.uscc,
    name: request.name,
    media_type: request.mediaType,
    content,
    sha256,
    size_bytes: content.length,
    adopted_on: request.adoptedOn,
    amendment,
    filed_by_account_id: actor.account.id,
  });
  await recordRegisterEntry(tx, { uscc: enterprise.uscc, kind: 'filing', summary: { filing: amendment ? 'articles-amendment' : 'articles', adoptedOn: request.adoptedOn, sha256, filingId: row.id }, recordedBy: `account:${actor.account.id}` });
  return toView({ ...row }, true);
}

export async function listArticles(db: DbOrTx, actor: AccountActor, uscc: string): Promise<ArticlesFilingView[]> {
  const enterprise = await assertMayRead(db, actor, uscc.toUpperCase());
  return (await repo.listArticlesFilings(db, enterprise.uscc)).map((row, i) => toView(row, i === 0));
}

export async function articlesDocument(db: DbOrTx, actor: AccountActor, uscc: string, id: number) {
  const enterprise = await assertMayRead(db, actor, uscc.toUpperCase());
  const row = await repo.findArticlesFiling(db, enterprise.uscc, id);
  if (!row) throw new AppError('NOT_FOUND', { field: 'id', message: `no articles filing ${id} of ${enterprise.uscc}` });
  return { name: row.name, mediaType: row.media_type, sha256: row.sha256, content: Buffer.from(row.content) };
}

type ListedRow = Awaited<ReturnType<typeof repo.listArticlesFilings>>[number];
function toView(row: ListedRow, inForce: boolean): ArticlesFilingView {
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    mediaType: row.media_type,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    adoptedOn: row.adopted_on,
    amendment: row.amendment,
    inForce,
    filedAt: row.filed_at.toISOString(),
    download: `/api/enterprises/${row.uscc}/articles/${row.id}`,
  };
}
