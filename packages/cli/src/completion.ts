// `edi-clients completion bash|zsh|fish`: a completion script generated from the program's own
// command tree (commander has no completion of its own), so it can never list a command that is gone.
import type { Command, Option } from "commander";

interface Node {
  /** Words before this command, e.g. ["ecgrid", "parcels"]. */
  path: string[];
  commands: string[];
  options: string[];
}

function flags(options: readonly Option[]): string[] {
  return options.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f)));
}

function walk(command: Command, path: string[], inherited: string[]): Node[] {
  const own = [...inherited, ...flags(command.options), "--help"];
  const children = command.commands.filter((c) => c.name() !== "help");
  return [
    { path, commands: children.map((c) => c.name()), options: [...new Set(own)] },
    ...children.flatMap((c) => walk(c, [...path, c.name()], own)),
  ];
}

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

export function completionScript(program: Command, shell: "bash" | "zsh" | "fish"): string {
  const nodes = walk(program, [], []);
  const name = program.name();
  const fn = `_${name.replaceAll("-", "_")}`;
  if (shell === "fish") {
    const lines = [
      `# fish completion for ${name}: edi-clients completion fish > ~/.config/fish/completions/${name}.fish`,
    ];
    for (const node of nodes) {
      const condition =
        node.path.length === 0 ? "__fish_use_subcommand" : `__fish_seen_subcommand_from ${node.path.at(-1)}`;
      for (const c of node.commands) lines.push(`complete -c ${name} -f -n ${quote(condition)} -a ${c}`);
      for (const o of node.options.filter((x) => x.startsWith("--")))
        lines.push(`complete -c ${name} -n ${quote(condition)} -l ${o.slice(2)}`);
    }
    return `${lines.join("\n")}\n`;
  }
  // bash and zsh (through bashcompinit): the words typed so far, without options, name a node.
  const cases = nodes
    .map((n) => `    ${quote(n.path.join(" "))}) words=${quote([...n.commands, ...n.options].join(" "))} ;;`)
    .join("\n");
  const body = [
    `${fn}() {`,
    "  local cur=${COMP_WORDS[COMP_CWORD]} key='' i w words",
    "  for ((i = 1; i < COMP_CWORD; i++)); do",
    "    w=${COMP_WORDS[i]}",
    "    [[ $w == -* ]] && continue",
    '    case "${key:+$key }$w" in',
    ...nodes
      .filter((n) => n.path.length > 0)
      .map((n) => `      ${quote(n.path.join(" "))}) key=${quote(n.path.join(" "))} ;;`),
    "    esac",
    "  done",
    '  case "$key" in',
    cases,
    "  esac",
    '  COMPREPLY=($(compgen -W "$words" -- "$cur"))',
    "}",
    `complete -o default -F ${fn} ${name}`,
  ];
  if (shell === "zsh")
    return [
      `# zsh completion for ${name}: edi-clients completion zsh > "\${fpath[1]}/_${name}" (or eval it in ~/.zshrc)`,
      "autoload -U +X bashcompinit && bashcompinit",
      ...body,
      "",
    ].join("\n");
  return [
    `# bash completion for ${name}: eval "$(edi-clients completion bash)" in ~/.bashrc`,
    ...body,
    "",
  ].join("\n");
}
