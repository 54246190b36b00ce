// Starting an extension page (side panel, popup, options, first run): the colour tokens for light and
// dark, the interface language, then the React tree. Entry points call this and nothing else.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { initLocale } from '../platform/locale';
import { systemSchemeCss } from './tokens';

export function mountPage(render: () => ReactNode): void {
  const style = document.createElement('style');
  style.textContent = systemSchemeCss(':root');
  document.head.append(style);
  void initLocale().finally(() => createRoot(document.getElementById('root')!).render(render()));
}
