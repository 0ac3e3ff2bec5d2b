// The `apps` input's dotted names, and missing apps reported once per cause.
import type { AppSetting } from './settings.js'
import type { Problem } from '../model.js'
import type { DiscoveredProject } from '../project/discover.js'
import type { UnresolvedApp } from '../project/app-resolver.js'

const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/

/** A dotted INSTALLED_APPS entry (or app name) in the `apps` input, resolved like INSTALLED_APPS. */
export function appFromName(entry: string, project: DiscoveredProject): AppSetting | null {
  if (!DOTTED.test(entry)) return null
  const named = project.namedApps?.find((app) => app.entry === entry || app.name === entry)
  if (named) return { name: named.name, path: named.path }
  const byEntry = project.resolvedApps?.find((app) => app.entry === entry || app.name === entry)
  if (byEntry) return { name: byEntry.name, path: byEntry.path }
  return project.apps.find((app) => app.name === entry) ?? null
}

/** One problem per cause: the missing apps of one top-level package are listed together. */
export function groupMissingApps(unresolved: UnresolvedApp[], file: string | undefined): Problem[] {
  const groups = new Map<string, UnresolvedApp[]>()
  for (const app of unresolved) {
    const key = app.entry.split('.')[0] as string
    groups.set(key, [...(groups.get(key) ?? []), app])
  }
  return [...groups.values()].map((apps): Problem => {
    const first = apps[0] as UnresolvedApp
    const message =
      apps.length === 1
        ? first.message
        : `${apps.length} apps of the package ${first.entry.split('.')[0]} in INSTALLED_APPS could not be loaded: ${apps.map((app) => `'${app.entry}'`).join(', ')}. ` +
          `The first: ${first.message}`
    // A warning in a dry run; a run that writes stops on it (incomplete), and `fail-on: missing-apps` makes it an error anywhere.
    return {
      kind: 'missing-apps',
      severity: 'warning',
      message,
      code: 'missing-app',
      incomplete: true,
      ...(file ? { file } : {})
    }
  })
}
