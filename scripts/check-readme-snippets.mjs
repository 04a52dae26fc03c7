#!/usr/bin/env node
// Type-checks the TypeScript examples in every package README against the packages themselves, so
// the documentation cannot drift from the API. Each ```ts block becomes the body of its own async
// function (blocks may reuse names); imports are hoisted. Names a README uses without defining
// (the reader's own data: `x12Text`, `ids`, …) are declared in a comment of the README:
//   <!-- snippet-preamble: declare const x12Text: string; -->
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "packages", "cli", ".readme-check");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const files = [];
const readmes = [
  ["root", join(root, "README.md")],
  ...readdirSync(join(root, "packages")).map((dir) => [dir, join(root, "packages", dir, "README.md")]),
];
for (const [dir, readme] of readmes) {
  if (!existsSync(readme)) continue;
  const text = readFileSync(readme, "utf8");
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (blocks.length === 0) continue;
  const preamble = [...text.matchAll(/<!--\s*snippet-preamble:([\s\S]*?)-->/g)]
    .map((m) => m[1].trim())
    .join("\n");
  const imports = new Set();
  const bodies = blocks.map((block, i) => {
    const lines = block.split("\n");
    const body = lines.filter((line) => {
      if (/^import\s/.test(line)) {
        imports.add(line);
        return false;
      }
      return true;
    });
    return `// ${dir} README.md, example ${i + 1}\nexport async function example${i + 1}() {\n${body.join("\n")}\n}`;
  });
  const file = join(outDir, `${dir}.ts`);
  writeFileSync(file, [...imports, preamble, ...bodies].join("\n\n"));
  files.push(file);
}

writeFileSync(
  join(outDir, "tsconfig.json"),
  JSON.stringify({
    extends: "../../../tsconfig.base.json",
    compilerOptions: { noEmit: true, noUnusedLocals: false, types: ["node"] },
    include: ["*.ts"],
  }),
);
try {
  // The cli package depends on every client, so the README code resolves them from there.
  execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", outDir], {
    stdio: "pipe",
    encoding: "utf8",
  });
  console.log(`✓ README examples type-check (${files.map((f) => f.split("/").pop()).join(", ")})`);
  rmSync(outDir, { recursive: true, force: true });
} catch (error) {
  console.error(
    `✗ README examples do not type-check (sources kept in ${outDir}):\n${error.stdout}${error.stderr}`,
  );
  process.exitCode = 1;
}
