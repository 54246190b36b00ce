import { defineConfig } from 'wxt';

// The test build (`npm run build:test`, mode "test") also matches the local fixture server so
// browser tests can load real pages that reproduce the Gmail and Outlook compose DOM. The normal
// build only ever matches the real mail hosts.
const TEST_MATCH = 'http://127.0.0.1/*';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    // Name and description come from public/_locales (English and Estonian).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Other sites are asked for one at a time, at run time, when the user turns the coach on there.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'sidepanel.html', default_title: '__MSG_actionTitle__' },
          // Firefox 140 ESR and newer (docs/firefox.md). Firefox asks add-ons to declare what they
          // collect: nothing, the coach runs on the machine (the key exists from 140, 142 on Android).
          browser_specific_settings: {
            gecko: { id: 'tone-coach@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          } as never,
        }
      : {}),
    // An administrator can push a pack and a site list through browser policy (docs/rule-packs.md).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    icons: { 16: 'icons/16.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    // Keyboard shortcuts; the browser's shortcut settings show them and let the user change them.
    commands: {
      'open-coach': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_cmdOpenCoach__' },
      'next-finding': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_cmdNextFinding__' },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_cmdPreviousFinding__' },
      'apply-first': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_cmdApplyFirst__' },
    },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), TEST_MATCH];
      }
    },
  },
});
