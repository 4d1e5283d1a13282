import { Alert, Checkbox, Form, Input, Typography } from 'antd';
import type { FileTypeView } from '../../../../schemas/files.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';

export type CommitmentFieldsProps = {
  /** The procedure's commitment rule: its written notice and post-verification periods. */
  commitment: NonNullable<FileTypeView['commitment']>;
};

/**
 * 告知承诺制 (TC-01, TC-02): the authority's written notice with its periods, the confirmation that it was read,
 * and the applicant's written commitment and who signs it (form.commitment).
 */
export function CommitmentFields({ commitment }: CommitmentFieldsProps) {
  const t = useT();
  const name = useLocalName();
  const required = { required: true, whitespace: true, message: t('files.form.required') };
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '8px 0 0' }} data-testid="commitment-fields">
      <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>{t('files.commitment.fieldset')}</legend>
      <section aria-labelledby="commitment-notice-title" style={{ marginBottom: 16 }}>
        <Alert
          type="info"
          title={
            <Typography.Text strong id="commitment-notice-title">
              {t('files.commitment.noticeTitle')}
            </Typography.Text>
          }
          description={
            <div data-testid="commitment-notice">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>
                {name(commitment.noticeZh, commitment.noticeEn)}
              </Typography.Paragraph>
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {t('files.commitment.periods', { verify: commitment.verificationWorkingDays, rectify: commitment.rectificationWorkingDays })}
              </Typography.Paragraph>
              <Typography.Text type="secondary">{t('files.commitment.basis', { basis: commitment.legalBasis })}</Typography.Text>
            </div>
          }
        />
      </section>
      <Form.Item
        name={['commitment', 'noticeRead']}
        valuePropName="checked"
        rules={[{ validator: (_, v: unknown) => (v === true ? Promise.resolve() : Promise.reject(new Error(t('files.commitment.noticeReadRequired')))) }]}
      >
        <Checkbox>{t('files.commitment.noticeRead')}</Checkbox>
      </Form.Item>
      <Form.Item
        name={['commitment', 'statement']}
        label={t('files.commitment.statement')}
        extra={t('files.commitment.statementHelp')}
        rules={[required, { max: 5000 }]}
      >
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name={['commitment', 'signedBy']} label={t('files.commitment.signedBy')} rules={[required, { max: 200 }]}>
        <Input maxLength={200} style={{ maxWidth: 420 }} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('files.commitment.ordinaryHint')}</Typography.Paragraph>
    </fieldset>
  );
}
