// The conformance cases of every Django release: the shared cases' and the version cases' inputs
// (`cases/<name>`, `versions/cases/<name>`) with each release's goldens (`versions/<release>/<name>`).
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const CONFORMANCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../__fixtures__/conformance')
const VERSIONS_DIR = path.join(CONFORMANCE_DIR, 'versions')

export interface ReleaseCase {
  /** '5.2' */
  series: string
  /** '5.2.17' */
  release: string
  name: string
  /** The case's input tree (settings, static files). */
  inputDir: string
  /** This release's case.json and expected/. */
  expectedRoot: string
}

/** Release folders, oldest first: '4.2.30', '5.0.14', ... */
export function releaseFolders(): string[] {
  const numeric = (name: string) => name.split('.').map(Number)
  return readdirSync(VERSIONS_DIR)
    .filter((name) => /^\d+\.\d+\.\d+$/.test(name))
    .sort((a, b) => {
      const [x, y] = [numeric(a), numeric(b)]
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!
    })
}

export function inputDirOf(name: string): string {
  const shared = path.join(CONFORMANCE_DIR, 'cases', name)
  return existsSync(shared) ? shared : path.join(VERSIONS_DIR, 'cases', name)
}

export function releaseCases(): ReleaseCase[] {
  const out: ReleaseCase[] = []
  for (const release of releaseFolders()) {
    const series = release.split('.').slice(0, 2).join('.')
    for (const name of readdirSync(path.join(VERSIONS_DIR, release)).sort()) {
      out.push({ series, release, name, inputDir: inputDirOf(name), expectedRoot: path.join(VERSIONS_DIR, release, name) })
    }
  }
  return out
}
