import { Button, Form, Select, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/useT.ts';
import { LR_POSITIONS, type EstablishmentValues, type LrPosition, type OfficerValues } from './formModel.ts';
import { PersonFields } from './PersonFields.tsx';
import { positionLabels } from './registrationLabels.ts';

/** 法定代表人: a listed director or manager who carries out the company's affairs (Company Law Art. 10). */
export function LegalRepresentativeFields() {
  const t = useT();
  const form = Form.useFormInstance<EstablishmentValues>();
  const copyFirstDirector = () => {
    const director = form.getFieldValue(['directors', 0]) as OfficerValues | undefined;
    if (!director) return;
    const position = (LR_POSITIONS as readonly string[]).includes(director.position ?? '') ? (director.position as LrPosition) : (form.getFieldValue(['legalRepresentative', 'position']) as LrPosition | undefined);
    form.setFieldsValue({
      legalRepresentative: { name: director.name, nationality: director.nationality, idType: director.idType, idNumber: director.idNumber, position },
    });
    void form.validateFields([
      ['legalRepresentative', 'name'],
      ['legalRepresentative', 'idNumber'],
    ]).catch(() => undefined);
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{t('registration.form.lrHelp')}</Typography.Paragraph>
      <Button icon={<CopyOutlined />} onClick={copyFirstDirector} style={{ marginBottom: 16 }}>
        {t('registration.form.sameAsDirector')}
      </Button>
      <PersonFields path={['legalRepresentative']} absolute={['legalRepresentative']} />
      <Form.Item name={['legalRepresentative', 'position']} label={t('registration.form.lrPosition')} rules={[{ required: true, message: t('registration.form.required') }]}>
        <Select style={{ maxWidth: 240 }} options={LR_POSITIONS.map((p) => ({ value: p, label: t(positionLabels[p]) }))} />
      </Form.Item>
    </>
  );
}
