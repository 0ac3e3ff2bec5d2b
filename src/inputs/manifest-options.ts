// Hashing (ManifestStaticFilesStorage) switches and STATIC_URL.
import { InputError } from '../errors.js'
import type { DiscoveredProject } from '../project/discover.js'
import type { FromSettings, OriginLog } from './origins.js'
import { parseBoolean } from './parse.js'
import type { ManifestSettings } from './settings.js'

type Read = (name: string) => string

export function resolveManifest(read: Read, project: DiscoveredProject, log: OriginLog): ManifestSettings | null {
  const storage = project.storage
  const fromStorage = storage ? { value: storage.value.manifest, from: storage.from } : undefined
  if (!log.choose('manifest', parseBoolean('manifest', read('manifest')), fromStorage, false)) return null
  const staticUrl = effectiveStaticUrl(read, project, log)
  return {
    name: log.choose(
      'manifest-name',
      read('manifest-name').trim() || undefined,
      switchOf<string>(project, 'manifest_name', 'string'),
      'staticfiles.json'
    ),
    strict: log.choose(
      'manifest-strict',
      parseBoolean('manifest-strict', read('manifest-strict')),
      switchOf<boolean>(project, 'manifest_strict', 'boolean'),
      true
    ),
    jsModules: log.choose(
      'js-modules',
      parseBoolean('js-modules', read('js-modules')),
      switchOf<boolean>(project, 'support_js_module_import_aggregation', 'boolean'),
      false
    ),
    keepIntermediateFiles: log.choose(
      'keep-intermediate-files',
      parseBoolean('keep-intermediate-files', read('keep-intermediate-files')),
      switchOf<boolean>(project, 'keep_intermediate_files', 'boolean'),
      false
    ),
    maxPasses: switchOf<number>(project, 'max_post_process_passes', 'number')?.value ?? 5,
    staticUrl
  }
}

/** Django's `_add_script_prefix`: a relative STATIC_URL gets the script prefix (FORCE_SCRIPT_NAME or `/`). */
function effectiveStaticUrl(read: Read, project: DiscoveredProject, log: OriginLog): string {
  const staticUrl = log.choose('static-url', read('static-url').trim() || undefined, project.staticUrl, 'static/')
  if (!staticUrl.endsWith('/')) {
    throw new InputError('static-url', `'${staticUrl}' must end with a slash, as Django requires of STATIC_URL (e.g. 'static/').`)
  }
  if (/^(https?:\/\/|\/)/.test(staticUrl)) return staticUrl
  const scriptName = log.choose<string | null>(
    'force-script-name',
    read('force-script-name').trim() || undefined,
    project.forceScriptName,
    null
  )
  const prefix = scriptName ?? '/'
  return (prefix.endsWith('/') ? prefix : `${prefix}/`) + staticUrl
}

function switchOf<T>(project: DiscoveredProject, name: string, type: string): FromSettings<T> | undefined {
  const storage = project.storage
  const value = storage?.value.switches[name]
  if (!storage || typeof value !== type) return undefined
  return { value: value as T, from: storage.from }
}
