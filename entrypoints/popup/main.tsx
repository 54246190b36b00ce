import '../../src/ui/base.css';
import '../../src/ui/popup/popup.css';
import { Popup } from '../../src/ui/popup/App';
import { browserPopupSource } from '../../src/ui/popup/source';
import { mountPage } from '../../src/ui/page';

mountPage(() => <Popup source={browserPopupSource(location.search)} />);
