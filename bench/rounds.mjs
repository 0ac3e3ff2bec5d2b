// Several rounds of the same measurements, summarised by the median round of each tool.

/** The list started at position `round` (wrapping), so no tool always runs first. */
export function rotate(items, round) {
  if (items.length === 0) return items
  const at = round % items.length
  return [...items.slice(at), ...items.slice(0, at)]
}

/**
 * One row per tool and scenario: the round with the median wall time (the lower middle one for
 * an even count), with how many rounds there were and the fastest and slowest wall times.
 */
export function medianRows(rows) {
  const groups = new Map()
  for (const row of rows) {
    const key = `${row.tool}\u0000${row.scenario}`
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort((a, b) => a.wallMs - b.wallMs)
    const median = sorted[Math.floor((sorted.length - 1) / 2)]
    return { ...median, rounds: sorted.length, minWallMs: sorted[0].wallMs, maxWallMs: sorted[sorted.length - 1].wallMs }
  })
}
