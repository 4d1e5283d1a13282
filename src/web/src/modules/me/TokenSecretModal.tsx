import { Alert, Modal, Typography } from 'antd';
import type { CreateApiTokenResponse } from '../../../../schemas/auth.ts';
import { useT } from '../../i18n/useT.ts';

export type TokenSecretModalProps = {
  created: CreateApiTokenResponse | undefined;
  onClose: () => void;
};

/** Shows a new token's secret, once, with a copy button. */
export function TokenSecretModal({ created, onClose }: TokenSecretModalProps) {
  const t = useT();
  return (
    <Modal
      open={created !== undefined}
      title={t('tokens.secret.title', { name: created?.token.name ?? '' })}
      onOk={onClose}
      onCancel={onClose}
      okText={t('tokens.secret.done')}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('tokens.secret.once')} style={{ marginBottom: 16 }} />
      {created && (
        <Typography.Paragraph
          copyable={{ text: created.secret, tooltips: [t('tokens.secret.copy'), t('tokens.secret.copied')] }}
          code
          style={{ wordBreak: 'break-all', fontSize: 14 }}
        >
          {created.secret}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('tokens.secret.usage')}</Typography.Paragraph>
    </Modal>
  );
}
