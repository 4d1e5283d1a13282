import { useState } from 'react';
import { App, Button, Card, Divider, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import type { ArticlesFilingListResponse, ArticlesFilingView } from '../../../../schemas/changes.ts';
import type { z } from 'zod';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { formatBytes } from '../files/readDocument.ts';
import { ArticlesUploadForm } from './ArticlesUploadForm.tsx';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

export type ArticlesCardProps = {
  uscc: string;
  /** Only an enterprise in existence files new articles; the filed ones stay readable. */
  mayFile: boolean;
  /** A filing was recorded: the register history shows it. */
  onFiled: (filing: ArticlesFilingView) => void;
};

/**
 * 章程备案 (MER Art. 9: the articles are filed, not registered), for the owner applicant and the window: the filed
 * versions, newest (in force) first, each with its SHA-256 and download, and the form that files the next one.
 */
export function ArticlesCard({ uscc, mayFile, onFiled }: ArticlesCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<z.infer<typeof ArticlesFilingListResponse>>(`/api/enterprises/${encodeURIComponent(uscc)}/articles`);
  const [open, setOpen] = useState(false);

  const columns: TableColumnsType<ArticlesFilingView> = [
    {
      title: t('articles.column.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <a href={row.download} download={name} aria-label={t('articles.download', { name })}>
          <DownloadOutlined /> {name}
        </a>
      ),
    },
    { title: t('articles.column.adoptedOn'), dataIndex: 'adoptedOn', render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{d}</span> },
    { title: t('articles.column.kind'), dataIndex: 'amendment', render: (amendment: boolean) => <Tag>{t(amendment ? 'articles.kind.amendment' : 'articles.kind.original')}</Tag> },
    {
      title: t('articles.column.inForce'),
      dataIndex: 'inForce',
      render: (inForce: boolean) => (inForce ? <Tag color="green">{t('articles.inForce')}</Tag> : <Tag>{t('articles.superseded')}</Tag>),
    },
    { title: t('articles.column.size'), dataIndex: 'sizeBytes', render: (n: number) => formatBytes(n) },
    {
      title: t('articles.column.sha256'),
      dataIndex: 'sha256',
      render: (sha: string) => (
        <Typography.Text code copyable={{ text: sha }} title={sha}>
          {sha.slice(0, 12)}…
        </Typography.Text>
      ),
    },
    { title: t('articles.column.filedAt'), dataIndex: 'filedAt', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> },
  ];

  return (
    <Card
      title={heading(t('articles.heading'))}
      data-testid="enterprise-articles"
      extra={
        mayFile && !open ? (
          <Button icon={<FileAddOutlined />} onClick={() => setOpen(true)}>
            {t('articles.file')}
          </Button>
        ) : undefined
      }
    >
      <Typography.Paragraph type="secondary">{t('articles.intro')}</Typography.Paragraph>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<ArticlesFilingView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('articles.empty') }}
      />
      {open && mayFile && (
        <section aria-label={t('articles.form.heading')}>
          <Divider titlePlacement="start">{t('articles.form.heading')}</Divider>
          <ArticlesUploadForm
              uscc={uscc}
              onCancel={() => setOpen(false)}
              onFiled={(filing) => {
                void message.success(t(filing.amendment ? 'articles.filedAmendment' : 'articles.filed', { name: filing.name }));
                setOpen(false);
                reload();
                onFiled(filing);
              }}
            />
        </section>
      )}
    </Card>
  );
}
