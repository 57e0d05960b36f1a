export * from "./types.js";
export { validateReport } from "./validate.js";
