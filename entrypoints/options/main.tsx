import { createRoot } from 'react-dom/client';
import '../../src/ui/base.css';
import '../../src/ui/options/options.css';
import { Options } from '../../src/ui/options/App';
import { browserOptionsStore } from '../../src/ui/options/store';
import { initLocale } from '../../src/platform/locale';

void initLocale().finally(() => {
  createRoot(document.getElementById('root')!).render(<Options store={browserOptionsStore} />);
});
