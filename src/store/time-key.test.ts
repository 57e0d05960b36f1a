import { describe, it, expect } from "vitest";
import { timeKey } from "./time-key.js";

describe("timeKey", () => {
  it("keeps a date alone as it is", () => {
    expect(timeKey("2024-11-05")).toBe("2024-11-05");
  });

  it("turns an offset time into UTC", () => {
    expect(timeKey("2024-11-05T08:30:00-05:00")).toBe("2024-11-05T13:30:00.000Z");
  });

  it("reads a time without a zone as UTC", () => {
    expect(timeKey("2024-11-05T08:30")).toBe("2024-11-05T08:30:00.000Z");
  });

  it("sorts a date before the times of that day", () => {
    expect(timeKey("2024-11-05") < timeKey("2024-11-05T00:00:00Z")).toBe(true);
  });

  it("returns text that is not a time unchanged", () => {
    expect(timeKey(" last Tuesday ")).toBe("last Tuesday");
  });
});
