import '../../src/ui/base.css';
import '../../src/ui/options/options.css';
import { Options } from '../../src/ui/options/App';
import { browserOptionsStore } from '../../src/ui/options/store';
import { mountPage } from '../../src/ui/page';

mountPage(() => <Options store={browserOptionsStore} />);
