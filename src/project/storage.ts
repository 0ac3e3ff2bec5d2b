// The staticfiles storage: STORAGES["staticfiles"] (or, up to Django 5.0, STATICFILES_STORAGE),
// whether it hashes like ManifestStaticFilesStorage, and the switches and S3 options a
// project subclass sets as class attributes.
import { classBinding, lineageNames } from '../python/class-info.js'
import { provenance, type SettingsReader, type Valued } from './extract.js'
import { toPlain, type Gap, type Plain } from '../python/plain.js'
import { isObject, isUnknown, type PyClass } from '../python/values.js'
import { RELEASE_5_2, type DjangoRelease } from '../manifest/releases.js'

export interface StorageSetting {
  backend: string
  manifest: boolean
  options: Record<string, unknown>
  switches: Record<string, unknown>
  /** Hashing-related methods a project class defines (the action reproduces Django's own). */
  overrides?: string[]
}

/** HashedFilesMixin / ManifestFilesMixin methods whose override changes the bytes or names Django writes. */
export const HASHING_METHODS = [
  'file_hash',
  'hashed_name',
  '_stored_name',
  'stored_name',
  'url_converter',
  'post_process',
  '_post_process',
  'clean_name',
  'hash_key',
  '_url',
  'url',
  'read_manifest',
  'load_manifest',
  'save_manifest'
]

export type StorageKind = 's3' | 'filesystem' | 'other'

export interface StorageResult {
  storage: Valued<StorageSetting>
  kind: StorageKind
}

export const DEFAULT_STORAGE = 'django.contrib.staticfiles.storage.StaticFilesStorage'

/** ManifestFilesMixin / HashedFilesMixin class attributes. */
export const MANIFEST_SWITCHES = [
  'manifest_name',
  'manifest_strict',
  'keep_intermediate_files',
  'max_post_process_passes',
  'support_js_module_import_aggregation'
]

/** django-storages S3Storage settings a subclass can set as class attributes. */
export const S3_OPTIONS = [
  'bucket_name',
  'location',
  'object_parameters',
  'file_overwrite',
  'default_acl',
  'gzip',
  'gzip_content_types',
  'custom_domain',
  'endpoint_url',
  'region_name',
  'url_protocol',
  'addressing_style',
  'querystring_auth'
]

export type ClassLoader = (dotted: string) => PyClass | string

interface Configured {
  backend: string
  options: Record<string, unknown>
  from: Valued<unknown>['from']
}

/** The storage `release` would use for collectstatic, or its default when the settings name none. */
export function readStorage(
  reader: SettingsReader,
  loadClass: ClassLoader,
  release: DjangoRelease = RELEASE_5_2
): StorageResult | undefined {
  const configured = configuredStorage(reader, release)
  if (!configured) return undefined
  const described = describeBackend(configured, loadClass, reader)
  const options = { ...described.classOptions, ...configured.options }
  const overrides = described.overrides?.length ? { overrides: described.overrides } : {}
  return {
    storage: {
      value: { backend: configured.backend, manifest: described.manifest, options, switches: described.switches, ...overrides },
      from: configured.from
    },
    kind: described.kind
  }
}

function configuredStorage(reader: SettingsReader, release: DjangoRelease): Configured | undefined {
  const storages = reader.binding('STORAGES')
  const legacyBinding = reader.binding('STATICFILES_STORAGE')
  if (legacyBinding && !release.legacyStorageSetting) {
    const effect = storages ? 'STORAGES is used' : 'files are copied without hashed names, as Django would'
    reader.problems.add(
      `Django ${release.series} ignores STATICFILES_STORAGE (removed in 5.1), so ${effect}. Move the backend to STORAGES["staticfiles"], or set the \`django-version\` input if the project runs Django 4.2 or 5.0.`,
      legacyBinding.at,
      'notice'
    )
  } else if (legacyBinding && storages) {
    reader.problems.add(
      `STATICFILES_STORAGE and STORAGES are both set: Django ${release.series} refuses to start (ImproperlyConfigured: STATICFILES_STORAGE/STORAGES are mutually exclusive). Remove STATICFILES_STORAGE and keep STORAGES["staticfiles"].`,
      legacyBinding.at,
      'error'
    )
    return undefined
  }
  if (storages && !isUnknown(storages.value)) {
    const value = storages.value
    const entry = isObject(value) && value.kind === 'dict' ? value.entries.get('staticfiles') : undefined
    if (entry === undefined) {
      reader.problems.add(
        'STORAGES has no "staticfiles" storage (staticfiles.E005); Django would refuse to run collectstatic. Set the `manifest` input.',
        storages.at
      )
      return undefined
    }
    const gaps: Gap[] = []
    const plain = toPlain(entry, 'STORAGES["staticfiles"]', gaps)
    reader.problems.gaps('STORAGES', storages, gaps)
    reader.problems.assumptions('STORAGES', storages)
    return backendOf(plain, provenance(storages), reader)
  }
  if (storages) reader.plain('STORAGES')
  const legacy = release.legacyStorageSetting ? reader.optionalString('STATICFILES_STORAGE') : undefined
  if (legacy?.value) return { backend: legacy.value, options: {}, from: legacy.from }
  return { backend: DEFAULT_STORAGE, options: {}, from: { source: 'default' } }
}

function backendOf(plain: Plain | undefined, from: Valued<unknown>['from'], reader: SettingsReader): Configured | undefined {
  const entry = plain !== null && typeof plain === 'object' && !Array.isArray(plain) ? plain : {}
  const backend = entry.BACKEND
  if (typeof backend !== 'string') {
    if (plain !== undefined)
      reader.problems.add(
        'STORAGES["staticfiles"] has no BACKEND string. Set the `manifest` input.',
        from.file ? { file: from.file, line: from.line ?? 1 } : undefined
      )
    return undefined
  }
  const options = entry.OPTIONS
  return { backend, options: options !== null && typeof options === 'object' && !Array.isArray(options) ? options : {}, from }
}

interface Described {
  manifest: boolean
  kind: StorageKind
  switches: Record<string, unknown>
  classOptions: Record<string, unknown>
  overrides?: string[]
}

/** Django's, django-storages' and whitenoise's classes are known by name; a project class is read. */
function describeBackend({ backend, from }: Configured, loadClass: ClassLoader, reader: SettingsReader): Described {
  const known = /^(django|storages|whitenoise)\./.test(backend)
  const loaded = known ? null : loadClass(backend)
  if (typeof loaded === 'string') {
    const manifest = backend.includes('Manifest')
    reader.problems.add(
      `The staticfiles storage ${backend} could not be read (${loaded}), so whether it hashes file names was judged from its name (${manifest ? 'yes' : 'no'}). Set the \`manifest\` input to be sure.`,
      from.file ? { file: from.file, line: from.line ?? 1 } : undefined
    )
    return { manifest, kind: kindOf([backend]), switches: {}, classOptions: {} }
  }
  const names = loaded ? lineageNames(loaded) : [backend]
  const kind = kindOf(names)
  return {
    manifest: names.some((name) => name.includes('Manifest')),
    kind,
    switches: loaded ? classValues(loaded, MANIFEST_SWITCHES, reader) : {},
    classOptions: loaded && kind === 's3' ? classValues(loaded, S3_OPTIONS, reader) : {},
    overrides: loaded ? HASHING_METHODS.filter((name) => classBinding(loaded, name) !== undefined) : []
  }
}

function kindOf(names: string[]): StorageKind {
  if (names.some((name) => name.startsWith('storages.backends.s3'))) return 's3'
  if (
    names.some((name) => /^(django\.contrib\.staticfiles\.storage|django\.core\.files\.storage|whitenoise\.storage)\./.test(name))
  )
    return 'filesystem'
  return 'other'
}

/** Class attributes of the project class (or its project bases) that are set and known. */
function classValues(cls: PyClass, names: string[], reader: SettingsReader): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const name of names) {
    const binding = classBinding(cls, name)
    if (!binding) continue
    const gaps: Gap[] = []
    const value = toPlain(binding.value, `${cls.name}.${name}`, gaps)
    reader.problems.gaps('STORAGES', binding, gaps)
    if (value !== undefined) out[name] = value
  }
  return out
}
