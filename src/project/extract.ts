// Reads the static-files settings out of the evaluated settings module, with where each
// value was set, reporting what could not be evaluated.
import path from 'node:path'
import { toPlain, type Gap, type Plain } from '../python/plain.js'
import type { SettingsProblems } from './settings-problems.js'
import type { Binding, Scope } from '../python/values.js'

export interface Provenance {
  source: 'settings' | 'default'
  file?: string
  line?: number
}

export interface Valued<T> {
  value: T
  from: Provenance
}

export interface StaticDir {
  prefix: string
  path: string
}

export const DEFAULT_FINDERS = [
  'django.contrib.staticfiles.finders.FileSystemFinder',
  'django.contrib.staticfiles.finders.AppDirectoriesFinder'
]

/** django-storages' AWS_* settings the action uses; credentials are deliberately not read. */
export const AWS_SETTINGS = [
  'AWS_STORAGE_BUCKET_NAME',
  'AWS_LOCATION',
  'AWS_S3_OBJECT_PARAMETERS',
  'AWS_S3_FILE_OVERWRITE',
  'AWS_DEFAULT_ACL',
  'AWS_IS_GZIPPED',
  'AWS_S3_ENDPOINT_URL',
  'AWS_S3_REGION_NAME',
  'AWS_S3_CUSTOM_DOMAIN',
  'AWS_S3_URL_PROTOCOL',
  'AWS_S3_ADDRESSING_STYLE',
  'AWS_QUERYSTRING_AUTH'
]

export class SettingsReader {
  constructor(
    private readonly scope: Scope,
    /** Django's working directory: relative paths in settings are relative to it. */
    private readonly projectDir: string,
    readonly problems: SettingsProblems
  ) {}

  binding(name: string): Binding | undefined {
    return this.scope.get(name)
  }

  /** The plain value of a setting, its gaps and guesses reported; undefined when unset or unknown. */
  plain(name: string, options: { quiet?: boolean } = {}): Valued<Plain> | undefined {
    const binding = this.scope.get(name)
    if (!binding) return undefined
    const gaps: Gap[] = []
    const value = toPlain(binding.value, name, gaps)
    if (!options.quiet) {
      this.problems.gaps(name, binding, gaps)
      this.problems.assumptions(name, binding)
    }
    return value === undefined ? undefined : { value, from: provenance(binding) }
  }

  stringList(name: string): Valued<string[]> | undefined {
    const setting = this.plain(name)
    if (!setting) return undefined
    if (!Array.isArray(setting.value)) return this.wrongType(name, 'a list of strings', setting)
    const strings = setting.value.filter((item): item is string => typeof item === 'string')
    if (strings.length !== setting.value.length)
      this.problems.add(`${name} has entries that are not strings; they were left out.`, locationOf(setting))
    return { value: strings, from: setting.from }
  }

  /** A str-or-None setting (STATIC_URL, FORCE_SCRIPT_NAME). */
  optionalString(name: string): Valued<string | null> | undefined {
    const setting = this.plain(name)
    if (!setting) return undefined
    if (setting.value !== null && typeof setting.value !== 'string') return this.wrongType(name, 'a string or None', setting)
    return { value: setting.value, from: setting.from }
  }

  /** A path setting (STATIC_ROOT): str or Path, made absolute against the project directory. */
  directory(name: string): Valued<string> | undefined {
    const setting = this.optionalString(name)
    if (!setting || setting.value === null) return undefined
    return { value: this.absolute(setting.value), from: setting.from }
  }

  /** STATICFILES_DIRS: paths and (prefix, path) pairs. */
  staticDirs(): Valued<StaticDir[]> | undefined {
    const setting = this.plain('STATICFILES_DIRS')
    if (!setting) return undefined
    if (!Array.isArray(setting.value)) return this.wrongType('STATICFILES_DIRS', 'a list or tuple (staticfiles.E001)', setting)
    const dirs: StaticDir[] = []
    for (const entry of setting.value) {
      const [prefix, dir] = Array.isArray(entry) ? entry : ['', entry]
      if (typeof prefix !== 'string' || typeof dir !== 'string' || (Array.isArray(entry) && entry.length !== 2)) {
        this.problems.add(
          `STATICFILES_DIRS entry ${JSON.stringify(entry)} is neither a path nor a (prefix, path) pair; it was left out.`,
          locationOf(setting)
        )
        continue
      }
      dirs.push({ prefix, path: this.absolute(dir) })
    }
    return { value: dirs, from: setting.from }
  }

  /** The AWS_* settings that are set and known; what is not known is reported only when `report`. */
  aws(report: boolean): Record<string, Valued<unknown>> {
    const out: Record<string, Valued<unknown>> = {}
    for (const name of AWS_SETTINGS) {
      const setting = this.plain(name, { quiet: !report })
      if (setting) out[name] = setting
    }
    return out
  }

  /** Relative paths are relative to where Django runs (the manage.py folder); a trailing slash is kept. */
  absolute(dir: string): string {
    return path.isAbsolute(dir) ? dir : path.join(this.projectDir, dir)
  }

  private wrongType(name: string, expected: string, setting: Valued<Plain>): undefined {
    this.problems.add(`${name} is ${JSON.stringify(setting.value)}, not ${expected}; it was not used.`, locationOf(setting))
    return undefined
  }
}

export function provenance(binding: Binding): Provenance {
  return { source: 'settings', file: binding.at.file, line: binding.at.line }
}

function locationOf(setting: Valued<unknown>) {
  return setting.from.file ? { file: setting.from.file, line: setting.from.line ?? 1 } : undefined
}
