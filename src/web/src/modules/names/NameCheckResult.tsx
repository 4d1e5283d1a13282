import { Alert, Descriptions, Tag, Typography } from 'antd';
import type { NameCheckResponse } from '../../../../schemas/names.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { verdictAlert, type NameReason } from './nameLabels.ts';
import { NameComparisonTable } from './NameComparisonTable.tsx';

/** Every reason of a check, in the current language, each with its rule and legal basis. */
export function NameReasons({ reasons, testId = 'name-reasons' }: { reasons: readonly NameReason[]; testId?: string }) {
  const t = useT();
  const localName = useLocalName();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid={testId}>
      {reasons.map((r, i) => (
        <li key={`${r.code}-${i}`} style={{ marginBottom: 4 }}>
          <Tag>{r.code}</Tag> {localName(r.zh, r.en)}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0, marginTop: 2 }}>
            {t('names.legalBasis', { basis: r.legalBasis })}
          </Typography.Paragraph>
        </li>
      ))}
    </ul>
  );
}

export type NameCheckResultProps = { result: NameCheckResponse };

/** The answer of a name check: the verdict with its reasons, the parts of the name, the conflicts and the similar names. */
export function NameCheckResult({ result }: NameCheckResultProps) {
  const t = useT();
  const verdict = verdictAlert[result.verdict];
  const { parsed } = result;
  const none = t('names.result.none');
  return (
    <section aria-labelledby="name-result-heading" data-testid="name-result">
      <Typography.Title level={2} id="name-result-heading" style={{ fontSize: 18 }}>
        {t('names.result.heading')}
      </Typography.Title>
      <Alert
        type={verdict.type}
        showIcon
        data-testid="name-verdict"
        data-verdict={result.verdict}
        title={<strong>{t(verdict.id)}</strong>}
        description={<NameReasons reasons={result.reasons} />}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('names.result.parsed')}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 2 }}
        data-testid="name-parsed"
        items={[
          { key: 'division', label: t('names.result.division'), children: parsed.division ?? none },
          {
            key: 'tradeName',
            label: t('names.result.tradeName'),
            children: <span data-testid="name-trade-name">{t('names.result.tradeNameValue', { tradeName: parsed.tradeName, pinyin: result.tradeNamePinyin })}</span>,
          },
          { key: 'industry', label: t('names.result.industry'), children: parsed.industry ?? none },
          { key: 'form', label: t('names.result.form'), children: parsed.form ?? none },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
        {t('names.result.asOf', { date: result.asOf })}
      </Typography.Paragraph>
      {result.conflicts.length > 0 && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
            {t('names.result.conflicts')}
          </Typography.Title>
          <NameComparisonTable items={result.conflicts} caption={t('names.result.conflicts')} testId="name-conflicts" />
        </>
      )}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('names.result.similar')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="name-similar-note">
        {t('names.result.similarNote')}
      </Typography.Paragraph>
      {result.similar.length === 0 ? (
        <Typography.Paragraph>{t('names.result.noSimilar')}</Typography.Paragraph>
      ) : (
        <NameComparisonTable items={result.similar} caption={t('names.result.similar')} testId="name-similar" />
      )}
    </section>
  );
}
