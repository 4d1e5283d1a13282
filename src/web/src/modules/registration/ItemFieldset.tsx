import type { ReactNode } from 'react';
import { Button, theme } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/useT.ts';

export type ItemFieldsetProps = {
  /** The item's name, e.g. 股东 1: the fieldset's legend (its accessible name). */
  legend: string;
  /** Removes the item; no button when absent (the list's last required item). */
  onRemove?: () => void;
  children: ReactNode;
};

/** One item of a Form.List (an investor, a director…) as a fieldset with its legend and a remove button. */
export function ItemFieldset({ legend, onRemove, children }: ItemFieldsetProps) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <fieldset
      style={{ position: 'relative', border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG, padding: '0 16px', margin: '0 0 16px' }}
    >
      {/* The legend is the fieldset's first child, so it names the group. */}
      <legend style={{ fontWeight: 600, fontSize: 14, width: 'auto', margin: 0, padding: '0 4px', border: 'none' }}>{legend}</legend>
      {onRemove && (
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('registration.form.removeLabel', { what: legend })}
          style={{ position: 'absolute', top: 4, insetInlineEnd: 8 }}
        >
          {t('registration.form.remove')}
        </Button>
      )}
      <div style={{ paddingTop: onRemove ? 24 : 8 }}>{children}</div>
    </fieldset>
  );
}
