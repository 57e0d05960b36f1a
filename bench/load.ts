import os from "node:os";

/** Busy (non-idle) CPU time summed over all cores, in seconds. */
function machineBusySeconds(): number {
  return os.cpus().reduce((sum, cpu) => sum + (cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq) / 1000, 0);
}

/**
 * Measures how many cores *other* work kept busy while something was being timed: the machine's
 * busy time minus the CPU time of what was measured, over the wall time. Near 0 on a quiet
 * machine; near 1 means another core-hog was running and the figures are pessimistic.
 */
export function startLoadWatch(): { otherCores(measuredCpuSeconds: number, wallSeconds: number): number } {
  const busyAtStart = machineBusySeconds();
  return {
    otherCores(measuredCpuSeconds, wallSeconds) {
      const other = machineBusySeconds() - busyAtStart - measuredCpuSeconds;
      return Math.max(0, other / Math.max(wallSeconds, 1e-3));
    },
  };
}
