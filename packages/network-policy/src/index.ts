export * from "./analyze.js";
