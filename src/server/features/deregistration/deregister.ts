// The last step of summary deregistration, shared by the enterprise's application after a public notice (EXIT-04) and
// the timer that deregisters an individual business the departments did not object to (EXIT-06): the enterprise is
// deregistered, its name still blocks for a year (NAME-10), the register entry is written and the owner told.
import { civilDateInShanghai } from '../../../domain/calendar/index.ts';
import { noticeState, type NoticeState } from '../../../domain/deregistration/index.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { recordRegisterEntry, setEnterpriseStatus } from '../enterprises/service.ts';
import { markNameGone } from '../names/service.ts';
import { notify } from '../notifications/service.ts';
import { endHoldingsAtDeregistration } from '../ownership/service.ts';
import * as repo from './repository.ts';

export function stateOf(n: repo.NoticeRow, today: string): NoticeState {
  return noticeState({ status: n.status, noticeTo: n.notice_to, applyBy: n.apply_by, route: n.route }, today);
}

export async function deregister(ctx: AppContext, tx: Tx, notice: repo.NoticeRow, enterprise: { uscc: string; name: string }, recordedBy: string): Promise<void> {
  const today = civilDateInShanghai(ctx.now());
  await setEnterpriseStatus(tx, enterprise.uscc, 'deregistered');
  await markNameGone(tx, enterprise.uscc, 'deregistered', today);
  await endHoldingsAtDeregistration(tx, enterprise.uscc, today);
  const route = notice.route === 'departments' ? 'summary-individual' : 'summary';
  await recordRegisterEntry(tx, { uscc: enterprise.uscc, kind: 'deregistration', summary: { route, noticeId: notice.id, noticeFrom: notice.notice_from, noticeTo: notice.notice_to, on: today }, recordedBy });
  await repo.setStatus(tx, notice.id, 'deregistered', ctx.now());
  await notify(tx, {
    accountId: notice.applicant_account_id,
    kind: 'deregistration.done',
    messageZh: `${enterprise.name}已简易注销（${today}）。`,
    messageEn: `${enterprise.name} is deregistered by the summary route (${today}).`,
    data: { noticeId: notice.id, uscc: enterprise.uscc },
  });
}
