import { useState } from 'react';
import { App, Button, Input, Modal, Space, Tooltip } from 'antd';
import type { SubmissionDetail, SubmissionView } from '../../../../schemas/indicators.ts';
import { api } from '../../api/client.ts';
import { errorText } from '../../api/errorText.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { statusLabels } from './labels.ts';

export type DecisionButtonsProps = { submission: SubmissionView; onDecided: () => void };

/** Approve or return a pending submission (the FTZ Office; never one's own: four eyes). */
export function DecisionButtons({ submission, onDecided }: DecisionButtonsProps) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [dialog, setDialog] = useState<'approve' | 'return' | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  if (submission.status !== 'pending') return null;
  if (user?.id === submission.submittedBy.id) {
    return (
      <Tooltip title={t('indicators.approvals.own')}>
        <Button size="small" disabled>
          {t('indicators.approvals.approve')}
        </Button>
      </Tooltip>
    );
  }
  const decide = async () => {
    if (dialog === null) return;
    setBusy(true);
    try {
      const body = dialog === 'approve' ? (text.trim() ? { note: text.trim() } : {}) : { reason: text.trim() };
      const s = await api.post<SubmissionDetail>(`/api/indicators/submissions/${submission.id}/${dialog}`, body);
      void message.success(t('indicators.approvals.done', { id: s.id, status: t(statusLabels[s.status]) }));
      setDialog(null);
      setText('');
      onDecided();
    } catch (error) {
      void message.error(errorText(error, locale, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Space>
        <Button size="small" type="primary" onClick={() => setDialog('approve')}>
          {t('indicators.approvals.approve')}
        </Button>
        <Button size="small" danger onClick={() => setDialog('return')}>
          {t('indicators.approvals.return')}
        </Button>
      </Space>
      <Modal
        open={dialog !== null}
        title={`${dialog === 'return' ? t('indicators.approvals.return') : t('indicators.approvals.approve')} · ${submission.id}`}
        okText={dialog === 'return' ? t('indicators.approvals.return') : t('indicators.approvals.approve')}
        okButtonProps={{ danger: dialog === 'return', disabled: dialog === 'return' && text.trim() === '', loading: busy }}
        onOk={() => void decide()}
        onCancel={() => setDialog(null)}
      >
        <Input.TextArea
          aria-label={dialog === 'return' ? t('indicators.approvals.returnReason') : t('indicators.approvals.note')}
          placeholder={dialog === 'return' ? t('indicators.approvals.returnReason') : t('indicators.approvals.note')}
          value={text}
          maxLength={500}
          onChange={(e) => setText(e.target.value)}
        />
      </Modal>
    </>
  );
}
