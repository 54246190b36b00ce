// Code passed to page.evaluate() in extension pages runs with the extension's `chrome` API.
declare const chrome: (typeof import('wxt/browser'))['browser'];
