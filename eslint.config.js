// ESLint flat config: typescript-eslint (type-aware), React hooks, and the house's boundary rules:
// which room may import which. The rules are the architecture, checked. Import circles are found by
// madge (npm run lint runs both): the ESLint import plugins need a resolver binary this registry lacks.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Forbids imports that match these patterns, saying why. */
const forbid = (patterns, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] });

/** signaling-server/src, bottom to top: a folder may import those below it, never those above. */
const SERVER_LAYERS = [
  'store',
  'security',
  'http',
  'audit',
  'auth',
  'webhooks',
  'tickets',
  'retention',
  'reports',
  'knowledge',
  'sessions',
  'cluster',
];
const serverLayerRules = SERVER_LAYERS.map((folder, index) => ({
  files: [`signaling-server/src/${folder}/**/*.ts`],
  rules: forbid(
    [
      ...SERVER_LAYERS.slice(index + 1).flatMap((above) => [`../${above}/*`, `../../${above}/*`]),
      '../app',
      '../main',
      '../config',
      ...(folder === 'store' ? ['fastify', 'socket.io', 'ioredis'] : []),
    ],
    `signaling-server/src/${folder} stands below ${SERVER_LAYERS.slice(index + 1).join(', ')}: it may not import them (layers: ${SERVER_LAYERS.join(' < ')}).`,
  ),
}));

const ROLES = ['customer', 'engineer', 'admin'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'data/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // A `let` filled in once, after closures that read it were made, is not a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Floating promises are how errors get swallowed; every one is awaited, voided or caught.
      '@typescript-eslint/no-floating-promises': 'error',
      // React's onSubmit={async …} is fine: the handler catches its own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Migrations and the Kysely helpers take databases of any shape; tests poke at raw JSON.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      // Wrong across the several tsconfig projects here: it removed casts that tsc -b needs.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The rules of hooks and complete dependency lists. (v7's React Compiler rules are for code
    // compiled by it; these consoles are not.)
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  // Tests destructure store backends and fixtures; their methods never use `this`.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/unbound-method': 'off' } },

  // --- Boundaries ---
  // The protocol is the pure wire contract: zod and nothing of any runtime.
  {
    files: ['signaling-server/protocol/**/*.ts'],
    rules: forbid(
      ['../src/*', '**/electron/**', '**/renderer/**', 'node:*', 'fastify', 'socket.io', 'kysely', 'electron'],
      'The protocol is pure: zod schemas and types only.',
    ),
  },
  // The store stands at the bottom: it imports only the protocol (and its database drivers).
  ...serverLayerRules,
  // Plain-Node modules of the desktop app never import Electron, so they are tested in Node.
  {
    files: ['electron/diagnostics/**/*.ts', 'electron/control/**/*.ts', 'electron/files/**/*.ts', 'electron/common/**/*.ts'],
    rules: forbid(
      ['electron', '../main/*', '../../main/*', '../preload/*'],
      'Plain-Node modules never import Electron or the main process.',
    ),
  },
  // The renderer never imports server or Electron code: it reaches them through the protocol and the bridge.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: forbid(
      [
        '**/signaling-server/src/**',
        '**/electron/main/**',
        '**/electron/preload/**',
        '**/electron/diagnostics/**',
        '**/electron/files/**',
        'electron',
        'node:*',
      ],
      'The renderer never imports server or Electron code.',
    ),
  },
  // Features are what the roles share: they never reach up into a role.
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: forbid(
      ['../roles/*', '../../roles/*', '../../../roles/*'],
      'renderer/src/features is shared by the roles: it never imports one.',
    ),
  },
  // Roles never import each other.
  ...ROLES.map((role) => ({
    files: [`renderer/src/roles/${role}/**/*.{ts,tsx}`],
    rules: forbid(
      [
        ...ROLES.filter((other) => other !== role).map((other) => `../${other}/*`),
        '**/signaling-server/src/**',
        '**/electron/main/**',
        'electron',
        'node:*',
      ],
      `renderer/src/roles/${role} may not import another role or server/Electron code; share through features/.`,
    ),
  })),
);
