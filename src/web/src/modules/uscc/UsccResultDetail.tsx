import type { ReactNode } from 'react';
import { Descriptions, Tag, Typography } from 'antd';
import type { UsccCheckResult } from '../../../../schemas/uscc.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';

type Parts = UsccCheckResult['parts'];
type Confidence = NonNullable<NonNullable<Parts['authority']>['confidence']>;
type Disposition = UsccCheckResult['disposition'];

const confidenceLabels: Record<Confidence, MessageId> = {
  high: 'uscc.confidence.high',
  medium: 'uscc.confidence.medium',
  low: 'uscc.confidence.low',
};
const existingLabels: Record<Disposition['existingEntity'], MessageId> = {
  accept: 'uscc.disposition.existing.accept',
  warn: 'uscc.disposition.existing.warn',
  block: 'uscc.disposition.existing.block',
};
const newLabels: Record<Disposition['newIssuance'], MessageId> = {
  accept: 'uscc.disposition.new.accept',
  block: 'uscc.disposition.new.block',
};
const dispositionColours = { accept: 'success', warn: 'warning', block: 'error' } as const;

export type UsccResultDetailProps = { result: UsccCheckResult };

/** The parts of one credit code explained: authority, entity type, division, organisation code, and what to do with it. */
export function UsccResultDetail({ result }: UsccResultDetailProps) {
  const t = useT();
  const name = useLocalName();
  const { locale } = useLocale();
  const { parts, disposition } = result;
  // The API sends every explanation in English and Chinese; warningsZh[i] is the Chinese of warnings[i].
  const warnings = locale === 'en' ? result.warnings : result.warningsZh;

  const part = (p: { code: string; nameZh: string | null; nameEn: string | null; known: boolean } | null, extra?: ReactNode) =>
    p ? (
      <>
        <code>{p.code}</code> {name(p.nameZh ?? p.nameEn ?? '', p.nameEn)}{' '}
        {!p.known && <Tag color="warning">{t('uscc.part.unknown')}</Tag>}
        {extra}
      </>
    ) : (
      '—'
    );

  const confidence = parts.authority?.confidence;
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, xl: 2 }}
        items={[
          {
            key: 'authority',
            label: t('uscc.part.authority'),
            children: part(
              parts.authority,
              confidence ? <Typography.Text type="secondary">{t(confidenceLabels[confidence])}</Typography.Text> : null,
            ),
          },
          { key: 'entityType', label: t('uscc.part.entityType'), children: part(parts.entityType) },
          {
            key: 'division',
            label: t('uscc.part.division'),
            children: parts.division ? (
              <>
                <code>{parts.division.code}</code> {locale === 'en' ? parts.division.note : parts.division.noteZh}
              </>
            ) : (
              '—'
            ),
          },
          {
            key: 'orgCode',
            label: t('uscc.part.orgCode'),
            children: parts.orgCode ? (
              <>
                <code>{parts.orgCode.code}</code>{' '}
                <Tag color={parts.orgCode.valid ? 'success' : 'error'}>
                  {t(parts.orgCode.valid ? 'uscc.result.valid' : 'uscc.result.invalid')}
                </Tag>
                {!parts.orgCode.valid && parts.orgCode.checkChar && t('uscc.part.orgCheckChar', { char: parts.orgCode.checkChar })}
              </>
            ) : (
              '—'
            ),
          },
          {
            key: 'disposition',
            label: t('uscc.disposition.label'),
            span: { xs: 1, xl: 2 },
            children: (
              <>
                <Tag color={dispositionColours[disposition.existingEntity]}>{t(existingLabels[disposition.existingEntity])}</Tag>
                <Tag color={dispositionColours[disposition.newIssuance]}>{t(newLabels[disposition.newIssuance])}</Tag>
              </>
            ),
          },
        ]}
      />
      {warnings.length > 0 && (
        <ul style={{ marginTop: 8, marginBottom: 0 }} aria-label={t('uscc.result.warnings')}>
          {warnings.map((w, i) => (
            <li key={`${i}:${w}`}>
              <Typography.Text type="warning">{w}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
