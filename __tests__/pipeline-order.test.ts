// What a run asks for before it has found the files: git's answers and the stored state (neither
// depends on what is found), so both are on their way while the tree is walked; the listing,
// which is cut at the keys found, after.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../__fixtures__/action-defaults.js'
import { fakeToolkit } from '../__fixtures__/fake-toolkit.js'
import { createFolderTarget } from '../src/adapters/folder-target.js'
import type { Target } from '../src/adapters/target.js'
import { getSettings } from '../src/inputs/input-helper.js'
import { deploy } from '../src/pipeline.js'

let project: string

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'pipeline-order-'))
  await mkdir(path.join(project, 'assets/css'), { recursive: true })
  await writeFile(path.join(project, 'assets/css/site.css'), 'body {}\n')
})

afterAll(async () => {
  await rm(project, { recursive: true, force: true })
})

describe('deploy', () => {
  it('asks for the stored state and git before the listing, and lists with the paths found', async () => {
    const root = path.join(project, 'out')
    const inputs = { 'working-directory': project, 'static-dirs': 'assets', apps: '', 'static-root': root }
    const settings = await getSettings(fakeToolkit(inputs, actionDefaults()), { GITHUB_WORKSPACE: project })
    const folder = createFolderTarget({ root })
    const calls: string[] = []
    const target: Target = {
      describe: () => folder.describe(),
      tracksHeaders: folder.tracksHeaders,
      inventory: async (manifestName, localPaths) => {
        calls.push('inventory')
        calls.push(`listing cut at ${(await localPaths)?.join(',')}`)
        return folder.inventory(manifestName, localPaths)
      },
      put: (object) => folder.put(object),
      remove: (paths) => folder.remove(paths),
      writeState: (state) => folder.writeState(state),
      readState: async () => {
        calls.push('readState')
        return null
      },
      requestCounts: () => folder.requestCounts()
    }
    const workspace = {
      vouchedFiles: async () => {
        calls.push('git')
        return new Map()
      }
    }
    const result = await deploy(settings, target, { workspace })
    expect(calls).toEqual(['git', 'readState', 'inventory', 'listing cut at css/site.css'])
    expect(result.files.map((file) => `${file.path} ${file.action}`)).toEqual(['css/site.css upload'])
  })
})
