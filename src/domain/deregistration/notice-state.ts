// Where a summary deregistration stands on a day (EXIT-02 … EXIT-04): during the notice anyone may object; after it,
// with no objection, the enterprise applies within its window; after that the notice has lapsed. An individual
// business pushed to the departments (EXIT-06) applies for nothing: once their period ends it is due for deregistration.
export type NoticeState = 'in_notice' | 'awaiting_application' | 'deregistration_due' | 'lapsed' | 'objected' | 'deregistered' | 'withdrawn';

export function noticeState(
  notice: { status: 'in_notice' | 'objected' | 'deregistered' | 'withdrawn' | 'lapsed'; noticeTo: string; applyBy: string; route?: 'public-notice' | 'departments' },
  today: string,
): NoticeState {
  if (notice.status !== 'in_notice') return notice.status;
  if (today <= notice.noticeTo) return 'in_notice';
  if (notice.route === 'departments') return 'deregistration_due';
  return today <= notice.applyBy ? 'awaiting_application' : 'lapsed';
}
