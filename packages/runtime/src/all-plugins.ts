// Every core plugin: what the full clients and their cores run with. A module of its own, so a
// slim core's bundle, which never imports it, holds none of them (core-plugins.ts).
import { type CorePlugins, withPlugins } from "./core-plugins.js";
import { responseCheck } from "./response-validation.js";
import { resolveRetryBudget } from "./retry-budget.js";
import { createThrottle } from "./throttle.js";

export const ALL_PLUGINS: Readonly<Required<CorePlugins>> = {
  throttle: createThrottle,
  retryBudget: resolveRetryBudget,
  responseValidation: responseCheck,
};

/** `options` with every plugin it does not name itself: what a full core passes its slim base. */
export function withAllPlugins<O extends { plugins?: CorePlugins }>(options: O): O {
  return withPlugins(options, ALL_PLUGINS);
}
