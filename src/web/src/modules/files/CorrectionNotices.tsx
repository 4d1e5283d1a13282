import { Alert, Table, Typography, type TableColumnsType } from 'antd';
import type { FileView } from '../../../../schemas/files.ts';
import { useT } from '../../i18n/useT.ts';
import { correctionItemsOf, type CorrectionItem } from './fileModel.ts';

export type CorrectionNoticesProps = {
  notices: FileView['correctionNotices'];
  /** True while the file waits for the applicant's corrections: the latest notice is then highlighted. */
  awaitingCorrection: boolean;
  /** True for the applicant, who is told what to do next. */
  forApplicant: boolean;
  departmentName: (code: string) => string;
};

/** 需补正材料 (while the file waits for them; 补正告知记录 after): every correction notice (一次告知), each listing the documents to supply again and why. */
export function CorrectionNotices({ notices, awaitingCorrection, forApplicant, departmentName }: CorrectionNoticesProps) {
  const t = useT();
  if (notices.length === 0) return null;
  const columns: TableColumnsType<CorrectionItem & { key: number }> = [
    { title: t('files.corrections.document'), dataIndex: 'document', render: (v: string) => <strong>{v}</strong> },
    { title: t('files.corrections.reason'), dataIndex: 'reason' },
    {
      title: t('files.corrections.department'),
      dataIndex: 'departmentCode',
      render: (code: string | undefined) => (code ? departmentName(code) : '—'),
    },
  ];
  const latestFirst = [...notices].sort((a, b) => b.seq - a.seq);
  return (
    <section aria-labelledby="corrections-title" data-testid="correction-notices">
      <Typography.Title level={2} id="corrections-title" style={{ fontSize: 18 }}>
        {awaitingCorrection ? t('files.corrections.title') : t('files.corrections.history')}
      </Typography.Title>
      {awaitingCorrection && forApplicant && (
        <Alert type="warning" showIcon title={t('files.corrections.hintApplicant')} style={{ marginBottom: 12 }} />
      )}
      {latestFirst.map((notice, index) => (
        <div key={notice.seq} style={{ marginBottom: 12, opacity: index === 0 || !awaitingCorrection ? 1 : 0.75 }}>
          <Typography.Text strong>
            {t('files.corrections.notice', { n: notices.indexOf(notice) + 1, on: notice.on })}
          </Typography.Text>
          <Table
            size="small"
            pagination={false}
            columns={columns}
            dataSource={correctionItemsOf(notice).map((item, i) => ({ ...item, key: i }))}
            style={{ marginTop: 4 }}
          />
        </div>
      ))}
    </section>
  );
}
