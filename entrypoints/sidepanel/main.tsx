import { createRoot } from 'react-dom/client';
import '../../src/ui/base.css';
import '../../src/ui/panel/panel.css';
import { App } from '../../src/ui/panel/App';
import { browserSource } from '../../src/ui/panel/source';
import { initLocale } from '../../src/platform/locale';
import { setSiteEnabled, updateSettings } from '../../src/platform/settings/store';

void initLocale().finally(() => {
  createRoot(document.getElementById('root')!).render(<App
      source={browserSource(
        location.search,
        (host) => setSiteEnabled(host, true),
        async (id) => void (await updateSettings((s) => ({ ...s, rules: { ...s.rules, [id]: 'off' } }))),
      )}
    />);
});
