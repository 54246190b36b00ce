import '../../src/ui/base.css';
import '../../src/ui/options/options.css';
import { Options } from '../../src/ui/options/App';
import { browserOptionsStore } from '../../src/ui/options/store';
import { mountPage } from '../../src/ui/page';
import { loadAudience, saveAudience } from '../../src/platform/settings/audience';

mountPage(() => <Options store={browserOptionsStore} audiences={{ load: loadAudience, save: saveAudience }} />);
