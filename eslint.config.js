import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/*.tmp.ts',
      'dist/**',
      'client/dist/**',
      'node_modules/**',
      'neo4j-local/target/**',
      '.neo4j/**',
      'bench/.data/**',
      'bench/.build/**',
      'server/src/graphql/generated/**',
      'client/src/gql/**',
      'common/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': 'off',
      // neo4j-driver types its plain option objects as classes; passing literals is its documented use.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['client/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // After an assertion on errors, `data!` is how a test says "the previous line checked this".
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // expect.arrayContaining() and friends are typed `any` by Vitest.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // One module owns the driver (sessions, transactions, error mapping, node ⇄ record): the
    // rest of the server gets rows and domain records from server/src/db.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'neo4j-driver',
              message: 'Only server/src/db talks to the driver; use its rows and records.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
