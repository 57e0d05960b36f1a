/** The size limit shared by every reader, and how sizes are shown in messages. */

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Human-readable size: "512 bytes", "3.4 KB", "50.0 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
