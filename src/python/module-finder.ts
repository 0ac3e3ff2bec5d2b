// Finds a dotted module the way Python's path-based import does: each search path entry
// in order; a directory with __init__.py is a regular package, `name.py` a module, and a
// directory without __init__.py one portion of a namespace package, whose portions are
// gathered from all entries. Submodules are searched in the parent package's __path__.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export interface ModuleSpec {
  name: string
  /** The module's file (`__init__.py` for packages); null for a namespace package. */
  file: string | null
  /** `__path__` of a package; empty for a plain module. */
  searchLocations: string[]
  /** The search path entry the top-level package was found in. */
  entry: string
  /** Found only in a `src/` folder that is not on Python's path. */
  viaSrcFallback: boolean
}

export class ModuleFinder {
  private readonly listings = new Map<string, Set<string> | null>()
  /** Top-level packages found only through a src/ fallback folder → that folder. */
  readonly srcFallbackHits = new Map<string, string>()

  /**
   * @param searchPath the current sys.path (read on every lookup: settings may change it)
   * @param srcFallback folders searched only when nothing is found on the search path
   */
  constructor(
    private readonly searchPath: () => string[],
    private readonly srcFallback: string[] = []
  ) {}

  find(dotted: string): ModuleSpec | null {
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/u.test(dotted)) return null
    const found = this.findIn(dotted, this.searchPath(), false) ?? this.findIn(dotted, this.srcFallback, true)
    if (found?.viaSrcFallback) this.srcFallbackHits.set(dotted.split('.')[0] as string, found.entry)
    return found
  }

  /** The directory Django uses as an app's `path`: the package's single location, or the module's folder. */
  static directoryOf(spec: ModuleSpec): string | string[] {
    if (spec.searchLocations.length === 1) return spec.searchLocations[0] as string
    if (spec.file) return path.dirname(spec.file)
    return [...new Set(spec.searchLocations)]
  }

  private findIn(dotted: string, entries: string[], viaSrcFallback: boolean): ModuleSpec | null {
    const parts = dotted.split('.')
    let spec: ModuleSpec | null = null
    for (const [i, part] of parts.entries()) {
      const locations: string[] = spec ? spec.searchLocations : entries
      if (spec && locations.length === 0) return null
      const found = this.findOne(part, locations)
      if (!found) return null
      spec = {
        name: parts.slice(0, i + 1).join('.'),
        file: found.file,
        searchLocations: found.searchLocations,
        entry: spec ? spec.entry : found.entry,
        viaSrcFallback
      }
    }
    return spec
  }

  private findOne(name: string, locations: string[]): { file: string | null; searchLocations: string[]; entry: string } | null {
    const portions: string[] = []
    let firstEntry = ''
    for (const location of locations) {
      const listing = this.listing(location)
      if (!listing) continue
      const candidate = path.join(location, name)
      const isDir = listing.has(name) && this.isDirectory(candidate)
      if (isDir && this.listing(candidate)?.has('__init__.py')) {
        return { file: path.join(candidate, '__init__.py'), searchLocations: [candidate], entry: location }
      }
      const moduleFile = listing.has(`${name}.py`) ? `${name}.py` : [...listing].find((file) => isExtensionModule(file, name))
      if (moduleFile) return { file: path.join(location, moduleFile), searchLocations: [], entry: location }
      if (isDir) {
        portions.push(candidate)
        firstEntry ||= location
      }
    }
    return portions.length > 0 ? { file: null, searchLocations: portions, entry: firstEntry } : null
  }

  private listing(dir: string): Set<string> | null {
    if (!this.listings.has(dir)) {
      let names: Set<string> | null = null
      try {
        names = new Set(readdirSync(dir))
      } catch {
        names = null
      }
      this.listings.set(dir, names)
    }
    return this.listings.get(dir) ?? null
  }

  private isDirectory(candidate: string): boolean {
    try {
      return statSync(candidate).isDirectory()
    } catch {
      return false
    }
  }
}

/** `name.so`, `name.cpython-311-x86_64-linux-gnu.so`, `name.abi3.so`, `name.pyd`. */
function isExtensionModule(file: string, name: string): boolean {
  return file.startsWith(`${name}.`) && /^(?:[\w-]+\.)?(so|pyd)$/.test(file.slice(name.length + 1))
}
