import { describe, expect, it } from "vitest";
import { statusFor } from "./http-errors.js";

describe("statusFor", () => {
  it.each([
    ["REQUEST_INVALID", 400],
    ["UNAUTHORIZED", 401],
    ["ARTICLE_NOT_FOUND", 404],
    ["REQUEST_TOO_LARGE", 413],
    ["INPUT_TOO_LARGE", 413],
    ["REQUEST_UNSUPPORTED_TYPE", 415],
    ["INPUT_EMPTY", 422],
    ["INPUT_UNSUPPORTED_LANGUAGE", 422],
    ["STORE_UNREADABLE", 500],
  ] as const)("answers %s with %i", (code, status) => {
    expect(statusFor(code)).toBe(status);
  });
});
