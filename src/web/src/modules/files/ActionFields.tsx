import { Alert, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { UserView } from '../../../../schemas/auth.ts';
import type { FileTypeView, FileView } from '../../../../schemas/files.ts';
import { useT } from '../../i18n/useT.ts';
import { ACTIONS_WITH_OWN_REASON, namedDocuments, tasksFor } from './actionRequest.ts';
import { CorrectionItemsField } from './CorrectionItemsField.tsx';
import { commitmentFindingLabels, knownActionLabelId, pauseKindLabels } from './fileLabels.ts';
import { COMMITMENT_FINDINGS, PAUSE_KINDS, type PanelAction } from './fileModel.ts';
import { OfficerSelect } from './OfficerSelect.tsx';
import { StartTasksField } from './StartTasksField.tsx';
import type { DepartmentOption } from './useDepartments.ts';

export type ActionFieldsProps = {
  action: PanelAction;
  file: FileView;
  user: UserView;
  fileType: FileTypeView | undefined;
  departments: DepartmentOption[];
  departmentName: (code: string) => string;
};

/** The form fields of one action's payload (inside the action panel's form). */
export function ActionFields({ action, file, user, fileType, departments, departmentName }: ActionFieldsProps) {
  const t = useT();
  const required = { required: true, whitespace: true, message: t('files.form.required') };
  const requiredNumber = { required: true, message: t('files.form.required') };
  const text = (name: string, label: string, rules: object[] = []) => (
    <Form.Item name={name} label={label} rules={[...rules, { max: 2000 }]}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );
  const officerField = (name: 'officerId' | 'toOfficerId' | 'assigneeId', label: string, self: boolean) => (
    <Form.Item name={name} label={label} extra={self ? t('files.actionForm.selfHelp', { id: user.id }) : undefined} rules={[requiredNumber]}>
      <OfficerSelect
        role={name === 'assigneeId' ? 'department_reviewer' : 'window_officer'}
        departmentCode={name === 'assigneeId' ? user.departmentCode : null}
        disabled={name === 'officerId' && user.role === 'window_officer'}
      />
    </Form.Item>
  );
  const taskField = () => (
    <Form.Item name="taskId" label={t('files.actionForm.task')} rules={[requiredNumber]}>
      <Select
        options={tasksFor(action, file, user).map((task) => ({
          value: task.id,
          label: `${task.id} · ${departmentName(task.departmentCode)}`,
        }))}
      />
    </Form.Item>
  );
  const note = ACTIONS_WITH_OWN_REASON.includes(action) ? null : text('note', t('files.actionForm.note'));
  const anyTaskRejected = file.tasks.some((task) => task.status === 'rejected');

  switch (action) {
    case 'request_correction':
      return (
        <>
          <CorrectionItemsField departments={departments} named={namedDocuments(file)} />
          <div style={{ marginTop: 16 }}>{note}</div>
        </>
      );
    case 'start_tasks':
      return (
        <>
          <StartTasksField departments={departments} />
          <div style={{ marginTop: 16 }}>{note}</div>
        </>
      );
    case 'assign':
      return (
        <>
          {officerField('officerId', t('files.actionForm.officer'), true)}
          {note}
        </>
      );
    case 'hand_over':
      return (
        <>
          {officerField('toOfficerId', t('files.actionForm.toOfficer'), false)}
          {text('reason', t('files.actionForm.reason'), [required])}
        </>
      );
    case 'assign_task':
      return (
        <>
          {taskField()}
          {officerField('assigneeId', t('files.actionForm.assignee'), true)}
          {note}
        </>
      );
    case 'approve_task':
      return (
        <>
          {taskField()}
          {text('comment', t('files.actionForm.comment'))}
        </>
      );
    case 'reject_task':
      return (
        <>
          {taskField()}
          {text('reasonsText', t('files.actionForm.reasons'), [required])}
          {text('legalBasis', t('files.actionForm.legalBasis'), [required])}
        </>
      );
    case 'approve':
      return text('comment', t('files.actionForm.comment'));
    case 'reject':
      return anyTaskRejected ? (
        <>
          {text('reasonsText', t('files.actionForm.reasonsOptional'))}
          {text('legalBasis', t('files.actionForm.legalBasisOptional'))}
        </>
      ) : (
        <>
          {text('reasonsText', t('files.actionForm.reasons'), [required])}
          {text('legalBasis', t('files.actionForm.legalBasis'), [required])}
        </>
      );
    case 'withdraw':
      return text('reason', t('files.actionForm.withdrawReason'));
    case 'extend': {
      const used = fileType ? file.clock.limitWorkingDays - fileType.decisionWorkingDays : 0;
      const left = fileType ? Math.max(0, fileType.maxExtensionWorkingDays - used) : undefined;
      return (
        <>
          <Form.Item
            name="workingDays"
            label={t('files.actionForm.extendDays')}
            extra={left !== undefined && fileType ? t('files.actionForm.extendDaysHelp', { left, basis: fileType.legalBasis }) : undefined}
            rules={[requiredNumber]}
          >
            <InputNumber<number> min={1} max={left && left > 0 ? left : 365} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="approvedBy" label={t('files.actionForm.approvedBy')} rules={[required, { max: 2000 }]}>
            <Input />
          </Form.Item>
          {text('reason', t('files.actionForm.reason'), [required])}
        </>
      );
    }
    case 'pause':
      return (
        <>
          <Form.Item name="kind" label={t('files.actionForm.pauseKind')} rules={[requiredNumber]}>
            <Select options={PAUSE_KINDS.map((kind) => ({ value: kind, label: t(pauseKindLabels[kind]) }))} />
          </Form.Item>
          {text('reason', t('files.actionForm.reason'), [required])}
          <Form.Item name="expectedWorkingDays" label={t('files.actionForm.expectedDays')}>
            <InputNumber<number> min={1} max={365} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </>
      );
    case 'issue_certificate':
      return (
        <>
          <Form.Item name="certificateNo" label={t('files.actionForm.certificateNo')} rules={[{ max: 2000 }]}>
            <Input />
          </Form.Item>
          {note}
        </>
      );
    case 'verify_commitment':
      return (
        <>
          <Form.Item name="result" label={t('files.actionForm.verifyResult')} rules={[requiredNumber]}>
            <Radio.Group options={COMMITMENT_FINDINGS.map((finding) => ({ value: finding, label: t(commitmentFindingLabels[finding]) }))} />
          </Form.Item>
          {text('findings', t('files.actionForm.findings'), [required])}
        </>
      );
    case 'confirm_rectified':
      return text('findings', t('files.actionForm.rectifiedFindings'), [required]);
    case 'revoke':
      return (
        <>
          <Alert type="warning" showIcon title={t('files.actionForm.revokeHint')} style={{ marginBottom: 16 }} />
          {text('reasonsText', t('files.actionForm.reasons'), [required])}
          {text('legalBasis', t('files.actionForm.legalBasis'), [required])}
        </>
      );
    case 'accept':
    case 'resubmit':
    case 'resume':
      return (
        <>
          <Typography.Paragraph>{t('files.actionForm.confirmText', { id: file.id, action: t(knownActionLabelId(action)) })}</Typography.Paragraph>
          {note}
        </>
      );
  }
}
