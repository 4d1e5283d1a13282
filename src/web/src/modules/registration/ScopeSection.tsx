import { Alert, Col, Flex, Form, Input, Row, Select, Tag } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import type { EstablishmentValues, PreApprovalValues } from './formModel.ts';
import { ItemFieldset } from './ItemFieldset.tsx';
import { scopeKindTags } from './registrationLabels.ts';
import type { ScopeCatalogue } from './useScopeCatalogue.ts';

/**
 * 经营范围: items of the catalogue (一般项目 / 许可项目 / 前置审批), the main item among them (it gives the industry),
 * and for each pre-approval item the approval obtained before registration.
 */
export function ScopeSection({ catalogue }: { catalogue: ScopeCatalogue }) {
  const t = useT();
  const form = Form.useFormInstance<EstablishmentValues>();
  const chosen: string[] = Form.useWatch(['businessScope', 'itemCodes'], form) ?? [];
  const required = { required: true, message: t('registration.form.required') };
  const hasLicensed = chosen.some((code) => catalogue.byCode(code)?.kind === 'licensed');

  const options = catalogue.items.map((item) => ({ value: item.code, title: catalogue.itemName(item.code), label: catalogue.itemName(item.code), kind: item.kind, search: `${item.code} ${item.zh} ${item.en}`.toLowerCase() }));

  /** Keeps the main item among the chosen ones and one approval entry per chosen pre-approval item. */
  const onItemsChange = (codes: string[]) => {
    const main = form.getFieldValue(['businessScope', 'mainItemCode']) as string | undefined;
    const previous = (form.getFieldValue('preApprovals') as PreApprovalValues[] | undefined) ?? [];
    const preApprovals = codes
      .filter((code) => catalogue.byCode(code)?.kind === 'preApproval')
      .map((code) => previous.find((a) => a.itemCode === code) ?? { itemCode: code });
    form.setFieldsValue({ preApprovals });
    if (!main || !codes.includes(main)) form.setFieldValue(['businessScope', 'mainItemCode'], codes[0]);
  };

  return (
    <>
      <ErrorAlert error={catalogue.error} title={t('registration.form.scopeError')} onRetry={catalogue.reload} />
      <Form.Item
        name={['businessScope', 'itemCodes']}
        label={t('registration.form.scopeItems')}
        extra={t('registration.form.scopeItemsHelp')}
        rules={[{ required: true, type: 'array', min: 1, message: t('registration.form.scopeRequired') }]}
      >
        <Select
          mode="multiple"
          loading={catalogue.loading}
          options={options}
          onChange={onItemsChange}
          showSearch={{ filterOption: (input, option) => (option?.search ?? '').includes(input.trim().toLowerCase()) }}
          optionRender={(option) => (
            <Flex justify="space-between" gap="small">
              <span>{option.data.title}</span>
              <Tag color={scopeKindTags[option.data.kind].color}>{t(scopeKindTags[option.data.kind].id)}</Tag>
            </Flex>
          )}
          tagRender={({ value, label, closable, onClose }) => {
            const kind = catalogue.byCode(String(value))?.kind ?? 'general';
            return (
              <Tag color={scopeKindTags[kind].color} closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
                {label}（{t(scopeKindTags[kind].id)}）
              </Tag>
            );
          }}
        />
      </Form.Item>
      <Form.Item name={['businessScope', 'mainItemCode']} label={t('registration.form.mainItem')} extra={t('registration.form.mainItemHelp')} rules={[required]}>
        <Select
          disabled={chosen.length === 0}
          style={{ maxWidth: 420 }}
          options={chosen.map((code) => ({ value: code, label: catalogue.itemName(code), title: catalogue.itemName(code) }))}
        />
      </Form.Item>
      {hasLicensed && <Alert type="info" showIcon title={t('registration.form.licensedNote')} style={{ marginBottom: 16 }} />}
      <Form.List name="preApprovals">
        {(fields) =>
          fields.map((field) => {
            const code = form.getFieldValue(['preApprovals', field.name, 'itemCode']) as string;
            return (
              <ItemFieldset key={field.key} legend={t('registration.form.preApproval', { item: catalogue.itemName(code) })}>
                <Form.Item name={[field.name, 'itemCode']} hidden>
                  <Input />
                </Form.Item>
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'approvalNo']} label={t('registration.form.approvalNo')} rules={[required, { max: 200 }]}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'authority']} label={t('registration.form.authority')} rules={[required, { max: 200 }]}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                </Row>
              </ItemFieldset>
            );
          })
        }
      </Form.List>
    </>
  );
}
