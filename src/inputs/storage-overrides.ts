// A staticfiles storage that overrides hashing methods: the action reproduces Django's own
// ManifestStaticFilesStorage, so it says so before uploading and goes on only when told how.
import { ActionError, InputError } from '../errors.js'
import type { Problem } from '../model.js'
import type { DiscoveredProject } from '../project/discover.js'

export type StorageOverrides = 'lenient' | 'ignore'
const CHOICES: readonly StorageOverrides[] = ['lenient', 'ignore']

export interface OverrideDecision {
  /** Keep references to missing files as written instead of failing (the "lenient" storage). */
  keepMissingReferences: boolean
  problems: Problem[]
}

export function resolveStorageOverrides(raw: string, project: DiscoveredProject, hashing: boolean): OverrideDecision {
  const choice = raw.trim().toLowerCase()
  if (choice && !CHOICES.includes(choice as StorageOverrides)) {
    throw new InputError('storage-overrides', `'${raw}' is not one of ${CHOICES.join(', ')} (or empty).`)
  }
  const storage = project.storage?.value
  const methods =
    project.storageClass?.overrides.map((override) => `${override.method} (${override.class})`) ?? storage?.overrides ?? []
  if (!hashing || !storage || methods.length === 0) return { keepMissingReferences: choice === 'lenient', problems: [] }
  const where = project.storage?.from.file
    ? { file: project.storage.from.file, ...(project.storage.from.line ? { line: project.storage.from.line } : {}) }
    : {}
  const what = `The staticfiles storage ${storage.backend} overrides ${methods.join(', ')}, so the action cannot promise Django's bytes and names for it (it reproduces Django's own ManifestStaticFilesStorage).`
  if (!choice) {
    throw new ActionError(
      `${what} Nothing was uploaded. Set \`storage-overrides: lenient\` if the overrides keep the unhashed name of a file a reference points at ` +
        'when that file is missing (the common "lenient" manifest storage), `storage-overrides: ignore` to hash exactly as Django\'s own class does, ' +
        'or `manifest: false`.',
      where
    )
  }
  const how =
    choice === 'lenient'
      ? 'references to missing files are kept as written instead of failing'
      : "files are hashed as Django's own class hashes them"
  return {
    keepMissingReferences: choice === 'lenient',
    problems: [
      { kind: 'settings', severity: 'warning', message: `${what} As \`storage-overrides: ${choice}\` asks, ${how}.`, ...where }
    ]
  }
}
