import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { DivisionView, ZoneUnitView } from '../../../../schemas/reference.ts';
import { useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { buildZoneTree, type ZoneUnitNode } from './buildTree.ts';

const levelLabels: Record<ZoneUnitView['level'], MessageId> = {
  zone: 'reference.areas.level.zone',
  area: 'reference.areas.level.area',
  functional_area: 'reference.areas.level.functional_area',
  cluster_group: 'reference.areas.level.cluster_group',
};

export type ZoneUnitsTableProps = {
  items: ZoneUnitView[];
  divisions: DivisionView[];
  loading: boolean;
};

/** The zone, its three areas and their parts, as an expandable tree table. */
export function ZoneUnitsTable({ items, divisions, loading }: ZoneUnitsTableProps) {
  const t = useT();
  const name = useLocalName();
  const divisionsByCode = new Map(divisions.map((d) => [d.code, d]));
  const tree = buildZoneTree(items);

  const columns: TableColumnsType<ZoneUnitNode> = [
    {
      title: t('reference.areas.column.name'),
      key: 'name',
      render: (_, unit) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{name(unit.nameZh, unit.nameEn)}</Typography.Text>
          <Typography.Text type="secondary">{unit.code}</Typography.Text>
        </Space>
      ),
    },
    { title: t('reference.areas.column.level'), dataIndex: 'level', render: (level: ZoneUnitView['level']) => t(levelLabels[level]) },
    {
      title: t('reference.areas.column.km2'),
      dataIndex: 'areaKm2',
      align: 'right',
      render: (km2: number | null) => (km2 === null ? '—' : km2.toLocaleString(undefined, { maximumFractionDigits: 2 })),
    },
    {
      title: t('reference.areas.column.customs'),
      dataIndex: 'specialCustomsZone',
      render: (flag: boolean) =>
        flag ? <Tag color="blue">{t('reference.areas.customs.yes')}</Tag> : <span>{t('reference.areas.customs.no')}</span>,
    },
    {
      title: t('reference.areas.column.districts'),
      dataIndex: 'districtCodes',
      render: (codes: string[]) =>
        codes.length === 0
          ? '—'
          : codes.map((code) => {
              const division = divisionsByCode.get(code);
              return (
                <Tag key={code} title={code}>
                  {division ? name(division.nameZh, division.nameEn) : code}
                </Tag>
              );
            }),
    },
    {
      title: t('reference.areas.column.clusters'),
      dataIndex: 'clusters',
      render: (clusters: string[]) => (clusters.length === 0 ? '—' : clusters.map((c) => <Tag key={c}>{c}</Tag>)),
    },
    {
      title: t('reference.areas.column.positioning'),
      key: 'positioning',
      width: 320,
      render: (_, unit) => {
        const text = name(unit.positioningZh ?? '', unit.positioningEn);
        return (
          <>
            {text === '' ? '—' : text}
            {unit.note && (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {unit.note}
              </Typography.Paragraph>
            )}
          </>
        );
      },
    },
  ];

  return (
    <Table<ZoneUnitNode>
      rowKey="code"
      columns={columns}
      dataSource={tree}
      loading={loading}
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
      scroll={{ x: 'max-content' }}
      size="middle"
    />
  );
}
