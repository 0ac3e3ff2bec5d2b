// `npm run bundle`: a clean dist/ (no stale chunks), then the action and the command line built
// by ncc side by side (each build is mostly single-threaded, so two at once halve the wait).
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const BUILDS = [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli']
]

function build([entry, out]) {
  const args = [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022']
  return new Promise((resolve) => spawn(process.execPath, args, { cwd: root, stdio: 'inherit' }).once('close', resolve))
}

rmSync(join(root, 'dist'), { recursive: true, force: true })
const codes = await Promise.all(BUILDS.map(build))
process.exitCode = codes.every((code) => code === 0) ? 0 : 1
