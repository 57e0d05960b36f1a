#!/usr/bin/env node
import { Command, CommanderError, Option } from "commander";
import { WiretraceError } from "../errors/index.js";
import { runCompare } from "./compare-command.js";

const program = new Command()
  .name("wiretrace")
  .description("Tell where a news article came from and what it changed on the way.")
  .version("0.1.0")
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(`wiretrace: ${text.replace(/^error: /, "").trim()}\n`) });

program
  .command("compare")
  .description("align a rewrite to its source and report every claim that drifted")
  .argument("[source]", "the source article: a text or HTML file, or - for stdin")
  .argument("[rewrite]", "the rewrite to check against it")
  .addOption(new Option("-f, --format <format>", "output format").choices(["terminal", "json", "html"]).default("terminal"))
  .option("-o, --out <file>", "write the report to a file instead of stdout")
  .option("--pairs <file>", "batch: a JSON Lines file of {id, source, rewrite}; one JSON report per line on stdout")
  .addOption(new Option("--fail-on <severity>", "exit 1 when a drift finding (not an omission) reaches this severity").choices(["high", "medium", "low"]))
  .option("--reference-date <date>", "date (YYYY-MM-DD) to resolve weekdays and 'next week' against")
  .option("--workers <n>", "batch: worker threads (default: one per core, at most 2)")
  .option("--no-color", "plain terminal output even on a colour terminal")
  .action(async (source: string | undefined, rewrite: string | undefined, options) => {
    process.exitCode = await runCompare(source, rewrite, options);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

/** Expected failures print one line; anything else is a bug, reported in one line too. */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof WiretraceError) {
    process.stderr.write(`wiretrace: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`wiretrace: internal error: ${message.split("\n")[0]} (please report it)\n`);
  return 70;
}
