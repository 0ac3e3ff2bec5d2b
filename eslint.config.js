// ESLint (flat config): typescript-eslint's recommended rules for src/ and the tests, the core
// recommended rules for the .mjs scripts; formatting is Prettier's job (eslint-config-prettier).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  fetch: 'readonly',
  performance: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  setInterval: 'readonly',
  clearInterval: 'readonly',
  setImmediate: 'readonly',
  structuredClone: 'readonly',
  AbortController: 'readonly',
  TextDecoder: 'readonly',
  TextEncoder: 'readonly'
}

export default tseslint.config(
  // Fixture projects and the example project hold static files (served JavaScript), not our code.
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '__fixtures__/conformance/',
      '__fixtures__/projects/',
      'examples/django-project/',
      'bench/.work/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: nodeGlobals },
    rules: {
      // `import type` for types, as the code base does.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions after a length or index check are the code's way to satisfy noUncheckedIndexedAccess.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `void (x = y)` in one-line arrow bodies and empty catch-all handlers are deliberate.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Control characters in regular expressions (ANSI escapes, Python's repr rules) are intended.
      'no-control-regex': 'off',
      eqeqeq: ['error', 'smart'],
      'prefer-const': 'error'
    }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['__tests__/**', '__fixtures__/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  },
  prettier
)
