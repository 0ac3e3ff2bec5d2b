// Which Django release to reproduce: the `django-version` input, else the Django the project's
// Python imports, else the version pinned in its requirement files, else 5.2 (with a notice).
import path from 'node:path'
import { InputError } from '../errors.js'
import {
  newestCompatibleRelease,
  releaseOfVersion,
  RELEASES,
  SUPPORTED_SERIES,
  type DjangoRelease,
  type DjangoSeries
} from '../manifest/releases.js'
import type { Problem } from '../model.js'
import { findDjangoPin, PIN_FILES, type DjangoPin } from '../project/django-version.js'

export const DEFAULT_SERIES: DjangoSeries = '5.2'

export interface DjangoSetting {
  series: DjangoSeries
  /** The version as found ('5.2.17', '==5.2.1'), when one was. */
  version?: string
  /** Where it came from, for the summary: 'input', 'project Python', 'requirements.txt:3', 'default'. */
  from: string
}

export interface ResolvedRelease {
  release: DjangoRelease
  django: DjangoSetting
  problems: Problem[]
}

const SUPPORTED = SUPPORTED_SERIES.join(', ')

/**
 * `input`: the `django-version` input as typed; `pythonVersion`: `django.__version__` of the
 * project's interpreter when the project was read that way; `dir`: where requirement files are
 * looked for first, then its parents up to `top` (the workspace), nearest first.
 */
export function resolveDjangoRelease(input: string, dir: string, pythonVersion?: string, top?: string): ResolvedRelease {
  const typed = input.trim()
  if (typed) return found(supported(typed, 'django-version', `'${typed}'`), { version: typed, from: 'input' })
  if (pythonVersion?.trim()) {
    const version = pythonVersion.trim()
    const release = supported(version, 'django-version', `The project's Python imports Django ${version}, which`)
    return found(release, { version, from: "the project's Python" })
  }
  const pin = nearestPin(dir, top)
  if (pin) return found(pinnedRelease(pin), { version: pinText(pin), from: `${pin.file}:${pin.line}` })
  return {
    release: RELEASES[DEFAULT_SERIES],
    django: { series: DEFAULT_SERIES, from: 'default' },
    problems: [
      {
        // Not 'settings': an assumed release is reported, never a reason for `fail-on: settings` to stop the run.
        kind: 'django-release',
        severity: 'notice',
        message:
          `No Django version found (no \`django-version\` input, and no pin in ${PIN_FILES.join(', ')}): assuming Django ${DEFAULT_SERIES}. ` +
          `Set the \`django-version\` input (${SUPPORTED}) to the release the project runs; their output differs.`
      }
    ]
  }
}

/** A pin in `dir` or, when `dir` is inside `top`, in a folder between them; `file` relative to `dir`. */
function nearestPin(dir: string, top: string | undefined): DjangoPin | undefined {
  const start = path.resolve(dir)
  const limit = top ? path.resolve(top) : start
  const inside = limit === start || start.startsWith(limit + path.sep)
  for (let current = start; ; current = path.dirname(current)) {
    const pin = findDjangoPin(current)
    if (pin) return { ...pin, file: path.relative(start, path.join(current, pin.file)).split(path.sep).join('/') }
    if (!inside || current === limit || path.dirname(current) === current) return undefined
  }
}

function found(release: DjangoRelease, django: Omit<DjangoSetting, 'series'>): ResolvedRelease {
  return { release, django: { series: release.series, ...django }, problems: [] }
}

function supported(version: string, input: string, what: string): DjangoRelease {
  const release = releaseOfVersion(version)
  if (release) return release
  const problem = /^\d+\.\d+/.test(version) ? 'is not a supported Django release' : 'is not a Django version'
  const fix = `the action reproduces Django ${SUPPORTED} (any patch release of them). Set \`django-version\` to one of them.`
  throw new InputError(input, `${what} ${problem}: ${fix}`)
}

const pinText = (pin: DjangoPin): string => `${pin.compatible ? '~=' : '=='}${pin.version}`

function pinnedRelease(pin: DjangoPin): DjangoRelease {
  // `~=5.0` allows any 5.x from 5.0 on: pip installs the newest. `~=5.2.1` stays in 5.2.
  const twoParts = /^\d+\.\d+$/.test(pin.version)
  const release = pin.compatible && twoParts ? newestCompatibleRelease(pin.version) : releaseOfVersion(pin.version)
  if (release) return release
  throw new InputError(
    'django-version',
    `${pin.file}:${pin.line} pins Django ${pinText(pin)}, which is not a supported release: the action reproduces Django ${SUPPORTED}. ` +
      'Upgrade the pin, or set `django-version` to the release whose output you want.'
  )
}
