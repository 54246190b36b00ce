import '../../src/ui/base.css';
import '../../src/ui/panel/panel.css';
import { App } from '../../src/ui/panel/App';
import { browserSource } from '../../src/ui/panel/source';
import { setSiteEnabled, updateSettings } from '../../src/platform/settings/store';
import { mountPage } from '../../src/ui/page';
import { withPhrase } from '../../src/platform/settings/never-flag';

mountPage(() => (
  <App
    source={browserSource(
      location.search,
      (host) => setSiteEnabled(host, true),
      async (id) => void (await updateSettings((s) => ({ ...s, rules: { ...s.rules, [id]: 'off' } }))),
      async (phrase) => void (await updateSettings((s) => ({ ...s, ignoredPhrases: withPhrase(s.ignoredPhrases, phrase) }))),
    )}
  />
));
