import { Alert, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useLocale, useT } from '../../i18n/useT.ts';
import { isIdentified, type EditionMeasure, type IdentifiedMeasure, type UnidentifiedMeasure } from './editionModel.ts';
import { MeasuresTable } from './MeasuresTable.tsx';
import { useSectionNames } from './useEditions.ts';

export type MeasuresBySectionProps = { measures: EditionMeasure[] };

/** An edition's measures grouped by the GB/T 4754-2017 section the list files them under; unidentified ones last. */
export function MeasuresBySection({ measures }: MeasuresBySectionProps) {
  const t = useT();
  const { locale } = useLocale();
  const sectionNames = useSectionNames();
  const { sections, unidentified } = useMemo(() => {
    const bySection = new Map<string, IdentifiedMeasure[]>();
    const unknown: UnidentifiedMeasure[] = [];
    for (const m of measures) {
      if (!isIdentified(m)) {
        unknown.push(m);
        continue;
      }
      const list = bySection.get(m.section) ?? [];
      list.push(m);
      bySection.set(m.section, list);
    }
    return { sections: [...bySection.entries()], unidentified: unknown };
  }, [measures]);

  const sectionTitle = (letter: string) => {
    const names = sectionNames.get(letter);
    const name = names ? (locale === 'en' ? (names.nameEn ?? names.nameZh) : names.nameZh) : '';
    return t('negativeLists.measures.section', { letter, name }).trim();
  };

  return (
    <section aria-labelledby="measures-heading" data-testid="measures">
      <Typography.Title level={2} id="measures-heading" style={{ fontSize: 18 }}>
        {t('negativeLists.measures.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('negativeLists.measures.codesHelp')}</Typography.Paragraph>
      {sections.map(([letter, list]) => (
        <div key={letter}>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {sectionTitle(letter)}
          </Typography.Title>
          <MeasuresTable measures={list} caption={sectionTitle(letter)} />
        </div>
      ))}
      {unidentified.length > 0 && (
        <div data-testid="measures-unidentified">
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('negativeLists.measures.unidentifiedHeading')}
          </Typography.Title>
          <Alert type="info" showIcon title={t('negativeLists.measures.unidentifiedHelp')} style={{ marginBottom: 12 }} />
          <Table<UnidentifiedMeasure>
            rowKey="no"
            size="small"
            pagination={false}
            dataSource={unidentified}
            columns={[
              { title: t('negativeLists.measures.column.no'), dataIndex: 'no', width: 64 },
              {
                title: t('negativeLists.measures.column.text'),
                key: 'state',
                width: 120,
                render: () => <Tag color="default">{t('negativeLists.measures.unidentified')}</Tag>,
              },
              { title: t('negativeLists.measures.column.note'), dataIndex: 'note' },
            ]}
          />
        </div>
      )}
    </section>
  );
}
