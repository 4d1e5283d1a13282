import { Descriptions, Typography } from 'antd';
import type { LicenceDocument } from '../../../../schemas/licences.ts';
import { useLocale, useT } from '../../i18n/useT.ts';

export type LicenceFieldsViewProps = { document: LicenceDocument };

/** The particulars printed on the licence, with the Chinese labels of the paper licence (English when chosen). */
export function LicenceFieldsView({ document: d }: LicenceFieldsViewProps) {
  const t = useT();
  const { locale } = useLocale();
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(d.registeredCapitalYuan);
  return (
    <section aria-labelledby="licence-fields-heading" data-testid="licence-fields">
      <Typography.Title level={2} id="licence-fields-heading" style={{ fontSize: 18, marginTop: 24 }}>
        {t('licences.fields.heading')}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'uscc', label: t('licences.fields.uscc'), children: <span data-testid="licence-uscc">{d.uscc}</span> },
          { key: 'name', label: t('licences.fields.name'), children: d.name },
          { key: 'entityType', label: t('licences.fields.entityType'), children: d.entityType },
          { key: 'legalRepresentative', label: t('licences.fields.legalRepresentative'), children: d.legalRepresentative },
          { key: 'registeredCapital', label: t('licences.fields.registeredCapital'), children: t('licences.fields.registeredCapitalValue', { amount }) },
          { key: 'establishedOn', label: t('licences.fields.establishedOn'), children: d.establishedOn },
          { key: 'domicile', label: t('licences.fields.domicile'), children: d.domicile },
          { key: 'businessScope', label: t('licences.fields.businessScope'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{d.businessScope}</span> },
          {
            key: 'integratedCertificates',
            label: t('licences.fields.integratedCertificates'),
            children: d.integratedCertificates.length > 0 ? d.integratedCertificates.join('、') : t('licences.result.none'),
          },
          { key: 'registrationAuthority', label: t('licences.fields.registrationAuthority'), children: d.registrationAuthority },
          { key: 'issuedOn', label: t('licences.fields.issuedOn'), children: d.issuedOn },
          { key: 'version', label: t('licences.fields.version'), children: t('licences.result.versionValue', { version: d.version }) },
        ]}
      />
    </section>
  );
}
