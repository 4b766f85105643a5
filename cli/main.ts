// Entry point of the `debrief` command line: dispatches to one module per subcommand.
// Each subcommand module exports `summary` (one line for --help), `usage` and `run(argv)`.

export interface Subcommand {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

// Loaded lazily so `debrief --help` stays instant and one command's imports never slow another.
const subcommands: Record<string, () => Promise<Subcommand>> = {
  export: () => import("./commands/export"),
  import: () => import("./commands/import"),
  ingest: () => import("./commands/ingest"),
  lint: () => import("./commands/lint"),
  models: () => import("./commands/models"),
  reindex: () => import("./commands/reindex"),
};

async function helpText(): Promise<string> {
  const lines = [
    "Usage: debrief <command> [options]",
    "",
    "Debrief: blameless incident reviews from the command line.",
    "",
    "Commands:",
  ];
  for (const [name, load] of Object.entries(subcommands)) {
    const command = await load();
    lines.push(`  ${name.padEnd(10)} ${command.summary}`);
  }
  lines.push("", 'Run "debrief <command> --help" for the options of one command.');
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${await helpText()}\n`);
    return 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write("debrief 0.1.0\n");
    return 0;
  }
  const load = subcommands[name];
  if (!load) {
    process.stderr.write(
      `debrief: unknown command "${name}". Run "debrief --help" for the list.\n`,
    );
    return 2;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}
