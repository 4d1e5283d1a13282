import { Alert, Space, Tag } from 'antd';
import type { EstablishmentView } from '../../../../schemas/registration.ts';
import { ApiError } from '../../api/client.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { fieldLabel, severityAlerts, type Severity } from './registrationLabels.ts';

export type Finding = EstablishmentView['findings'][number];

const SEVERITIES: Severity[] = ['block', 'officer', 'info'];

function isFinding(value: unknown): value is Finding {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return typeof f.code === 'string' && typeof f.zh === 'string' && typeof f.en === 'string' && typeof f.field === 'string' && SEVERITIES.includes(f.severity as Severity);
}

/** The findings a 422 REGISTRATION_REFUSED carries (error.details.findings), or [] for any other error. */
export function refusalFindings(error: unknown): Finding[] {
  if (!(error instanceof ApiError) || error.code !== 'REGISTRATION_REFUSED' || !error.details) return [];
  const findings = error.details.findings;
  return Array.isArray(findings) ? findings.filter(isFinding) : [];
}

export type FindingsAlertProps = {
  findings: readonly Finding[];
  /** Shown when there are no findings at all (e.g. on an application registered on the spot). */
  emptyText?: string;
};

/** The formal review's findings grouped by severity (须修改 / 由登记人员审核 / 提示), each with its field and legal basis. */
export function FindingsAlert({ findings, emptyText }: FindingsAlertProps) {
  const t = useT();
  const localName = useLocalName();
  if (findings.length === 0) return emptyText ? <Alert type="success" showIcon title={emptyText} /> : null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="establishment-findings">
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const { titleId, type } = severityAlerts[severity];
        return (
          <Alert
            key={severity}
            type={type}
            showIcon
            data-severity={severity}
            title={t(titleId, { count: group.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {group.map((f, i) => (
                  <li key={`${f.code}-${f.field}-${i}`} data-code={f.code}>
                    <Tag>{f.code}</Tag>
                    {localName(f.zh, f.en)}
                    <div style={{ fontSize: 12, opacity: 0.8 }}>
                      {t('registration.findings.meta', { field: fieldLabel(f.field, t), basis: f.legalBasis })}
                    </div>
                  </li>
                ))}
              </ul>
            }
          />
        );
      })}
    </Space>
  );
}
