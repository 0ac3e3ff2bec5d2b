// Problems about settings the action could not read exactly: the setting, the expression
// and its place, and the input that overrides it.
import type { Problem } from '../model.js'
import type { Gap } from '../python/plain.js'
import type { Assumption, Binding, Location } from '../python/values.js'

const INPUT_FOR: Record<string, string> = {
  INSTALLED_APPS: 'apps',
  STATICFILES_DIRS: 'static-dirs',
  STATIC_URL: 'static-url',
  STATIC_ROOT: 'static-root',
  FORCE_SCRIPT_NAME: 'force-script-name',
  STORAGES: 'manifest',
  STATICFILES_STORAGE: 'manifest',
  AWS_STORAGE_BUCKET_NAME: 'bucket',
  AWS_LOCATION: 'prefix',
  AWS_S3_OBJECT_PARAMETERS: 'object-parameters',
  AWS_DEFAULT_ACL: 'object-parameters',
  AWS_S3_FILE_OVERWRITE: 'overwrite',
  AWS_IS_GZIPPED: 'gzip',
  AWS_S3_ENDPOINT_URL: 'endpoint-url',
  AWS_S3_REGION_NAME: 'region'
}

/** Settings that decide which files are collected: what cannot be read there may leave files out. */
const SOURCE_SETTINGS = new Set(['INSTALLED_APPS', 'STATICFILES_DIRS', 'STATICFILES_FINDERS'])

export function fixFor(setting: string): string {
  if (setting === 'STATICFILES_FINDERS') return "Django's default finders are used instead."
  const input = INPUT_FOR[setting]
  if (!input) return 'The action goes on without it.'
  const detail =
    input === 'apps' ? ' (the app directories, in INSTALLED_APPS order)' : input === 'manifest' ? ' (and the S3 inputs)' : ''
  return `Set the \`${input}\` input${detail} to override.`
}

export class SettingsProblems {
  readonly list: Problem[] = []

  add(message: string, at: Location | undefined, severity: Problem['severity'] = 'warning', incomplete = false): void {
    this.list.push({
      kind: 'settings',
      severity,
      message,
      ...(at ? { file: at.file, line: at.line } : {}),
      ...(incomplete ? { incomplete } : {})
    })
  }

  /** Parts of a setting (or all of it) that could not be evaluated. */
  gaps(setting: string, binding: Binding, gaps: Gap[]): void {
    for (const gap of gaps) {
      const partial = gap.where !== setting
      if (!gap.unknown) {
        this.add(
          `${gap.where} ${gap.message ?? 'is not a plain value'}; it was left out. ${fixFor(setting)}`,
          binding.at,
          'warning',
          SOURCE_SETTINGS.has(setting)
        )
        continue
      }
      const { reason, expr, envVar } = gap.unknown
      const effect = partial ? ', so it was left out' : ''
      const env = envVar ? ` Or set ${envVar} in the step's env.` : ''
      this.add(
        `${gap.where} could not be evaluated${effect}: ${reason} (\`${expr}\`). ${fixFor(setting)}${env}`,
        gap.unknown.at,
        'warning',
        SOURCE_SETTINGS.has(setting)
      )
    }
  }

  /** Branches the evaluator had to guess that the setting's value depends on. */
  assumptions(setting: string, binding: Binding): void {
    for (const assumption of binding.assumptions) this.assumption(setting, assumption)
  }

  assumption(setting: string, assumption: Assumption): void {
    const message = `${setting} may not be what Django would use: ${assumption.text}. ${fixFor(setting)}`
    if (!this.list.some((problem) => problem.message === message))
      this.add(message, assumption.at, 'warning', SOURCE_SETTINGS.has(setting))
  }
}
