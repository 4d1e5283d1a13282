import { Alert, Descriptions, Tag, Typography, type DescriptionsProps } from 'antd';
import type { FileView } from '../../../../schemas/files.ts';
import { useT } from '../../i18n/useT.ts';
import { commitmentFindingLabelId } from './fileLabels.ts';

export type CommitmentSectionProps = {
  commitment: NonNullable<FileView['commitment']>;
  status: string;
  /** True for the applicant, who is told what to do when rectification is ordered. */
  forApplicant: boolean;
};

/**
 * 承诺核查 (告知承诺制; TC-02, TC-06): the verification due day, the finding, the rectification due day and its
 * cure, and the revocation with its reasons and legal basis.
 */
export function CommitmentSection({ commitment, status, forApplicant }: CommitmentSectionProps) {
  const t = useT();
  const { verification, rectified, revocation } = commitment;
  const finding = verification ? commitmentFindingLabelId(verification.result) : undefined;
  const items: DescriptionsProps['items'] = [
    {
      key: 'due',
      label: t('files.commitment.verificationDueOn'),
      children: <span data-testid="commitment-verification-due">{commitment.verificationDueOn ?? t('files.commitment.verificationNotStarted')}</span>,
    },
    {
      key: 'finding',
      label: t('files.commitment.verification'),
      children: (
        <span data-testid="commitment-verification">
          {verification ? (
            <Tag color={verification.result === 'confirmed' ? 'green' : 'red'}>
              {t('files.commitment.verifiedOn', { result: finding ? t(finding) : verification.result, on: verification.on })}
            </Tag>
          ) : (
            t('files.commitment.notVerified')
          )}
        </span>
      ),
    },
  ];
  if (verification) items.push({ key: 'findings', label: t('files.commitment.findings'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{verification.findings}</span> });
  if (commitment.rectificationDueOn) {
    items.push({ key: 'rectifyBy', label: t('files.commitment.rectificationDueOn'), children: commitment.rectificationDueOn });
    items.push({
      key: 'rectified',
      label: t('files.commitment.rectified'),
      children: rectified ? t('files.commitment.rectifiedOn', { on: rectified.on, findings: rectified.findings }) : t('files.commitment.notRectified'),
    });
  }
  if (revocation) {
    items.push({ key: 'revoked', label: t('files.commitment.revocation'), children: t('files.commitment.revokedOn', { on: revocation.on }) });
    items.push({
      key: 'reasons',
      label: t('files.commitment.reasons'),
      children: (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {revocation.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      ),
    });
    items.push({ key: 'basis', label: t('files.commitment.legalBasis'), children: revocation.legalBasis });
  }

  return (
    <section aria-labelledby="commitment-title" data-testid="commitment-section">
      <Typography.Title level={2} id="commitment-title" style={{ fontSize: 18 }}>
        {t('files.commitment.title')}
      </Typography.Title>
      {status === 'rectification_ordered' && forApplicant && commitment.rectificationDueOn && (
        <Alert type="warning" showIcon title={t('files.commitment.rectifyApplicant', { due: commitment.rectificationDueOn })} style={{ marginBottom: 12 }} />
      )}
      {verification?.result === 'confirmed' && (
        <Alert type="success" showIcon title={t('files.commitment.closed')} style={{ marginBottom: 12 }} data-testid="commitment-closed" />
      )}
      <Descriptions bordered size="small" column={1} items={items} />
    </section>
  );
}
