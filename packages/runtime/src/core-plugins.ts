// The optional pieces of a client core (issue 13, bundle size): the client-side throttle (with
// rate-limiter-flexible, the biggest of them), the client-wide retry budget and response
// validation. A core gets them as functions, so a bundle holds only the ones its code passes:
// the full clients and their cores (`ECGrid`, `ECGridCore`, `As2Gateway`, `As2GatewayCore`) pass
// ALL_PLUGINS (all-plugins.ts); a slim core (`ECGridSlimCore`, `As2GatewaySlimCore`) only what its
// options name. Octokit's model: a small core, features composed on top (plugin-throttling, plugin-retry).
import { ValidationError } from "./errors.js";
import type { responseCheck } from "./response-validation.js";
import type { resolveRetryBudget } from "./retry-budget.js";
import type { createThrottle } from "./throttle.js";

export interface CorePlugins {
  /** The client-side rate limit (`throttle` option, on by default with it): `createThrottle`. */
  readonly throttle?: typeof createThrottle;
  /** The client-wide retry budget (`retryBudget` option, on by default with it): `resolveRetryBudget`. */
  readonly retryBudget?: typeof resolveRetryBudget;
  /** Response validation (`validateResponses`): `responseCheck`. */
  readonly responseValidation?: typeof responseCheck;
}

const OPTION_OF: Readonly<Record<keyof CorePlugins, string>> = {
  throttle: "throttle",
  retryBudget: "retryBudget",
  responseValidation: "validateResponses",
};

const EXPORT_OF: Readonly<Record<keyof CorePlugins, string>> = {
  throttle: "createThrottle",
  retryBudget: "resolveRetryBudget",
  responseValidation: "responseCheck",
};

/**
 * The plugin `name` of `plugins`, or undefined when the core runs without it. A core without the
 * plugin refuses (ValidationError, when it is created) an option only the plugin could honour —
 * `option` is that option's value; undefined or false asks for nothing.
 */
export function pluginFor<K extends keyof CorePlugins>(
  plugins: CorePlugins,
  name: K,
  option: unknown,
  client: string,
): CorePlugins[K] | undefined {
  const plugin = plugins[name];
  if (plugin !== undefined && typeof plugin !== "function") {
    throw new ValidationError(`${client}: plugins.${name} must be a function`);
  }
  if (plugin === undefined && option !== undefined && option !== false) {
    throw new ValidationError(
      `${client}: ${OPTION_OF[name]} needs the ${name} plugin, which this slim core was created without: ` +
        `pass plugins: { ${name}: ${EXPORT_OF[name]} } (or use the full client or core, which include it)`,
    );
  }
  return plugin;
}

/**
 * `options` with every plugin of `all` the options do not name themselves (their own win): what a
 * full core passes its slim base. Options (or plugins) that are not an object stay as given, for the
 * base to refuse.
 */
export function withPlugins<O extends { plugins?: CorePlugins }>(options: O, all: CorePlugins): O {
  if (typeof options !== "object" || options === null) return options;
  const own: unknown = options.plugins;
  if (own !== undefined && (typeof own !== "object" || own === null || Array.isArray(own))) return options;
  return { ...options, plugins: { ...all, ...own } };
}

/** Refuses (ValidationError) a `plugins` option that is not an object. */
export function checkPlugins(plugins: unknown, client: string): CorePlugins {
  if (plugins === undefined) return {};
  if (typeof plugins !== "object" || plugins === null || Array.isArray(plugins)) {
    throw new ValidationError(`${client}: plugins must be an object of plugin functions`);
  }
  return plugins as CorePlugins;
}
