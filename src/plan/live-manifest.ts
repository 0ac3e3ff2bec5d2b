// The manifest that is live at the target names the files pages render now; delete-removed
// keeps them (old HTML keeps working while the new deploy rolls out).

/** Keys and values of a staticfiles.json `paths` map; empty when it is not such a manifest. */
export function manifestPaths(text: string): Set<string> {
  const paths = new Set<string>()
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return paths
  }
  const map = (data as { paths?: unknown } | null)?.paths
  if (map === null || typeof map !== 'object' || Array.isArray(map)) return paths
  for (const [original, hashed] of Object.entries(map as Record<string, unknown>)) {
    paths.add(original)
    if (typeof hashed === 'string') paths.add(hashed)
  }
  return paths
}
