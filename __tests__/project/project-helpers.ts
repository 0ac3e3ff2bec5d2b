// Temp projects, a fake Python interpreter and a direct way to evaluate a settings file.
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ModuleFinder } from '../../src/python/module-finder.js'
import { ProjectImporter } from '../../src/python/module-loader.js'
import { toPlain, type Gap, type Plain } from '../../src/python/plain.js'
import { Runtime } from '../../src/python/runtime.js'
import { list, type Binding, type PyValue } from '../../src/python/values.js'

/** Writes `files` (path → content) under a new temp folder and returns the folder. */
export async function tempProject(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'project-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), content)
  }
  return dir
}

/** A shell script that acts as `python -c ...` and prints `entries` as sys.path (and `executable` as sys.executable). */
export async function fakePython(entries: string[], executable: string | null = null): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'fake-python-'))
  const script = path.join(dir, 'python')
  await writeFile(script, `#!/bin/sh\necho '${JSON.stringify({ path: entries, executable })}'\n`)
  await chmod(script, 0o755)
  return script
}

export interface Evaluated {
  /** The setting as plain data; undefined when unset or not known. */
  value(name: string): Plain | undefined
  raw(name: string): PyValue | undefined
  binding(name: string): Binding | undefined
  gaps(name: string): Gap[]
  reports: Runtime['reports']
}

/** Runs `module` (a file under `dir`) the way discoverProject does, with only `dir` on the path. */
export function evaluateModule(dir: string, module: string, env: Record<string, string> = {}): Evaluated {
  const finder = new ModuleFinder(() => [dir])
  const importer = new ProjectImporter(finder, () => true)
  const rt = new Runtime({ env: new Map(Object.entries(env)), projectDir: dir, sysPath: list([dir]), hasPython: false, importer })
  const spec = finder.find(module)
  if (!spec?.file) throw new Error(`no module ${module} in ${dir}`)
  const scope = importer.load(spec.file, module, rt).scope
  return {
    value: (name) => {
      const binding = scope.get(name)
      return binding ? toPlain(binding.value, name, []) : undefined
    },
    raw: (name) => scope.get(name)?.value,
    binding: (name) => scope.get(name),
    gaps: (name) => {
      const gaps: Gap[] = []
      const binding = scope.get(name)
      if (binding) toPlain(binding.value, name, gaps)
      return gaps
    },
    reports: rt.reports
  }
}

/** Evaluates one settings source in a fresh temp folder. */
export async function evaluateSource(source: string, env: Record<string, string> = {}, files: Record<string, string> = {}) {
  const dir = await tempProject({ 'settings.py': source, ...files })
  return { dir, result: evaluateModule(dir, 'settings', env) }
}
