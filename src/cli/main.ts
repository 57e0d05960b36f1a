#!/usr/bin/env node
import { Command, CommanderError, Option } from "commander";
import { WiretraceError } from "../errors/index.js";
import { runCompare } from "./compare-command.js";
import { runIngest } from "./ingest-command.js";
import { runServe } from "./serve-command.js";
import { runSources } from "./sources-command.js";
import { runStories, runStory } from "./stories-command.js";

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

const dbOption = () => new Option("--db <file>", "the store (default: $WIRETRACE_DB, else ~/.local/share/wiretrace/wiretrace.db)");

program
  .command("ingest")
  .description("store articles from files, folders, globs, JSON Lines, RSS/Atom feeds or URLs; group them into stories")
  .argument("<targets...>", "files, folders (walked recursively), globs, feeds or http(s) URLs")
  .addOption(dbOption())
  .option("--vectors", "also store a document vector per article (mean of its sentence vectors; about 50x slower), which sources then also searches", false)
  .option("--fetch-links", "for feeds, fetch each item's page instead of using the feed's summary", false)
  .addOption(new Option("-f, --format <format>", "summary format").choices(["terminal", "json"]).default("terminal"))
  .action(async (targets: string[], options) => {
    process.exitCode = await runIngest(targets, options);
  });

program
  .command("sources")
  .description("rank the stored articles an article most likely derives from, with what it changed")
  .argument("<article>", "a text or HTML file, - for stdin, or the id of a stored article")
  .addOption(dbOption())
  .option("-n, --limit <n>", "sources to show", "5")
  .option("--explain", "also print the full compare report against the best source", false)
  .option("--no-verify", "rank on index evidence alone, without running compare (fast)")
  .option("--semantic", "also search stored document vectors, encoding the article when it has none stored (about a second)", false)
  .addOption(new Option("-f, --format <format>", "output format").choices(["terminal", "json"]).default("terminal"))
  .option("--no-color", "plain terminal output even on a colour terminal")
  .action(async (article: string, options) => {
    process.exitCode = await runSources(article, options);
  });

program
  .command("stories")
  .description("list the stories in the store, most recently active first")
  .addOption(dbOption())
  .option("-n, --limit <n>", "stories to list", "50")
  .option("--min-size <n>", "only stories with at least this many articles", "1")
  .addOption(new Option("-f, --format <format>", "output format").choices(["terminal", "json"]).default("terminal"))
  .action(async (options) => {
    process.exitCode = await runStories(options);
  });

program
  .command("story")
  .description("show how one story travelled: who derived from whom, its facts and where versions disagree")
  .argument("<id>", "the story id, as wiretrace stories lists it")
  .addOption(dbOption())
  .addOption(new Option("-f, --format <format>", "output format").choices(["tree", "json", "dot", "html"]).default("tree"))
  .option("-o, --out <file>", "write to a file instead of stdout")
  .action(async (id: string, options) => {
    process.exitCode = await runStory(id, options);
  });

program
  .command("serve")
  .description("serve the web UI and the HTTP API (OpenAPI at /openapi.json) over the store")
  .addOption(dbOption())
  .option("--host <address>", "address to listen on; anything but loopback needs a token", "127.0.0.1")
  .option("-p, --port <port>", "port to listen on (0 picks a free one)", "4477")
  .option("--token <token>", "require Authorization: Bearer TOKEN on write routes (default: $WIRETRACE_TOKEN)")
  .option("--allow-private-fetch", "let URL ingest fetch from loopback and private networks", false)
  .addOption(new Option("--log-level <level>", "request log detail on stderr").choices(["debug", "info", "warn", "error", "silent"]).default("info"))
  .action(async (options) => {
    process.exitCode = await runServe(options);
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
