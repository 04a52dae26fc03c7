// TypeDoc plugin of `pnpm docs` (typedoc.json "plugin"): leaves the OpenAPI types generated from
// the specs (`paths`, `operations`, `components`, `$defs`, `webhooks`, exported for `raw`) out of
// the reference. Rendered, ECGrid's `paths` alone was a 59 MB page; the specs are their reference.
import { Converter, ReflectionKind } from "typedoc";

const GENERATED = new Set(["paths", "operations", "components", "$defs", "webhooks"]);

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const kinds = ReflectionKind.Interface | ReflectionKind.TypeAlias | ReflectionKind.Reference;
    for (const reflection of context.project.getReflectionsByKind(kinds)) {
      if (GENERATED.has(reflection.name)) context.project.removeReflection(reflection);
    }
  });
}
