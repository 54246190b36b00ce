import { createRoot } from 'react-dom/client';
import '../../src/ui/base.css';
import '../../src/ui/popup/popup.css';
import { Popup } from '../../src/ui/popup/App';
import { browserPopupSource } from '../../src/ui/popup/source';
import { initLocale } from '../../src/platform/locale';

void initLocale().finally(() => {
  createRoot(document.getElementById('root')!).render(<Popup source={browserPopupSource(location.search)} />);
});
