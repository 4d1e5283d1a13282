import { theme } from 'antd';

/** Page-wide rules built from antd tokens: the skip link, a visible keyboard focus ring, narrow-screen helpers. */
export function GlobalStyles() {
  const { token } = theme.useToken();
  const css = `
body { margin: 0; background: ${token.colorBgLayout}; color: ${token.colorText}; }
.zimao-skip-link {
  position: absolute; left: ${token.margin}px; top: -200px; z-index: 1000;
  padding: ${token.paddingXS}px ${token.padding}px; border-radius: ${token.borderRadius}px;
  background: ${token.colorPrimary}; color: ${token.colorTextLightSolid}; font-weight: 600;
}
.zimao-skip-link:focus { top: ${token.marginXS}px; }
a:focus-visible, button:focus-visible, [role="button"]:focus-visible, [role="menuitem"]:focus-visible,
input:focus-visible, textarea:focus-visible, [tabindex]:not([tabindex="-1"]):focus-visible, .ant-table-row:focus-visible {
  outline: 2px solid ${token.colorPrimary} !important; outline-offset: 2px;
}
.zimao-sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
@media (max-width: 767px) { .zimao-hide-narrow { display: none; } }
`;
  return <style>{css}</style>;
}
