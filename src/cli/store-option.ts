import type { Store } from "../store/index.js";

/** Opens the store named by --db, or the default one (created on first use). */
export async function openStoreFor(db: string | undefined): Promise<Store> {
  const { defaultStorePath, openSqliteStore } = await import("../store/index.js");
  return openSqliteStore(db ?? defaultStorePath());
}
