import { homedir } from "node:os";
import { join } from "node:path";

/**
 * Where the store lives unless `--db` says otherwise: `$WIRETRACE_DB` if set, else
 * `$XDG_DATA_HOME/wiretrace/wiretrace.db`, else `~/.local/share/wiretrace/wiretrace.db`.
 */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (env.WIRETRACE_DB) return env.WIRETRACE_DB;
  const dataHome = env.XDG_DATA_HOME || join(home, ".local", "share");
  return join(dataHome, "wiretrace", "wiretrace.db");
}
