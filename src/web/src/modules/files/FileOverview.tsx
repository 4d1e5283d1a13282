import { Descriptions, Tag, Tooltip, Typography, type DescriptionsProps } from 'antd';
import type { FileView } from '../../../../schemas/files.ts';
import { areaLabelId } from '../../auth/roles.ts';
import { useT } from '../../i18n/useT.ts';
import { clockLabelId } from './fileLabels.ts';
import { SlaTag } from './SlaTag.tsx';
import { StatusTag } from './StatusTag.tsx';

export type FileOverviewProps = {
  file: FileView;
};

/** The head of a file page: status, deadline and clock, who is responsible, and the key dates. */
export function FileOverview({ file }: FileOverviewProps) {
  const t = useT();
  const { clock } = file;
  const clockId = clockLabelId(clock.state);
  const areaId = areaLabelId(file.areaCode);
  const days = (n: number) => t('files.file.workingDays', { days: n });

  const due = clock.dueOn ? (
    <>
      <Typography.Text strong data-testid="file-due">
        {clock.dueOn}
      </Typography.Text>
      {clock.provisional && (
        <>
          {' '}
          <Tooltip title={t('files.file.provisionalHelp')}>
            <Tag color="warning">{t('files.file.provisional')}</Tag>
          </Tooltip>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
            {t('files.file.provisionalHelp')}
          </Typography.Paragraph>
        </>
      )}
    </>
  ) : (
    <Typography.Text type="secondary" data-testid="file-due">
      {clock.state === 'paused'
        ? t('files.file.duePaused')
        : clock.state === 'stopped'
          ? t('files.file.dueStopped')
          : t('files.file.dueNotStarted')}
    </Typography.Text>
  );

  const items: DescriptionsProps['items'] = [
    { key: 'status', label: t('files.file.status'), children: <StatusTag status={file.status} /> },
    { key: 'sla', label: t('files.file.sla'), children: file.sla ? <SlaTag sla={file.sla} /> : '—' },
    { key: 'due', label: t('files.file.dueOn'), children: due },
    { key: 'clock', label: t('files.file.clock'), children: clockId ? t(clockId) : clock.state },
    { key: 'limit', label: t('files.file.limit'), children: days(clock.limitWorkingDays) },
    { key: 'paused', label: t('files.file.paused'), children: days(clock.pausedWorkingDays) },
    {
      key: 'officer',
      label: t('files.file.responsibleOfficer'),
      children: (
        <span data-testid="file-officer">{file.responsibleOfficer?.displayName ?? t('files.file.responsibleNone')}</span>
      ),
    },
    { key: 'applicant', label: t('files.file.applicant'), children: <span data-testid="file-applicant">{file.applicant.displayName}</span> },
    { key: 'area', label: t('files.file.area'), children: areaId ? t(areaId) : file.areaCode },
    { key: 'submitted', label: t('files.file.submittedOn'), children: file.submittedOn },
    { key: 'accepted', label: t('files.file.acceptedOn'), children: file.acceptedOn ?? '—' },
  ];
  if (file.correctionDueOn) items.push({ key: 'correctionDue', label: t('files.file.correctionDueOn'), children: file.correctionDueOn });
  if (file.enterpriseUscc) items.push({ key: 'uscc', label: t('files.file.enterprise'), children: <code>{file.enterpriseUscc}</code> });

  return <Descriptions bordered size="small" column={{ xs: 1, sm: 2, xl: 3 }} items={items} />;
}
