import { useEffect, useState } from 'react';
import { Form, Input, Modal, Switch } from 'antd';
import type { UpdateAccountRequest } from '../../../../schemas/accounts.ts';
import type { Role, UserView } from '../../../../schemas/auth.ts';
import type { DepartmentView } from '../../../../schemas/reference.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { BindingFields, bindingFor } from './BindingFields.tsx';

type EditForm = {
  displayName: string;
  role: Role;
  departmentCode?: string | null;
  areaCode?: string | null;
  disabled: boolean;
  password?: string;
  email?: string | null;
};

export type EditAccountModalProps = {
  account: UserView | undefined;
  departments: DepartmentView[];
  onClose: () => void;
  onSaved: (username: string) => void;
};

/** PATCH /api/accounts/:id with only the fields that changed: role, binding, disabled, a new password. */
export function EditAccountModal({ account, departments, onClose, onSaved }: EditAccountModalProps) {
  const t = useT();
  const [form] = Form.useForm<EditForm>();
  const role = Form.useWatch('role', form);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!account) return;
    setError(undefined);
    form.resetFields();
    form.setFieldsValue({
      displayName: account.displayName,
      role: account.role,
      departmentCode: account.departmentCode,
      areaCode: account.areaCode,
      disabled: account.disabled,
      email: account.email ?? '',
    });
  }, [account, form]);

  const save = async () => {
    if (!account) return;
    const values = await form.validateFields();
    const binding = bindingFor(values.role, values);
    const body: UpdateAccountRequest = {};
    if (values.displayName.trim() !== account.displayName) body.displayName = values.displayName.trim();
    if (values.role !== account.role) body.role = values.role;
    if (binding.departmentCode !== account.departmentCode) body.departmentCode = binding.departmentCode;
    if (binding.areaCode !== account.areaCode) body.areaCode = binding.areaCode;
    if (values.disabled !== account.disabled) body.disabled = values.disabled;
    if (values.password) body.password = values.password;
    const email = values.email?.trim() || null;
    if (email !== account.email) body.email = email;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.patch(`/api/accounts/${account.id}`, body);
      onSaved(account.username);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={account !== undefined}
      title={t('accounts.edit.title', { username: account?.username ?? '' })}
      okText={t('common.action.save')}
      cancelText={t('common.action.cancel')}
      confirmLoading={busy}
      onOk={() => void save().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<EditForm> form={form} name="account-edit" layout="vertical">
        <Form.Item
          label={t('accounts.form.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('accounts.form.displayNameRequired') }, { max: 80 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('accounts.form.email')}
          name="email"
          extra={t('accounts.form.emailHelp')}
          rules={[{ type: 'email', max: 254, message: t('accounts.form.emailInvalid') }]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <BindingFields departments={departments} role={role} />
        <Form.Item label={t('accounts.form.disabled')} name="disabled" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          label={t('accounts.form.resetPassword')}
          name="password"
          extra={t('accounts.form.resetPasswordHelp')}
          rules={[{ min: 10, max: 256, message: t('accounts.form.passwordHelp') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
