import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import type { NameCheckResponse } from '../../../../schemas/names.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import type { ReservedName } from './nameLabels.ts';
import { NameReasons } from './NameCheckResult.tsx';

/** The check a refusal carries (409 NAME_CONFLICT, 422 NAME_REJECTED: error.details.check), when it carries one. */
export function refusalCheck(error: unknown): NameCheckResponse | undefined {
  if (!(error instanceof ApiError) || !error.details) return undefined;
  const check = error.details.check;
  if (typeof check !== 'object' || check === null) return undefined;
  const { verdict, reasons, parsed } = check as Partial<NameCheckResponse>;
  return typeof verdict === 'string' && Array.isArray(reasons) && typeof parsed === 'object' ? (check as NameCheckResponse) : undefined;
}

export type ReserveOutcomeProps = {
  /** The name that was declared. */
  name: string;
  reserved?: ReservedName | undefined;
  refusal?: unknown;
};

/** What came of a declaration: the name kept until its day, or the refusal with every reason of the check. */
export function ReserveOutcome({ name, reserved, refusal }: ReserveOutcomeProps) {
  const t = useT();
  if (reserved) {
    const { reservation } = reserved;
    return (
      <Alert
        type="success"
        showIcon
        data-testid="name-reserved"
        style={{ marginBottom: 16 }}
        title={t('names.reserve.done', { name: reservation.name, until: reservation.reservedUntil ?? '—' })}
        description={
          <>
            {t('names.reserve.doneBody')} <Link to="/names/mine">{t('nav.menu.myNames')}</Link>
          </>
        }
      />
    );
  }
  if (refusal === undefined || refusal === null) return null;
  const check = refusalCheck(refusal);
  return (
    <div data-testid="name-refusal">
      <ErrorAlert error={refusal} title={t('names.reserve.refused', { name })} />
      {check && check.reasons.length > 0 && (
        <Alert type="warning" style={{ marginBottom: 16 }} description={<NameReasons reasons={check.reasons} testId="name-refusal-reasons" />} />
      )}
    </div>
  );
}
