import { useState } from 'react';
import { App, Button, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { DocumentView, UploadDocumentRequest } from '../../../../schemas/files.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { MAX_DOCUMENT_BYTES } from './fileModel.ts';
import { documentMediaType, formatBytes, readAsBase64 } from './readDocument.ts';

export type DocumentsSectionProps = {
  fileId: number;
  documents: DocumentView[];
  /** Whether the signed-in role may add materials (applicant, window officer, department reviewer). */
  canUpload: boolean;
  onUploaded: () => void;
};

/** The file's materials: download each, and upload more (PDF, PNG, JPEG, OFD; at most 5 MB). */
export function DocumentsSection({ fileId, documents, canUpload, onUploaded }: DocumentsSectionProps) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const upload = async (file: File) => {
    setError(undefined);
    const mediaType = documentMediaType(file);
    if (!mediaType) return setError(new Error(t('files.documents.badType', { name: file.name })));
    if (file.size > MAX_DOCUMENT_BYTES) return setError(new Error(t('files.documents.tooLarge', { name: file.name })));
    setBusy(true);
    try {
      const body: UploadDocumentRequest = { name: file.name, mediaType, contentBase64: await readAsBase64(file) };
      await api.post<DocumentView>(`/api/files/${fileId}/documents`, body);
      void message.success(t('files.documents.uploaded', { name: file.name }));
      onUploaded();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const columns: TableColumnsType<DocumentView> = [
    {
      title: t('files.documents.name'),
      dataIndex: 'name',
      render: (name: string, doc) => (
        <a href={`/api/files/${fileId}/documents/${doc.id}`} download={name} aria-label={t('files.documents.download', { name })}>
          <DownloadOutlined /> {name}
        </a>
      ),
    },
    { title: t('files.documents.size'), dataIndex: 'sizeBytes', render: (n: number) => formatBytes(n) },
    { title: t('files.documents.uploadedAt'), dataIndex: 'uploadedAt', render: (at: string) => formatDateTime(at) },
    {
      title: t('files.documents.sha256'),
      dataIndex: 'sha256',
      render: (sha: string) => (
        <Typography.Text code copyable={{ text: sha }} title={sha}>
          {sha.slice(0, 12)}…
        </Typography.Text>
      ),
    },
  ];

  return (
    <section aria-labelledby="documents-title">
      <Typography.Title level={2} id="documents-title" style={{ fontSize: 18 }}>
        {t('files.documents.title')}
      </Typography.Title>
      <ErrorAlert error={error} />
      {canUpload && (
        <div style={{ marginBottom: 12 }}>
          <Upload
            accept=".pdf,.png,.jpg,.jpeg,.ofd,application/pdf,image/png,image/jpeg,application/ofd"
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void upload(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {t('files.documents.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
            {t('files.documents.help')}
          </Typography.Text>
        </div>
      )}
      <Table<DocumentView>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={documents}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('files.documents.empty') }}
      />
    </section>
  );
}
