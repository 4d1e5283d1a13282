import { useState, type Key } from 'react';
import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
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

// The cluster vocabulary of the Industrial Development Plan 2018-2020 (reference-data/geography/zone-units.json);
// the API returns only the codes.
const clusterLabels: Record<string, MessageId> = {
  C1: 'reference.areas.cluster.C1',
  C2: 'reference.areas.cluster.C2',
  C3: 'reference.areas.cluster.C3',
  C4: 'reference.areas.cluster.C4',
  C5: 'reference.areas.cluster.C5',
  C6: 'reference.areas.cluster.C6',
  C7: 'reference.areas.cluster.C7',
};

export type ZoneUnitsTableProps = {
  items: ZoneUnitView[];
  divisions: DivisionView[];
  loading: boolean;
  /** Opens the unit's details (positioning, note). */
  onOpen: (unit: ZoneUnitView) => void;
};

/** The zone, its three areas and their parts, as an expandable tree table. */
export function ZoneUnitsTable({ items, divisions, loading, onOpen }: ZoneUnitsTableProps) {
  const t = useT();
  const name = useLocalName();
  const divisionsByCode = new Map(divisions.map((d) => [d.code, d]));
  const tree = buildZoneTree(items);
  // All rows open until the user folds one (the data arrives after the first render).
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const allCodes = items.filter((u) => items.some((c) => c.parentCode === u.code)).map((u) => u.code);

  const columns: TableColumnsType<ZoneUnitNode> = [
    {
      title: t('reference.areas.column.name'),
      key: 'name',
      width: 320,
      render: (_, unit) => (
        // inline-block keeps a wrapped name beside the tree's indent and fold button, not under them
        <span style={{ display: 'inline-block', verticalAlign: 'top', maxWidth: 'calc(100% - 72px)' }}>
          <Typography.Text strong style={{ display: 'block' }}>
            {name(unit.nameZh, unit.nameEn)}
          </Typography.Text>
          <Typography.Text type="secondary">{unit.code}</Typography.Text>
        </span>
      ),
    },
    { title: t('reference.areas.column.level'), dataIndex: 'level', width: 100, render: (level: ZoneUnitView['level']) => t(levelLabels[level]) },
    {
      title: t('reference.areas.column.km2'),
      dataIndex: 'areaKm2',
      align: 'right',
      width: 110,
      render: (km2: number | null) => (km2 === null ? '—' : km2.toLocaleString(undefined, { maximumFractionDigits: 2 })),
    },
    {
      title: t('reference.areas.column.customs'),
      dataIndex: 'specialCustomsZone',
      width: 120,
      render: (flag: boolean) =>
        flag ? <Tag color="blue">{t('reference.areas.customs.yes')}</Tag> : <span>{t('reference.areas.customs.no')}</span>,
    },
    {
      title: t('reference.areas.column.districts'),
      dataIndex: 'districtCodes',
      width: 220,
      render: (codes: string[]) =>
        codes.length === 0
          ? '—'
          : codes
              .map((code) => {
                const division = divisionsByCode.get(code);
                return division ? name(division.nameZh, division.nameEn) : code;
              })
              .join(t('common.list.separator')),
    },
    {
      title: t('reference.areas.column.clusters'),
      dataIndex: 'clusters',
      width: 240,
      render: (clusters: string[]) =>
        clusters.length === 0
          ? '—'
          : clusters
              .map((c) => {
                const id = clusterLabels[c];
                return id ? t(id) : c;
              })
              .join(t('common.list.separator')),
    },
    {
      title: t('common.table.actions'),
      key: 'details',
      width: 90,
      render: (_, unit) => (
        <Button size="small" onClick={() => onOpen(unit)} aria-label={t('reference.areas.drawer.open', { name: name(unit.nameZh, unit.nameEn) })}>
          {t('reference.areas.drawer.button')}
        </Button>
      ),
    },
  ];

  return (
    <Table<ZoneUnitNode>
      rowKey="code"
      columns={columns}
      dataSource={tree}
      loading={loading}
      pagination={false}
      expandable={{ expandedRowKeys: expanded ?? allCodes, onExpandedRowsChange: (keys) => setExpanded(keys) }}
      scroll={{ x: 1200 }}
      indentSize={12}
      tableLayout="fixed"
      size="middle"
    />
  );
}
