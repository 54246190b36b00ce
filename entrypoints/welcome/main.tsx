import '../../src/ui/base.css';
import '../../src/ui/welcome/welcome.css';
import { Welcome } from '../../src/ui/welcome/App';
import { mountPage } from '../../src/ui/page';
import { currentLocale, t } from '../../src/i18n';

mountPage(() => <Welcome sample={t('welSample')} locale={currentLocale()} />);
