import { Alert, Button } from 'antd';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/useT.ts';

/** True for the server's refusal of notification-commitment to an applicant found to have made a false commitment (TC-05). */
export function isCommitmentNotAvailable(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'COMMITMENT_NOT_AVAILABLE';
}

/** The files on which a false commitment was found, as the server lists them in the error's details. */
function filesOf(error: ApiError): string[] {
  const files = error.details?.files;
  if (!Array.isArray(files)) return [];
  return files.flatMap((raw) => {
    const file = (raw ?? {}) as { fileId?: unknown; on?: unknown };
    return typeof file.fileId === 'number' ? [typeof file.on === 'string' ? `#${file.fileId} (${file.on})` : `#${file.fileId}`] : [];
  });
}

export type CommitmentNotAvailableProps = {
  error: ApiError;
  /** Switches the form to the ordinary procedure, keeping what was filled in. */
  onUseOrdinary: () => void;
};

/** TC-05 / TC-03: notification-commitment is refused to this applicant; the ordinary procedure stays open. */
export function CommitmentNotAvailable({ error, onUseOrdinary }: CommitmentNotAvailableProps) {
  const t = useT();
  const files = filesOf(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="commitment-not-available"
      title={t('files.commitment.notAvailableTitle')}
      description={
        <>
          <div>{files.length > 0 ? t('files.commitment.notAvailableBody', { files: files.join(t('common.list.separator')) }) : error.message}</div>
          <div style={{ marginTop: 4 }}>{t('files.commitment.notAvailableAdvice')}</div>
        </>
      }
      action={
        <Button size="small" type="primary" onClick={onUseOrdinary}>
          {t('files.commitment.useOrdinary')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
