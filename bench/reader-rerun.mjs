// Zero-config rerun time of the benchmark project (folder target, nothing changed) with the
// settings read by the project's Python, by the evaluator, and with explicit inputs, side by side
// in one run (interleaved rounds, medians). Usage: node bench/reader-rerun.mjs PYTHON [--files N] [--rounds R]
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../scripts/run-action.mjs'
import { APPS, generateProject } from './generate.mjs'

const args = process.argv.slice(2)
const python = args[0] ?? 'python3'
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback)
const files = option('--files', 5000)
const rounds = option('--rounds', 5)
const { dir } = await generateProject({ files })
const env = { PATH: process.env.PATH, HOME: process.env.HOME }
const modes = {
  python: { 'settings-reader': 'python', python },
  evaluator: { 'settings-reader': 'evaluator', python },
  explicit: { 'settings-reader': 'evaluator', python, apps: APPS.map((app) => `apps/${app}`).join('\n'), 'static-dirs': 'assets' }
}
const roots = Object.fromEntries(Object.keys(modes).map((mode) => [mode, mkdtempSync(join(tmpdir(), `cs3-rerun-${mode}-`))]))
const times = Object.fromEntries(Object.keys(modes).map((mode) => [mode, []]))
const run = (mode) => runAction({ inputs: { 'working-directory': dir, 'static-root': roots[mode], ...modes[mode] }, env })
for (const mode of Object.keys(modes)) {
  const first = await run(mode)
  if (first.code !== 0) throw new Error(`${mode}: ${first.stdout.slice(-500)}`)
}
for (let round = 0; round < rounds; round++) {
  for (const mode of Object.keys(modes)) {
    const rerun = await run(mode)
    if (rerun.code !== 0 || Number(rerun.outputs.uploaded) !== 0)
      throw new Error(`${mode}: rerun uploaded ${rerun.outputs.uploaded}`)
    times[mode].push(rerun.wallMs)
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const base = median(times.explicit)
console.log(`${files} files, ${rounds} interleaved rounds, python ${python}`)
for (const mode of Object.keys(modes))
  console.log(
    `${mode.padEnd(10)} median ${median(times[mode]).toFixed(0)} ms  (${(median(times[mode]) / base).toFixed(2)}× explicit inputs)`
  )
