import { Alert } from 'antd';
import type { SubmissionDetail } from '../../../../schemas/indicators.ts';
import { useT } from '../../i18n/useT.ts';

export type SubmissionOutcomeProps = { detail: SubmissionDetail };

/** What became of an accepted submission: its number, the values left out as unchanged, the periods not reported. */
export function SubmissionOutcome({ detail }: SubmissionOutcomeProps) {
  const t = useT();
  return (
    <Alert
      type="success"
      showIcon
      data-testid="submission-done"
      style={{ marginBottom: 16 }}
      title={t('indicators.submit.done', { id: detail.id, count: detail.valueCount })}
      description={
        <>
          {detail.unchanged > 0 && <div>{t('indicators.submit.unchanged', { count: detail.unchanged })}</div>}
          {detail.missing.map((m) => (
            <div key={m.indicatorCode}>{t('indicators.submit.missing', { code: m.indicatorCode, periods: m.periods.slice(0, 12).join('、') + (m.periods.length > 12 ? '…' : '') })}</div>
          ))}
        </>
      }
    />
  );
}
