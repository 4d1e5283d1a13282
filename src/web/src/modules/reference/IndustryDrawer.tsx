import { Breadcrumb, Button, Descriptions, Drawer, List, Spin, Tag, Typography } from 'antd';
import type { IndustryDetailResponse } from '../../../../schemas/reference.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { industryLevelLabels } from './industryLevels.ts';

export type IndustryDrawerProps = {
  /** The code shown; null closes the drawer. */
  code: string | null;
  onNavigate: (code: string) => void;
  onClose: () => void;
};

/** One GB/T 4754-2017 entry: its path from the section, its names and its children, each one click away. */
export function IndustryDrawer({ code, onNavigate, onClose }: IndustryDrawerProps) {
  const t = useT();
  const name = useLocalName();
  const { data, error, loading } = useApi<IndustryDetailResponse>(
    code === null ? null : `/api/reference/industries/${encodeURIComponent(code)}`,
  );
  const detail = data && data.code === code ? data : undefined;

  return (
    <Drawer
      open={code !== null}
      onClose={onClose}
      title={detail ? `${detail.code} ${name(detail.nameZh, detail.nameEn)}` : (code ?? '')}
      size={520}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      {loading && !detail && <Spin aria-label={t('common.status.loading')} />}
      {detail && (
        <>
          <nav aria-label={t('reference.industries.drawer.path')}>
            <Breadcrumb
              items={[...detail.path, detail].map((node, i, all) => ({
                key: node.code,
                title:
                  i === all.length - 1 ? (
                    <span aria-current="page">{node.code}</span>
                  ) : (
                    <Typography.Link onClick={() => onNavigate(node.code)}>{node.code}</Typography.Link>
                  ),
              }))}
            />
          </nav>
          <Descriptions
            column={1}
            size="small"
            bordered
            style={{ marginTop: 16 }}
            items={[
              { key: 'code', label: t('reference.industries.column.code'), children: detail.code },
              { key: 'level', label: t('reference.industries.column.level'), children: t(industryLevelLabels[detail.level]) },
              { key: 'zh', label: t('reference.industries.drawer.nameZh'), children: <span lang="zh-CN">{detail.nameZh}</span> },
              { key: 'en', label: t('reference.industries.drawer.nameEn'), children: <span lang="en">{detail.nameEn ?? '—'}</span> },
              { key: 'pinyin', label: t('reference.industries.drawer.pinyin'), children: detail.pinyin },
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
            {t('reference.industries.drawer.children', { count: detail.children.length })}
          </Typography.Title>
          {detail.children.length === 0 ? (
            <Typography.Text type="secondary">{t('reference.industries.drawer.noChildren')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={detail.children}
              renderItem={(child) => (
                <List.Item>
                  <Button type="link" onClick={() => onNavigate(child.code)} style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}>
                    <Tag>{child.code}</Tag>
                    {name(child.nameZh, child.nameEn)}
                  </Button>
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
