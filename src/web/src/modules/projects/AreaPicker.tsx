import { Select } from 'antd';
import { AREA_CODES, areaCodeLabelId } from '../../auth/roles.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { useT } from '../../i18n/useT.ts';

export type AreaPickerProps = { value: string | undefined; onChange: (areaCode: string | undefined) => void };

/** The FTZ Office and the administrator choose an area (or all); an area officer sees its own, so nothing is shown. */
export function AreaPicker({ value, onChange }: AreaPickerProps) {
  const t = useT();
  const { user } = useAuth();
  if (user?.role === 'area_officer') return null;
  return (
    <Select<string>
      aria-label={t('projects.area.pick')}
      style={{ minWidth: 180 }}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? undefined : v)}
      options={[{ value: '', label: t('projects.area.all') }, ...AREA_CODES.map((code) => ({ value: code, label: t(areaCodeLabelId(code)) }))]}
    />
  );
}

/** The area label of a code, or the code. */
export function useAreaName(): (code: string) => string {
  const t = useT();
  return (code) => ((AREA_CODES as readonly string[]).includes(code) ? t(areaCodeLabelId(code as (typeof AREA_CODES)[number])) : code);
}
