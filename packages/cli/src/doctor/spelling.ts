// Keys the spec knows under another spelling (specs/ecgrid/NOTES.md R7): if ECGrid serialises its
// ECGridOS objects with System.Text.Json's camelCase policy, `parcelId` arrives as `parcelID`,
// `email` as `eMail`. Payload fields are optional and objects open, so the validator accepts such a
// key silently while the value the spec's name stands for is missing. Doctor reports it as drift:
// `/data/0/parcelID` expected the spelling `parcelId`.
//
// Only the validator is asked (the CLI carries no copy of the schemas): a property is "known" at a
// place when putting a value of the wrong JSON type there makes the validator complain about it.
// The types engine.ts names Issue and Validator, taken from the runtime (not from engine.ts, which
// imports this module: no cycle).
import type { ResponseIssue as Issue, ResponseValidator as Validator } from "@edi-clients/runtime";

/** Values no typed property accepts both of (an object property rejects `[]`, an array one `{}`). */
const PROBES: readonly unknown[] = [{}, []];
/** Enough for one page of a list; a bigger body is not probed key by key. */
const MAX_KEYS = 400;

/** The spellings a name may have in another casing convention: `ID`/`Id`, `eMail`/`email`, leading capital. */
export function otherSpellings(name: string): string[] {
  const variants = new Set<string>();
  const forms = [
    name.replace(/ID(?=[A-Z]|$)/g, "Id"),
    name.replace(/Id(?=[A-Z]|$)/g, "ID"),
    name.replace(/EMail/g, "Email").replace(/^eMail/, "email"),
    name.replace(/Email/g, "EMail").replace(/^email/, "eMail"),
    name.replace(/CallBack/g, "Callback").replace(/^callBack/, "callback"),
    name.replace(/Callback/g, "CallBack").replace(/^callback/, "callBack"),
  ];
  for (const form of forms) {
    variants.add(form);
    variants.add(form.charAt(0).toLowerCase() + form.slice(1));
  }
  variants.delete(name);
  return [...variants].filter((v) => v.toLowerCase() === name.toLowerCase());
}

/** The new issues of the body with `parent[key]` set to `value` (then put back as it was). */
type Probe = (parent: Record<string, unknown>, key: string, value: unknown) => Issue[];

/**
 * Issues for keys that are not in the spec where they stand while another spelling of the same name
 * is: `{ path: "/data/0/parcelID", expected: "the spelling parcelId", received: "other spelling" }`.
 */
export function spellingDrift(
  operation: string,
  status: number,
  body: unknown,
  validate: Validator,
): Issue[] {
  const baseline = new Set(validate(operation, status, body).map(key));
  const probe: Probe = (parent, name, value) => {
    const had = Object.hasOwn(parent, name);
    const old = parent[name];
    parent[name] = value;
    try {
      return validate(operation, status, body).filter((i) => !baseline.has(key(i)));
    } finally {
      if (had) parent[name] = old;
      else delete parent[name];
    }
  };
  const issues: Issue[] = [];
  let budget = MAX_KEYS;
  const visit = (node: unknown, pointer: string) => {
    if (budget <= 0 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) visit(item, `${pointer}/${i}`);
      return;
    }
    const object = node as Record<string, unknown>;
    for (const name of Object.keys(object)) {
      if (--budget < 0) return;
      const here = `${pointer}/${pointerKey(name)}`;
      const candidates = otherSpellings(name).filter((c) => !Object.hasOwn(object, c));
      if (candidates.length > 0 && !known(probe, object, name, here)) {
        const spec = candidates.find((c) => known(probe, object, c, `${pointer}/${pointerKey(c)}`));
        if (spec) issues.push({ path: here, expected: `the spelling ${spec}`, received: "other spelling" });
      }
      visit(object[name], here);
    }
  };
  visit(body, "");
  return issues;
}

/** Whether the validator checks `name` in `parent` (a wrong-typed value there is reported). */
function known(probe: Probe, parent: Record<string, unknown>, name: string, pointer: string): boolean {
  return PROBES.some((value) =>
    probe(parent, name, value).some(
      (i) => i.path === pointer || i.path.startsWith(`${pointer}/`) || mentions(i, pointer),
    ),
  );
}

/** A folded `oneOf` issue names the closest branch's path in its text. */
function mentions(issue: Issue, pointer: string): boolean {
  return new RegExp(`${pointer.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w/])`).test(issue.expected);
}

function key(issue: Issue): string {
  return JSON.stringify([issue.path, issue.expected, issue.received]);
}

/** JSON Pointer escaping of one key. */
function pointerKey(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}
