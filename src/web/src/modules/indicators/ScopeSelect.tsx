import { Select } from 'antd';
import { AREA_CODES } from '../../auth/roles.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { useT } from '../../i18n/useT.ts';
import { scopeLabel } from './labels.ts';

export type ScopeSelectProps = { value: string; onChange: (scope: string) => void; zone?: boolean; ariaLabel: string };

/** The scopes one may choose: an area officer its own area (and the zone); everyone else every area and the zone. */
export function ScopeSelect({ value, onChange, zone = true, ariaLabel }: ScopeSelectProps) {
  const t = useT();
  const { user } = useAuth();
  const areas = user?.role === 'area_officer' && user.areaCode ? [user.areaCode] : [...AREA_CODES];
  const options = [...areas, ...(zone ? ['CQFTZ'] : [])].map((code) => ({ value: code, label: scopeLabel(code, t) }));
  return <Select aria-label={ariaLabel} value={value} onChange={onChange} options={options} style={{ minWidth: 180 }} />;
}
