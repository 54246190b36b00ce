import '../../src/ui/base.css';
import '../../src/ui/insights/insights.css';
import { Insights } from '../../src/ui/insights/App';
import { clearRecords, loadRecords } from '../../src/platform/settings/records';
import { mountPage } from '../../src/ui/page';

mountPage(() => (
  <Insights
    store={{
      load: () => loadRecords(),
      clear: clearRecords,
      download(name, text) {
        const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = name;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      print: () => window.print(),
    }}
  />
));
