// Per fixture project: which reader produced the settings, the files collected (dist/index.js,
// dry run) against real Django's `collectstatic --dry-run` with the same interpreter, and the
// problems shown. Usage: node bench/reader-fixtures.mjs [python-with-django]
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { repoRoot, runAction } from '../scripts/run-action.mjs'

const python = process.argv[2] || process.env.CS3_DJANGO_PYTHON || 'python3'
const projects = join(repoRoot, '__fixtures__/projects')
const env = { PATH: process.env.PATH, HOME: process.env.HOME, PYTHONDONTWRITEBYTECODE: '1' }
const rows = []
for (const name of readdirSync(projects)
  .filter((entry) => existsSync(join(projects, entry, 'manage.py')))
  .sort()) {
  const dir = mkdtempSync(join(tmpdir(), `cs3-fixture-${name}-`))
  cpSync(join(projects, name), dir, { recursive: true })
  const django = spawnSync(python, ['manage.py', 'collectstatic', '--dry-run', '--noinput', '-v', '2'], {
    cwd: dir,
    encoding: 'utf8',
    env
  })
  const djangoFiles =
    django.status === 0 ? [...django.stdout.matchAll(/^Pretending to copy '(.+)'$/gm)].map((m) => m[1]).sort() : null
  for (const reader of ['auto', 'evaluator']) {
    const run = await runAction({
      inputs: {
        'working-directory': dir,
        'dry-run': 'true',
        python,
        'settings-reader': reader,
        ...(name.includes('lenient') ? { 'storage-overrides': 'lenient' } : {})
      },
      env
    })
    const report = run.report ?? {}
    const ours = (report.files ?? [])
      .filter((file) => file.source)
      .map((file) => resolve(dir, file.source))
      .sort()
    const origin = (report.settings ?? []).find((entry) => entry.name === 'settings-reader')
    const problems = report.problems ?? []
    const count = (severity) => problems.filter((problem) => problem.severity === severity).length
    rows.push({
      project: name,
      input: reader,
      reader: origin
        ? origin.value.startsWith('python')
          ? 'python'
          : `evaluator (${origin.from})`
        : report.failed
          ? 'failed'
          : '?',
      exit: run.code,
      ours: report.failed ? '-' : new Set(ours).size,
      django: djangoFiles ? djangoFiles.length : `fails`,
      equal: djangoFiles && !report.failed ? JSON.stringify([...new Set(ours)]) === JSON.stringify(djangoFiles) : '-',
      problems: `${count('error')}e/${count('warning')}w/${count('notice')}n`,
      first: report.failed
        ? String(report.error).slice(0, 160)
        : ((problems.find((problem) => problem.severity !== 'notice') ?? problems[0])?.message?.slice(0, 90) ??
          report.error?.slice(0, 90) ??
          '')
    })
  }
}
console.log(`python: ${python}`)
console.log(
  '| project | settings-reader | reader used | exit | files (ours) | files (Django) | equal | problems e/w/n | first problem |'
)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (const row of rows)
  console.log(
    `| ${row.project} | ${row.input} | ${row.reader} | ${row.exit} | ${row.ours} | ${row.django} | ${row.equal} | ${row.problems} | ${row.first.replaceAll('|', '\\|')} |`
  )
