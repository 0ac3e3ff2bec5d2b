// The repository's own workflows must be valid against the action they test: every `with:` key of
// a `uses: ./` step is a declared input, every `steps.<id>.outputs.<name>` names a declared output
// of a step that runs earlier in the job, and action.yml declares the node24 runtime.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../helpers/run-dist.js'

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  name?: string
  on?: unknown
  jobs: Record<string, { 'runs-on'?: unknown; steps?: Step[] }>
}
interface Action {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}

const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows')
const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as Action
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name))
const workflows = files.map((file) => ({ file, workflow: parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow }))
const OUTPUT_REFERENCE = /steps\.([\w-]+)\.outputs\.([\w-]+)/g

describe('action.yml', () => {
  it('runs on node24 from a committed bundle path', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe('dist/index.js')
  })
})

describe('workflows', () => {
  it('are the three the repository tests itself with', () => {
    expect(files.sort()).toEqual(['check-dist.yml', 'ci.yml', 'e2e.yml'])
  })

  for (const { file, workflow } of workflows) {
    describe(file, () => {
      it('has a name, triggers and jobs whose steps each run or use something', () => {
        expect(typeof workflow.name).toBe('string')
        expect(workflow.on).toBeDefined()
        expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0)
        for (const job of Object.values(workflow.jobs)) {
          expect(job['runs-on']).toBeDefined()
          for (const step of job.steps ?? []) expect(Boolean(step.uses) !== Boolean(step.run)).toBe(true)
        }
      })

      it('passes only declared inputs to the action (uses: ./)', () => {
        for (const step of allSteps(workflow)) {
          if (step.uses !== './') continue
          for (const key of Object.keys(step.with ?? {}))
            expect({ step: step.name, input: key, declared: key in action.inputs }).toMatchObject({ declared: true })
        }
      })

      it('reads only declared outputs of earlier steps', () => {
        for (const job of Object.values(workflow.jobs)) {
          const steps = job.steps ?? []
          steps.forEach((step, index) => {
            for (const [, id, output] of JSON.stringify(step).matchAll(OUTPUT_REFERENCE)) {
              const source = steps.slice(0, index).find((earlier) => earlier.id === id)
              expect({ reference: `steps.${id}.outputs.${output}`, found: Boolean(source) }).toMatchObject({ found: true })
              if (source?.uses === './') expect({ output, declared: output! in action.outputs }).toMatchObject({ declared: true })
            }
          })
        }
      })

      it('pins every other action to a major version', () => {
        for (const step of allSteps(workflow)) {
          if (!step.uses || step.uses.startsWith('./')) continue
          expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/)
        }
      })

      it('names only files and npm scripts the repository has', () => {
        const scripts = (
          JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
        ).scripts
        for (const step of allSteps(workflow)) {
          for (const [, script] of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(script)
          for (const [, file] of (step.run ?? '').matchAll(/node (?:"\$GITHUB_WORKSPACE\/)?([\w./-]+\.m?js)/g))
            expect(existsSync(path.join(REPO_ROOT, file!))).toBe(true)
        }
      })
    })
  }

  it('ci.yml lints, type-checks and tests on Node 24 and 20, and runs the portable tests on Windows and macOS', () => {
    const ci = workflows.find((entry) => entry.file === 'ci.yml')!.workflow as unknown as {
      jobs: Record<string, { strategy?: { matrix?: Record<string, unknown[]> }; steps: Step[] }>
    }
    const runs = ci.jobs.test!.steps.map((step) => step.run ?? '')
    for (const command of ['npm run lint', 'npm run build', 'npm test'])
      expect(runs.some((run) => run.startsWith(command))).toBe(true)
    expect(ci.jobs.test!.strategy!.matrix!.node).toEqual([24, 20])
    expect(ci.jobs.portable!.strategy!.matrix!.os).toEqual(['windows-latest', 'macos-latest'])
  })

  it('e2e.yml runs the action with uses: ./ as a dry run and against s3rver, and checks the outputs', () => {
    const e2e = workflows.find((entry) => entry.file === 'e2e.yml')!.workflow
    const steps = allSteps(e2e)
    const actionSteps = steps.filter((step) => step.uses === './')
    expect(actionSteps.map((step) => step.with?.['dry-run'] ?? false)).toEqual([true, false, false])
    expect(steps.some((step) => step.run?.includes('scripts/local-s3.mjs'))).toBe(true)
    const checked = JSON.stringify(steps)
    for (const output of ['uploaded', 'skipped', 'collected'])
      for (const id of ['dry', 'upload', 'rerun']) expect(checked).toContain(`steps.${id}.outputs.${output}`)
  })
})

function allSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
}
