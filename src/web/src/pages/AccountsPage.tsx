import { useState } from 'react';
import { App, Button } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import type { AccountList } from '../../../schemas/accounts.ts';
import type { UserView } from '../../../schemas/auth.ts';
import type { DepartmentsResponse } from '../../../schemas/reference.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { AccountsTable } from '../modules/accounts/AccountsTable.tsx';
import { CreateAccountModal } from '../modules/accounts/CreateAccountModal.tsx';
import { EditAccountModal } from '../modules/accounts/EditAccountModal.tsx';

/** /admin/accounts: create accounts, change role and binding, disable, reset passwords. */
export function AccountsPage() {
  const t = useT();
  const { message } = App.useApp();
  const accounts = useApi<AccountList>('/api/accounts');
  const departments = useApi<DepartmentsResponse>('/api/reference/departments');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserView | undefined>(undefined);
  const departmentItems = departments.data?.items ?? [];

  return (
    <>
      <PageHeading
        title={t('accounts.page.title')}
        description={t('accounts.page.intro')}
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
            {t('accounts.create.open')}
          </Button>
        }
      />
      <ErrorAlert error={accounts.error} onRetry={accounts.reload} />
      <AccountsTable items={accounts.data?.items ?? []} departments={departmentItems} loading={accounts.loading} onEdit={setEditing} />
      <CreateAccountModal
        open={creating}
        departments={departmentItems}
        onClose={() => setCreating(false)}
        onCreated={(username) => {
          setCreating(false);
          void message.success(t('accounts.create.done', { username }));
          accounts.reload();
        }}
      />
      <EditAccountModal
        account={editing}
        departments={departmentItems}
        onClose={() => setEditing(undefined)}
        onSaved={(username) => {
          setEditing(undefined);
          void message.success(t('accounts.edit.done', { username }));
          accounts.reload();
        }}
      />
    </>
  );
}
