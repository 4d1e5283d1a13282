import type { ThemeConfig } from 'antd';

/** The one place where zimao's brand colours are set; components read tokens, never raw colours. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0b57d0',
    colorLink: '#0b57d0',
    borderRadius: 6,
    // Darker than antd's defaults so help text, placeholders and empty states reach 4.5:1 on white (WCAG 1.4.3).
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Status colours one step darker than the defaults, so status tags and messages keep 4.5:1 on their light fills.
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    colorError: '#cf1322',
    // …with antd's usual light fills kept (derived from the darker seeds they would turn murky).
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
};
