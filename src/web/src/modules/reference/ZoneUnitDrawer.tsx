import { Descriptions, Drawer, Tag } from 'antd';
import type { ZoneUnitView } from '../../../../schemas/reference.ts';
import { useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';

export type ZoneUnitDrawerProps = {
  unit: ZoneUnitView | undefined;
  onClose: () => void;
};

/** A zone unit's role (positioning) in both languages and the note on its figures. */
export function ZoneUnitDrawer({ unit, onClose }: ZoneUnitDrawerProps) {
  const t = useT();
  const name = useLocalName();
  return (
    <Drawer open={unit !== undefined} onClose={onClose} title={unit ? name(unit.nameZh, unit.nameEn) : ''} size={520}>
      {unit && (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'code', label: t('reference.areas.drawer.code'), children: <code>{unit.code}</code> },
            { key: 'zh', label: t('reference.areas.drawer.nameZh'), children: <span lang="zh-CN">{unit.nameZh}</span> },
            { key: 'en', label: t('reference.areas.drawer.nameEn'), children: <span lang="en">{unit.nameEn}</span> },
            {
              key: 'customs',
              label: t('reference.areas.column.customs'),
              children: unit.specialCustomsZone ? <Tag color="blue">{t('reference.areas.customs.yes')}</Tag> : t('reference.areas.customs.no'),
            },
            {
              key: 'posZh',
              label: t('reference.areas.drawer.positioningZh'),
              children: <span lang="zh-CN">{unit.positioningZh ?? '—'}</span>,
            },
            {
              key: 'posEn',
              label: t('reference.areas.drawer.positioningEn'),
              children: <span lang="en">{unit.positioningEn ?? '—'}</span>,
            },
            { key: 'note', label: t('reference.areas.drawer.note'), children: unit.note ?? '—' },
          ]}
        />
      )}
    </Drawer>
  );
}
