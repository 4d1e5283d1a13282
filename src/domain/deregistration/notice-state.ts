// Where a summary deregistration stands on a day (EXIT-02 … EXIT-04): during the notice anyone may object; after it,
// with no objection, the enterprise applies within its window; after that the notice has lapsed.
export type NoticeState = 'in_notice' | 'awaiting_application' | 'lapsed' | 'objected' | 'deregistered' | 'withdrawn';

export function noticeState(notice: { status: 'in_notice' | 'objected' | 'deregistered' | 'withdrawn' | 'lapsed'; noticeTo: string; applyBy: string }, today: string): NoticeState {
  if (notice.status !== 'in_notice') return notice.status;
  if (today <= notice.noticeTo) return 'in_notice';
  return today <= notice.applyBy ? 'awaiting_application' : 'lapsed';
}
