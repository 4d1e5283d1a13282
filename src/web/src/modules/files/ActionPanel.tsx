import { useState } from 'react';
import { Button, Card, Form, Modal, Space, Typography } from 'antd';
import type { UserView } from '../../../../schemas/auth.ts';
import type { FileTypeView, FileView } from '../../../../schemas/files.ts';
import { api, ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { ActionFields } from './ActionFields.tsx';
import { actionRequest, initialValues, type ActionFormValues } from './actionRequest.ts';
import { knownActionLabelId } from './fileLabels.ts';
import { isPanelAction, type PanelAction } from './fileModel.ts';
import { withServerDetail } from './serverDetail.ts';
import type { DepartmentOption } from './useDepartments.ts';

const PRIMARY: readonly PanelAction[] = ['accept', 'resubmit', 'start_tasks', 'approve_task', 'approve', 'issue_certificate', 'resume', 'verify_commitment', 'confirm_rectified'];
const DANGER: readonly PanelAction[] = ['reject', 'reject_task', 'withdraw', 'revoke'];

export type ActionPanelProps = {
  file: FileView;
  user: UserView;
  fileType: FileTypeView | undefined;
  departments: DepartmentOption[];
  departmentName: (code: string) => string;
  /** The file as the server answered after the action. */
  onDone: (file: FileView, action: PanelAction) => void;
  /** 409: the action is not allowed now, or the file changed since it was loaded. */
  onConflict: (error: ApiError) => void;
};

/** Exactly the actions the server allows the signed-in account now (allowedActions), each with a small form. */
export function ActionPanel({ file, user, fileType, departments, departmentName, onDone, onConflict }: ActionPanelProps) {
  const t = useT();
  const [form] = Form.useForm<ActionFormValues>();
  const [current, setCurrent] = useState<PanelAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const actions = file.allowedActions.filter(isPanelAction);

  const open = (action: PanelAction) => {
    setError(undefined);
    setCurrent(action);
  };

  const submit = async (values: ActionFormValues) => {
    if (!current || busy) return;
    const action = current;
    setBusy(true);
    setError(undefined);
    try {
      const next = await api.post<FileView>(`/api/files/${file.id}/actions`, actionRequest(action, file, values));
      setCurrent(null);
      onDone(next, action);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 409) {
        setCurrent(null);
        onConflict(cause);
      } else {
        setError(withServerDetail(cause));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('files.actions.title')}</h2>} data-testid="action-panel">
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('files.actions.none')}</Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {actions.map((action) => (
            <Button
              key={action}
              block
              type={PRIMARY.includes(action) ? 'primary' : 'default'}
              danger={DANGER.includes(action)}
              onClick={() => open(action)}
            >
              {t(knownActionLabelId(action))}
            </Button>
          ))}
        </Space>
      )}
      <Modal
        open={current !== null}
        title={current ? t(knownActionLabelId(current)) : undefined}
        okText={t('files.actions.confirm')}
        cancelText={t('common.action.cancel')}
        okButtonProps={{ danger: current !== null && DANGER.includes(current), disabled: busy }}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setCurrent(null)}
        destroyOnHidden
        width={640}
      >
        {current && (
          <Form<ActionFormValues>
            form={form}
            layout="vertical"
            name={`file-action-${current}`}
            preserve={false}
            initialValues={initialValues(current, file, user, fileType?.departments ?? [])}
            onFinish={(values) => void submit(values)}
          >
            <ErrorAlert error={error} />
            <ActionFields
              action={current}
              file={file}
              user={user}
              fileType={fileType}
              departments={departments}
              departmentName={departmentName}
            />
          </Form>
        )}
      </Modal>
    </Card>
  );
}
