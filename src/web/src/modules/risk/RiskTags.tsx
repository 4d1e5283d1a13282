import { Tag } from 'antd';
import { areaLabelId } from '../../auth/roles.ts';
import type { Translate } from '../../i18n/I18nProvider.tsx';
import { useT } from '../../i18n/useT.ts';
import { levelColors, levelLabels, statusColors, statusLabels, type AlertStatus, type RiskLevel } from './riskLabels.ts';

/** 关注 / 警示 / 严重 as a yellow, orange or red tag. */
export function LevelTag({ level }: { level: RiskLevel }) {
  const t = useT();
  return (
    <Tag color={levelColors[level]} data-level={level}>
      {t(levelLabels[level])}
    </Tag>
  );
}

export function StatusTag({ status }: { status: AlertStatus }) {
  const t = useT();
  return <Tag color={statusColors[status]}>{t(statusLabels[status])}</Tag>;
}

/** An area's name, or 全区 for a zone-wide alert (areaCode null). */
export function areaText(code: string | null, t: Translate): string {
  if (code === null) return t('risk.wholeZone');
  const id = areaLabelId(code);
  return id ? t(id) : code;
}
