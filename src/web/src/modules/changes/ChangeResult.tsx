import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import type { ChangeView } from '../../../../schemas/changes.ts';
import { useT } from '../../i18n/useT.ts';
import { changeKindLabels } from './changeLabels.ts';

/** What came of a change just filed: registered with a new licence version, registered as is, or an officer's file. */
export function ChangeResult({ change }: { change: ChangeView }) {
  const t = useT();
  if (change.status === 'registered') {
    const title =
      change.licenceVersion !== null
        ? t('change.result.registeredLicence', { version: change.licenceVersion })
        : t('change.result.registered', { kind: t(changeKindLabels[change.kind]) });
    return <Alert type="success" showIcon title={title} data-testid="change-result" style={{ marginBottom: 16 }} />;
  }
  return (
    <Alert
      type="info"
      showIcon
      data-testid="change-result"
      title={t('change.result.underReview', { fileId: change.fileId ?? '—' })}
      action={change.fileId !== null ? <Link to={`/files/${change.fileId}`}>{t('change.result.fileLink')}</Link> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
