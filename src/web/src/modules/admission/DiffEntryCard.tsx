import { Card, Flex, Tag, Typography, theme } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import type { EditionDiffEntry } from '../../../../schemas/admission.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { RestrictionTags } from './RestrictionTags.tsx';
import { parseDescribedRestriction } from './restrictionText.ts';

type Change = EditionDiffEntry['change'];
type Difference = EditionDiffEntry['differences'][number];

export const changeLabels: Record<Change, MessageId> = {
  added: 'negativeLists.diff.change.added',
  removed: 'negativeLists.diff.change.removed',
  changed: 'negativeLists.diff.change.changed',
  unchanged: 'negativeLists.diff.change.unchanged',
};
export const changeTagColors: Record<Change, string> = { added: 'green', removed: 'red', changed: 'orange', unchanged: 'default' };
const differenceLabels: Record<Difference, MessageId> = {
  text: 'negativeLists.diff.what.text',
  industryCodes: 'negativeLists.diff.what.industryCodes',
  restrictions: 'negativeLists.diff.what.restrictions',
  section: 'negativeLists.diff.what.section',
};

function Codes({ codes, color }: { codes: string[]; color: string }) {
  return (
    <>
      {codes.map((c) => (
        <Tag key={c} color={color} style={{ fontFamily: 'monospace' }}>
          {c}
        </Tag>
      ))}
    </>
  );
}

export type DiffEntryCardProps = { entry: EditionDiffEntry };

/** One measure's change between two editions, coloured by the kind of change, with what changed. */
export function DiffEntryCard({ entry }: DiffEntryCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const { token } = theme.useToken();
  const palette: Record<Change, { bg: string; border: string }> = {
    added: { bg: token.colorSuccessBg, border: token.colorSuccessBorder },
    removed: { bg: token.colorErrorBg, border: token.colorErrorBorder },
    changed: { bg: token.colorWarningBg, border: token.colorWarningBorder },
    unchanged: { bg: token.colorBgContainer, border: token.colorBorderSecondary },
  };
  const textOf = (m: { textZh: string; textEn: string }) => (locale === 'en' ? m.textEn : m.textZh);
  const number =
    entry.from && entry.to
      ? entry.from.no === entry.to.no
        ? t('negativeLists.diff.measureNo', { no: entry.to.no })
        : t('negativeLists.diff.measurePair', { from: entry.from.no, to: entry.to.no })
      : t('negativeLists.diff.measureNo', { no: (entry.to ?? entry.from)?.no ?? '?' });
  const textChanged = entry.change === 'changed' && entry.differences.includes('text');
  const shown = entry.to ?? entry.from;
  const before = entry.restrictions.from.map(parseDescribedRestriction);
  const after = entry.restrictions.to.map(parseDescribedRestriction);
  const { added, removed } = entry.industryCodes;

  return (
    <Card
      size="small"
      data-testid="diff-entry"
      data-change={entry.change}
      style={{ background: palette[entry.change].bg, borderColor: palette[entry.change].border, marginBottom: 12 }}
      title={
        <Flex gap="small" align="center" wrap>
          <Tag color={changeTagColors[entry.change]}>{t(changeLabels[entry.change])}</Tag>
          <span>{number}</span>
          {entry.change === 'changed' && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {t('negativeLists.diff.changed', { what: entry.differences.map((d) => t(differenceLabels[d])).join(t('common.list.separator')) })}
            </Typography.Text>
          )}
        </Flex>
      }
    >
      {textChanged && entry.from && entry.to ? (
        <dl style={{ margin: 0 }}>
          <dt style={{ fontWeight: 600 }}>{t('negativeLists.diff.textBefore')}</dt>
          <dd style={{ marginInlineStart: 0 }}>
            <del>{textOf(entry.from)}</del>
          </dd>
          <dt style={{ fontWeight: 600, marginTop: 8 }}>{t('negativeLists.diff.textAfter')}</dt>
          <dd style={{ marginInlineStart: 0 }}>
            <ins style={{ textDecoration: 'none' }}>{textOf(entry.to)}</ins>
          </dd>
        </dl>
      ) : (
        shown && <Typography.Paragraph style={{ marginBottom: 8 }}>{textOf(shown)}</Typography.Paragraph>
      )}
      {(added.length > 0 || removed.length > 0) && (
        <Flex gap="small" wrap style={{ marginTop: 8 }}>
          {added.length > 0 && (
            <span>
              {t('negativeLists.diff.codesAdded')} <Codes codes={added} color="green" />
            </span>
          )}
          {removed.length > 0 && (
            <span>
              {t('negativeLists.diff.codesRemoved')} <Codes codes={removed} color="red" />
            </span>
          )}
        </Flex>
      )}
      <Flex gap="small" align="center" wrap style={{ marginTop: 8 }}>
        <span>{t('negativeLists.diff.conditions')}</span>
        {before.length > 0 && <RestrictionTags restrictions={before} />}
        {entry.change !== 'added' && entry.change !== 'removed' && entry.differences.includes('restrictions') && (
          <>
            <ArrowRightOutlined aria-hidden />
            {after.length > 0 ? <RestrictionTags restrictions={after} /> : t('negativeLists.diff.noConditions')}
          </>
        )}
        {entry.change === 'added' && <RestrictionTags restrictions={after} />}
      </Flex>
    </Card>
  );
}
