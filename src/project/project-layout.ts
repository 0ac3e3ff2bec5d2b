// Where Django runs: the folder with manage.py (its working directory, first on sys.path).
// Kept apart from the settings module's rules: the run asks for it before the rest is loaded,
// to start the project's Python there early (a version manager's shim picks by folder).
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Problem } from '../model.js'

export interface ProjectLayout {
  /** Django's working directory: the folder of manage.py, else the working directory. */
  projectDir: string
  managePy: string | null
  problems: Problem[]
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'venv', 'env', '__pycache__', 'site-packages', 'dist', 'build'])

/** manage.py in the working directory, above a settings file given as a path, or in exactly one subfolder. */
export function findProjectLayout(workingDirectory: string, settingsInput: string): ProjectLayout {
  const direct = path.join(workingDirectory, 'manage.py')
  if (isFile(direct)) return { projectDir: workingDirectory, managePy: direct, problems: [] }
  if (looksLikePath(settingsInput)) {
    for (
      let dir = path.dirname(path.resolve(workingDirectory, settingsInput));
      isInside(dir, workingDirectory);
      dir = path.dirname(dir)
    ) {
      if (isFile(path.join(dir, 'manage.py'))) return { projectDir: dir, managePy: path.join(dir, 'manage.py'), problems: [] }
      if (dir === workingDirectory) break
    }
  }
  const found = subfolders(workingDirectory)
    .map((dir) => path.join(dir, 'manage.py'))
    .filter(isFile)
  if (found.length === 1) return { projectDir: path.dirname(found[0] as string), managePy: found[0] as string, problems: [] }
  const problems: Problem[] =
    found.length > 1
      ? [
          {
            kind: 'settings',
            severity: 'warning',
            message: `Found several manage.py files (${found.map((file) => path.relative(workingDirectory, file)).join(', ')}); none was used. Set \`working-directory\` to the Django project, or set \`settings\`.`
          }
        ]
      : []
  return { projectDir: workingDirectory, managePy: null, problems }
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name))
      .map((entry) => path.join(dir, entry.name))
      .sort()
  } catch {
    return []
  }
}

export function looksLikePath(settings: string): boolean {
  return settings.includes('/') || settings.includes('\\') || settings.endsWith('.py')
}

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

export function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}
