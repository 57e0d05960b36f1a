import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "eval/**/*.test.ts", "bench/**/*.test.ts"],
    // The sentence encoder takes a moment to load on a cold 2-core machine.
    testTimeout: 60_000,
    pool: "forks",
  },
});
