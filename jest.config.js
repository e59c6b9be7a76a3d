// Three tiers (architecture-guide): unit + property (pure, fast), int (real PostgreSQL/Redis,
// HTTP against the app), browser (real Chromium against a running app).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = {
  '^@cm/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@cm/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^@cm/db$': '<rootDir>/libs/db/src/index.ts',
};
const common = { rootDir: __dirname, transform: { '^.+\\.(t|j)sx?$': swc }, moduleNameMapper, testEnvironment: 'node' };

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,infra}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/e2e/', '\\.int-spec\\.ts$', '\\.e2e-spec\\.ts$'],
    },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/{apps,libs}/**/*.e2e-spec.ts'],
      testTimeout: 60000,
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/web/e2e/**/*.spec.ts'],
      testTimeout: 120000,
    },
  ],
};
