import { Alert, Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { VerifyLicenceResponse } from '../../../../schemas/licences.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { statusMessageId, verdictAlert, verdictOf, versionPath } from './licenceLabels.ts';

export type VerificationResultProps = { result: VerifyLicenceResponse };

/** The answer of POST /api/licences/verify: the verdict with every reason, then each check on its own line. */
export function VerificationResult({ result }: VerificationResultProps) {
  const t = useT();
  const localName = useLocalName();
  const verdict = verdictOf(result);
  const alert = verdictAlert[verdict];
  const none = t('licences.result.none');
  const statusId = result.enterprise ? statusMessageId(result.enterprise.status) : undefined;
  const yes = (ok: boolean, text: string) => <Tag color={ok ? 'success' : 'error'}>{text}</Tag>;

  return (
    <section aria-labelledby="licence-result-heading" data-testid="licence-result" data-verdict={verdict}>
      <Typography.Title level={2} id="licence-result-heading" style={{ fontSize: 18 }}>
        {t('licences.result.heading')}
      </Typography.Title>
      <Alert
        type={alert.type}
        showIcon
        data-testid="licence-verdict"
        title={<strong>{t(alert.id)}</strong>}
        description={
          result.reasons.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="licence-reasons" aria-label={t('licences.result.reasons')}>
              {result.reasons.map((r) => (
                <li key={r.code}>
                  <Tag>{r.code}</Tag> {localName(r.zh, r.en)}
                </li>
              ))}
            </ul>
          ) : undefined
        }
        style={{ marginBottom: 16 }}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'signature',
            label: t('licences.result.signature'),
            children: yes(result.signatureValid, t(result.signatureValid ? 'licences.result.signatureValid' : 'licences.result.signatureInvalid')),
          },
          {
            key: 'keyId',
            label: t('licences.result.keyId'),
            children: result.keyId ? (
              <>
                <Typography.Text code>{result.keyId}</Typography.Text> {yes(result.knownKey, t(result.knownKey ? 'licences.result.knownKey' : 'licences.result.unknownKey'))}
              </>
            ) : (
              none
            ),
          },
          { key: 'issued', label: t('licences.result.issued'), children: yes(result.issued, t(result.issued ? 'licences.result.issuedYes' : 'licences.result.issuedNo')) },
          {
            key: 'version',
            label: t('licences.result.version'),
            children:
              result.version === null ? (
                none
              ) : (
                <>
                  {t('licences.result.versionValue', { version: result.version })}{' '}
                  {result.issued && result.current && yes(true, t('licences.result.current'))}
                  {result.issued && !result.current && result.currentVersion !== null && result.uscc && (
                    <>
                      {yes(false, t('licences.result.superseded', { latest: result.currentVersion }))}
                      {result.supersededAt && <Typography.Text type="secondary">{t('licences.result.supersededAt', { at: formatDateTime(result.supersededAt) })} </Typography.Text>}
                      <Link to={versionPath(result.uscc, result.currentVersion)}>{t('licences.result.latestLink')}</Link>
                    </>
                  )}
                </>
              ),
          },
          {
            key: 'enterprise',
            label: t('licences.result.enterprise'),
            children: result.enterprise ? (
              <span data-testid="licence-enterprise-status">
                {result.enterprise.name}（{result.enterprise.uscc}）{' '}
                {yes(result.enterprise.status === 'registered', statusId ? t(statusId) : result.enterprise.status)}
              </span>
            ) : result.uscc ? (
              yes(false, t('licences.result.noEnterprise'))
            ) : (
              none
            ),
          },
        ]}
      />
    </section>
  );
}
