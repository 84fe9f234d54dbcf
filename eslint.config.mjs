import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import prettier from 'eslint-config-prettier';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

// The layers are enforced here, not remembered: shared imports nothing
// platform-specific, core never imports electron, the renderer never imports core.
// SQL lives in electron/core/repos and electron/core/db only: elsewhere neither a
// statement nor a call that runs one may appear.
const SQL_START = '^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA|VACUUM|WITH)\\b';
const sqlMessage = 'SQL lives in electron/core/repos and electron/core/db: add a repository function there.';
const noSql = [
  {
    selector: 'CallExpression[callee.property.name=/^(prepare|exec|pragma|transaction)$/]',
    message: sqlMessage,
  },
  { selector: `Literal[value=/${SQL_START}/]`, message: sqlMessage },
  { selector: `TemplateLiteral > TemplateElement:first-child[value.raw=/${SQL_START}/]`, message: sqlMessage },
];

const noElectron = {
  name: 'electron',
  message: 'electron/core and electron/shared must run under plain Node: no electron import.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'bin/**'] },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
  prettier,
  {
    files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.vue', 'tests/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Cycles are traced through TypeScript modules; single-file components only import, never export logic.
      'import-x/extensions': ['.ts', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mts', '.js', '.mjs', '.vue', '.json'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/repos/**', 'electron/core/db/**'],
    rules: { 'no-restricted-syntax': ['error', ...noSql] },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/core/**', 'electron/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [{ group: ['electron/*'], message: noElectron.message }] },
      ],
    },
  },
  {
    files: ['electron/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, 'better-sqlite3', 'pdfkit'],
          patterns: [
            { group: ['node:*'], message: 'electron/shared is used by the renderer too: no Node modules.' },
            {
              group: ['../core/*', '../main/*', '../preload/*', '**/core/**', '**/main/**'],
              message: 'shared depends on nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, 'better-sqlite3', 'pdfkit'],
          patterns: [
            {
              group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**'],
              message: 'The renderer talks to the core only through window.samsyn.',
            },
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
          ],
        },
      ],
    },
  },
);
