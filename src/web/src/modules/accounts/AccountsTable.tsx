import { Button, Table, Tag, type TableColumnsType } from 'antd';
import type { UserView } from '../../../../schemas/auth.ts';
import type { DepartmentView } from '../../../../schemas/reference.ts';
import { areaLabelId, roleLabelId } from '../../auth/roles.ts';
import { useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';

export type AccountsTableProps = {
  items: UserView[];
  departments: DepartmentView[];
  loading: boolean;
  onEdit: (account: UserView) => void;
};

/** All accounts with role, binding and state. */
export function AccountsTable({ items, departments, loading, onEdit }: AccountsTableProps) {
  const t = useT();
  const name = useLocalName();
  const departmentName = new Map(departments.map((d) => [d.code, name(d.nameZh, d.nameEn)]));
  const columns: TableColumnsType<UserView> = [
    { title: t('accounts.form.username'), dataIndex: 'username', render: (v: string) => <code>{v}</code> },
    { title: t('accounts.form.displayName'), dataIndex: 'displayName' },
    { title: t('accounts.column.email'), dataIndex: 'email', render: (v: string | null) => v ?? '—' },
    { title: t('accounts.form.role'), dataIndex: 'role', render: (role: UserView['role']) => t(roleLabelId(role)) },
    {
      title: t('accounts.column.binding'),
      key: 'binding',
      render: (_, a) => {
        if (a.departmentCode) return departmentName.get(a.departmentCode) ?? a.departmentCode;
        if (a.areaCode) {
          const id = areaLabelId(a.areaCode);
          return id ? t(id) : a.areaCode;
        }
        return '—';
      },
    },
    {
      title: t('accounts.column.state'),
      dataIndex: 'disabled',
      render: (disabled: boolean) =>
        disabled ? <Tag color="default">{t('accounts.state.disabled')}</Tag> : <Tag color="success">{t('accounts.state.active')}</Tag>,
    },
    {
      title: t('common.table.actions'),
      key: 'actions',
      render: (_, a) => (
        <Button size="small" onClick={() => onEdit(a)} aria-label={t('accounts.edit.label', { username: a.username })}>
          {t('common.action.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Table<UserView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
    />
  );
}
