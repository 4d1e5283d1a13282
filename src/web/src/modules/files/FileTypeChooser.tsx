import { Card, Radio, Space, Tag, Typography } from 'antd';
import type { FileTypeView } from '../../../../schemas/files.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';

export type FileTypeChooserProps = {
  items: FileTypeView[];
  value: string | undefined;
  onChange: (code: string) => void;
  departmentName: (code: string) => string;
};

/** The procedures to apply for, each with its statutory limit and legal basis. */
export function FileTypeChooser({ items, value, onChange, departmentName }: FileTypeChooserProps) {
  const t = useT();
  const name = useLocalName();
  return (
    <Radio.Group value={value} onChange={(e) => onChange(String(e.target.value))} style={{ width: '100%' }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {/* Procedures opened from another record (an investment case) are never filed from this page. */}
        {items.filter((type) => type.openedThrough === null).map((type) => (
          <Card
            key={type.code}
            size="small"
            style={{ borderColor: value === type.code ? '#1677ff' : undefined, cursor: 'pointer' }}
            onClick={() => onChange(type.code)}
          >
            <Radio value={type.code}>
              <Typography.Text strong>{name(type.nameZh, type.nameEn)}</Typography.Text>
            </Radio>
            {type.commitment && <Tag color="geekblue">{t('files.commitment.badge')}</Tag>}
            <div style={{ marginInlineStart: 24, marginTop: 4 }}>
              <Typography.Text>
                {t('files.new.limit', { days: type.decisionWorkingDays, ext: type.maxExtensionWorkingDays })}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">{t('files.new.legalBasis', { basis: type.legalBasis })}</Typography.Text>
              {type.commitment && (
                <>
                  <br />
                  <Typography.Text type="secondary">
                    {t('files.commitment.chooserPeriods', {
                      verify: type.commitment.verificationWorkingDays,
                      rectify: type.commitment.rectificationWorkingDays,
                    })}
                  </Typography.Text>
                </>
              )}
              {type.departments.length > 0 && (
                <>
                  <br />
                  <Typography.Text type="secondary">
                    {t('files.new.departments', {
                      list: type.departments.map(departmentName).join(t('common.list.separator')),
                    })}
                  </Typography.Text>
                </>
              )}
            </div>
          </Card>
        ))}
      </Space>
    </Radio.Group>
  );
}
