import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import type { CreateAccountRequest } from '../../../../schemas/accounts.ts';
import type { Role } from '../../../../schemas/auth.ts';
import type { DepartmentView } from '../../../../schemas/reference.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { BindingFields, bindingFor } from './BindingFields.tsx';

type CreateForm = { username: string; displayName: string; password: string; role: Role; departmentCode?: string; areaCode?: string; email?: string };

export type CreateAccountModalProps = {
  open: boolean;
  departments: DepartmentView[];
  onClose: () => void;
  onCreated: (username: string) => void;
};

/** POST /api/accounts. */
export function CreateAccountModal({ open, departments, onClose, onCreated }: CreateAccountModalProps) {
  const t = useT();
  const [form] = Form.useForm<CreateForm>();
  const role = Form.useWatch('role', form);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const values = await form.validateFields();
    const body: CreateAccountRequest = {
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      password: values.password,
      role: values.role,
      ...bindingFor(values.role, values),
      ...(values.email?.trim() ? { email: values.email.trim() } : {}),
    };
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/api/accounts', body);
      form.resetFields();
      onCreated(body.username);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('accounts.create.title')}
      okText={t('accounts.create.submit')}
      cancelText={t('common.action.cancel')}
      confirmLoading={busy}
      onOk={() => void save().catch(() => undefined)}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<CreateForm> form={form} name="account-create" layout="vertical" initialValues={{ role: 'applicant' }}>
        <Form.Item
          label={t('accounts.form.username')}
          name="username"
          extra={t('accounts.form.usernameHelp')}
          rules={[
            { required: true, message: t('accounts.form.usernameRequired') },
            { pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/, message: t('accounts.form.usernameHelp') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('accounts.form.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('accounts.form.displayNameRequired') }, { max: 80 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('accounts.form.password')}
          name="password"
          extra={t('accounts.form.passwordHelp')}
          rules={[{ required: true, min: 10, max: 256, message: t('accounts.form.passwordHelp') }]}
        >
          <Input.Password autoComplete="new-password" />
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
      </Form>
    </Modal>
  );
}
