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
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
};
