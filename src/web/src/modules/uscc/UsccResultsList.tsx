import { Card, Flex, List, Tag, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import type { UsccCheckResult } from '../../../../schemas/uscc.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { UsccResultDetail } from './UsccResultDetail.tsx';

export type UsccResultsListProps = { results: UsccCheckResult[] };

/** One card per checked code: valid or not, why, the correct check character, and its parts explained. */
export function UsccResultsList({ results }: UsccResultsListProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <List<UsccCheckResult>
      dataSource={results}
      rowKey={(r) => `${results.indexOf(r)}:${r.code}`}
      pagination={results.length > 20 ? { pageSize: 20, showSizeChanger: false, align: 'center' } : false}
      split={false}
      renderItem={(r) => (
        <List.Item style={{ display: 'block', paddingBlock: 6 }}>
          <Card
            size="small"
            title={
              <Flex gap="small" wrap align="center">
                <Typography.Text code copyable={r.code !== '' ? { text: r.code } : false} style={{ fontSize: 15 }}>
                  {r.code === '' ? '∅' : r.code}
                </Typography.Text>
                {r.valid ? (
                  <Tag icon={<CheckCircleOutlined />} color="success">
                    {t('uscc.result.valid')}
                  </Tag>
                ) : (
                  <Tag icon={<CloseCircleOutlined />} color="error">
                    {t('uscc.result.invalid')}
                  </Tag>
                )}
              </Flex>
            }
          >
            {!r.valid && (
              <Typography.Paragraph style={{ marginBottom: 8 }}>
                <Typography.Text strong>{t('uscc.result.reasonLabel')}</Typography.Text>
                {(locale === 'en' ? r.reason : r.reasonZh) ?? '—'}
                {r.checkChar !== null && (
                  <>
                    <br />
                    <Typography.Text strong>{t('uscc.result.checkCharLabel')}</Typography.Text>
                    <code>{r.checkChar}</code>
                    {r.code.length === 18 && t('uscc.result.shouldBe', { got: r.code.slice(17), want: r.checkChar })}
                  </>
                )}
              </Typography.Paragraph>
            )}
            <UsccResultDetail result={r} />
          </Card>
        </List.Item>
      )}
    />
  );
}
