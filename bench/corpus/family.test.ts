import { describe, expect, it } from "vitest";
import { familyOf } from "./family.js";

describe("familyOf", () => {
  it("strips the variant prefix", () => {
    expect(familyOf("variant:12:bbc:tech/004.txt")).toBe("bbc:tech/004.txt");
  });

  it("strips the query prefix", () => {
    expect(familyOf("query:1:reuters:17")).toBe("reuters:17");
  });

  it("leaves a real article's origin as it is", () => {
    expect(familyOf("reuters:17")).toBe("reuters:17");
  });
});
