import { describe, expect, it } from '@jest/globals'
import { mkdtemp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createFolderTarget } from '../../src/adapters/folder-target.js'
import { createRecordingTarget } from '../../src/adapters/recording-target.js'
import type { Target } from '../../src/adapters/target.js'
import { executePlan } from '../../src/execute/execute.js'
import type { OutputFile } from '../../src/model.js'
import { planUpload } from '../../src/plan/plan.js'
import { prepareObjects } from '../../src/plan/prepare.js'

const prepareOptions = {
  cacheControl: 'c',
  cacheControlHashed: 'h',
  objectParameters: {},
  gzip: false,
  gzipContentTypes: [],
  concurrency: 4
}

async function sources(files: Record<string, string>): Promise<OutputFile[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'src-'))
  const outputs: OutputFile[] = []
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), content)
    outputs.push({ path: name, body: { kind: 'file', absPath: path.join(dir, name) }, role: 'original' })
  }
  return outputs
}

async function deploy(target: Target, outputs: OutputFile[], deleteRemoved = false) {
  const objects = await prepareObjects(outputs, prepareOptions)
  const inventory = await target.inventory('staticfiles.json')
  const plan = planUpload(objects, inventory, {
    overwrite: 'changed',
    deleteRemoved,
    keepPreviousManifest: true,
    maxDelete: 10,
    compareHeaders: target.tracksHeaders
  })
  return executePlan(plan, target, { concurrency: 4, inventory })
}

async function listTree(root: string, prefix = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...(await listTree(path.join(root, entry.name), `${prefix}${entry.name}/`)))
    else found.push(prefix + entry.name)
  }
  return found.sort()
}

describe('folder target', () => {
  it('copies, then copies only what changed, then removes and prunes folders', async () => {
    const root = path.join(await mkdtemp(path.join(os.tmpdir(), 'root-')), 'static')
    const target = createFolderTarget({ root })
    expect(target.describe()).toBe(root)
    const first = await sources({ 'css/a.css': 'a', 'js/b.js': 'b', 'deep/er/c.txt': 'c' })
    const cold = await deploy(target, first)
    expect(cold.files.map((f) => `${f.path} ${f.reason}`)).toEqual(['css/a.css new', 'js/b.js new', 'deep/er/c.txt new'])
    expect(await listTree(root)).toEqual(['css/a.css', 'deep/er/c.txt', 'js/b.js'])

    const again = await deploy(createFolderTarget({ root }), first)
    expect(again.files.map((f) => f.reason)).toEqual(['unchanged', 'unchanged', 'unchanged'])

    const edited = await sources({ 'css/a.css': 'A!', 'js/b.js': 'b' })
    const third = await deploy(createFolderTarget({ root }), edited, true)
    expect(third.files.map((f) => `${f.path} ${f.action} ${f.reason}`)).toEqual([
      'css/a.css upload changed',
      'js/b.js skip unchanged',
      'deep/er/c.txt delete removed locally'
    ])
    expect(await readFile(path.join(root, 'css/a.css'), 'utf8')).toBe('A!')
    expect(await listTree(root)).toEqual(['css/a.css', 'js/b.js'])
    await expect(stat(path.join(root, 'deep'))).rejects.toThrow()
  })

  it('keeps files named by the live manifest and refuses paths outside the root', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'root-'))
    await writeFile(path.join(root, 'staticfiles.json'), JSON.stringify({ paths: { 'a.css': 'a.1.css' } }))
    await writeFile(path.join(root, 'a.1.css'), 'old')
    const target = createFolderTarget({ root })
    const inventory = await target.inventory('staticfiles.json')
    expect(inventory.available && [...inventory.previousManifestPaths].sort()).toEqual(['a.1.css', 'a.css'])
    const object = (await prepareObjects(await sources({ 'x.css': 'x' }), prepareOptions))[0]
    if (!object) throw new Error('no object')
    await expect(target.put({ ...object, path: '../escape.css' })).rejects.toThrow(/outside static-root/)
  })
})

describe('recording target', () => {
  it('plans against the wrapped target but writes nothing', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'root-'))
    await writeFile(path.join(root, 'a.css'), 'a')
    const recording = createRecordingTarget(createFolderTarget({ root }))
    const result = await deploy(recording, await sources({ 'a.css': 'a', 'b.css': 'b' }), true)
    expect(result.files.map((f) => `${f.path} ${f.action}`)).toEqual(['a.css skip', 'b.css upload'])
    expect(recording.recorded.puts.map((o) => o.path)).toEqual(['b.css'])
    expect(await listTree(root)).toEqual(['a.css'])
    expect(recording.describe()).toBe(`${root} (dry run)`)
  })

  it('without a target, shows every file as an upload', async () => {
    const recording = createRecordingTarget(null)
    const inventory = await recording.inventory(null)
    expect(inventory).toEqual({ available: false, reason: expect.stringContaining('dry run without a bucket') })
    const folder = createFolderTarget({ root: '/nonexistent' })
    const broken = createRecordingTarget(
      Object.assign(Object.create(folder) as Target, {
        inventory: async () => {
          throw new Error('no access')
        }
      })
    )
    expect(await broken.inventory(null)).toEqual({ available: false, reason: expect.stringContaining('no access') })
  })
})
