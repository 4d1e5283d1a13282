import { Alert } from 'antd';
import { useT } from '../../i18n/useT.ts';
import { PersonFields } from './PersonFields.tsx';

/** 经营者: the natural person who runs the individual business; a foreign operator is refused (IB-01, NL-11). */
export function OperatorFields() {
  const t = useT();
  return (
    <>
      <Alert type="info" showIcon title={t('registration.form.operatorHelp')} style={{ marginBottom: 16 }} />
      <PersonFields path={['operator']} absolute={['operator']} nameLabel="registration.form.operatorName" />
    </>
  );
}
