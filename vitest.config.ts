import { defineConfig } from 'vitest/config';

// Tests run against the TypeScript sources of the workspace packages (the `@flightcheck/source`
// export condition), so no build is needed before `vitest`. The CLI end-to-end tests run the built CLI.
const conditions = ['@flightcheck/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@flightcheck/source'] } },
  test: {
    reporters: ['default'],
    setupFiles: ['tools/vitest/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.spec.ts', 'tools/**/*.spec.{ts,mjs}'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.test.ts', 'tools/**/*.test.{ts,mjs}'],
          testTimeout: 300_000,
          hookTimeout: 900_000,
          fileParallelism: false,
          env: { TESTCONTAINERS_RYUK_DISABLED: 'true', NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
        },
      },
    ],
  },
});
