import { useState } from 'react';
import { App, Button, Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { ChangeListResponse, ChangeView } from '../../../../schemas/changes.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { withServerDetail } from '../files/serverDetail.ts';
import { StatusTag } from '../files/StatusTag.tsx';
import { EstablishmentRouteTag, EstablishmentStatusTag } from '../registration/EstablishmentTags.tsx';
import { changeKindLabels, fieldList } from './changeLabels.ts';

type ChangeRow = ChangeListResponse['items'][number];

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

export type ChangesCardProps = {
  uscc: string;
  /** A window officer registers a change whose market-registration file is approved. */
  mayRegister: boolean;
  onRegistered: (change: ChangeView) => void;
};

/** The enterprise's change applications, newest first, with the file an officer reviews and the licence they issued. */
export function ChangesCard({ uscc, mayRegister, onRegistered }: ChangesCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<ChangeListResponse>(`/api/enterprises/${encodeURIComponent(uscc)}/changes`);
  const [busyId, setBusyId] = useState<number | undefined>(undefined);
  const [actionError, setActionError] = useState<unknown>(undefined);

  const register = async (row: ChangeRow) => {
    setBusyId(row.id);
    setActionError(undefined);
    try {
      const registered = await api.post<ChangeView>(`/api/enterprises/${encodeURIComponent(uscc)}/changes/${row.id}/register`);
      void message.success(t('change.registered', { id: row.id }));
      reload();
      onRegistered(registered);
    } catch (cause) {
      setActionError(withServerDetail(cause));
    } finally {
      setBusyId(undefined);
    }
  };

  const columns: TableColumnsType<ChangeRow> = [
    { title: t('change.column.id'), dataIndex: 'id' },
    { title: t('change.column.createdAt'), dataIndex: 'createdAt', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> },
    { title: t('change.column.kind'), dataIndex: 'kind', render: (kind: ChangeRow['kind']) => <Tag>{t(changeKindLabels[kind])}</Tag> },
    { title: t('change.column.fields'), dataIndex: 'changedFields', render: (fields: string[]) => fieldList(fields, t) },
    { title: t('change.column.status'), dataIndex: 'status', render: (status: ChangeRow['status']) => <EstablishmentStatusTag status={status} /> },
    { title: t('change.column.route'), dataIndex: 'route', render: (route: ChangeRow['route']) => <EstablishmentRouteTag route={route} /> },
    {
      title: t('change.column.file'),
      dataIndex: 'fileId',
      render: (fileId: number | null, row) =>
        fileId === null ? (
          '—'
        ) : (
          <Space>
            <Link to={`/files/${fileId}`}>{fileId}</Link>
            {row.fileStatus && <StatusTag status={row.fileStatus} />}
          </Space>
        ),
    },
    { title: t('change.column.licence'), dataIndex: 'licenceVersion', render: (v: number | null) => (v === null ? '—' : t('change.licenceVersion', { version: v })) },
    { title: t('change.column.decidedAt'), dataIndex: 'decidedAt', render: (at: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> },
  ];
  if (mayRegister) {
    columns.push({
      title: t('common.table.actions'),
      key: 'actions',
      render: (_v, row) =>
        row.status === 'under_review' && row.fileStatus === 'approved' ? (
          <Button type="primary" size="small" loading={busyId === row.id} disabled={busyId !== undefined} aria-label={t('change.registerLabel', { id: row.id })} onClick={() => void register(row)}>
            {t('change.register')}
          </Button>
        ) : null,
    });
  }

  return (
    <Card title={heading(t('change.list.heading'))} data-testid="enterprise-changes">
      <ErrorAlert error={error} onRetry={reload} />
      <ErrorAlert error={actionError} />
      <Table<ChangeRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('change.list.empty') }}
      />
    </Card>
  );
}
