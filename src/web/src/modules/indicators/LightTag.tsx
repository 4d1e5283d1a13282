import { Tag, Tooltip } from 'antd';
import type { Light } from '../../../../schemas/indicators.ts';
import { useT } from '../../i18n/useT.ts';
import { lightColors, lightLabels } from './labels.ts';

export type LightTagProps = { light: Light; reason?: string };

/** A traffic light as a coloured tag, its reason on hover (and for screen readers). */
export function LightTag({ light, reason }: LightTagProps) {
  const t = useT();
  const tag = (
    <Tag color={lightColors[light].tag} aria-label={reason ? `${t(lightLabels[light])}：${reason}` : undefined}>
      {t(lightLabels[light])}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}
