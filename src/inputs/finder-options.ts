// STATICFILES_FINDERS as the run uses it: Django's two walked by the action, any other one's files
// from the project's Python. Without those files, django-compressor's CompressorFinder is skipped
// (its list() yields nothing, so collectstatic gets nothing from it) and any other finder is a
// problem that stops a deploy.
import { SUPPORTED_FINDERS, type ListedFinderFile } from '../find/finders.js'
import type { Problem } from '../model.js'
import type { DiscoveredProject } from '../project/discover.js'
import { COMPRESSOR_FINDER } from '../project/python-settings.js'
import { displayPath } from '../display-path.js'
import type { OriginLog } from './origins.js'
import { parseLines } from './parse.js'

export interface FinderSettings {
  finders: string[]
  listedFiles: Record<string, ListedFinderFile[]>
  problems: Problem[]
}

export function resolveFinders(raw: string, project: DiscoveredProject, log: OriginLog, cwd: string): FinderSettings {
  const input = parseLines(raw)
  const configured = log.choose('finders', input.length ? input : undefined, project.finders, [...SUPPORTED_FINDERS])
  const listedFiles = project.finderFiles ?? {}
  const finders: string[] = []
  const problems: Problem[] = []
  for (const finder of configured) {
    if (SUPPORTED_FINDERS.includes(finder) || listedFiles[finder]) finders.push(finder)
    else if (finder === COMPRESSOR_FINDER) problems.push(compressorNotice())
    else if (!project.problems.some((problem) => problem.message.includes(`finder ${finder} `)))
      problems.push(unknownFinder(finder, input.length > 0, project, cwd))
  }
  return { finders, listedFiles, problems }
}

function compressorNotice(): Problem {
  return {
    kind: 'settings',
    severity: 'notice',
    message:
      `${COMPRESSOR_FINDER} in STATICFILES_FINDERS was skipped: collectstatic gets no files from it (its list() yields nothing; ` +
      'compressed files are written by `manage.py compress`, not collected).'
  }
}

function unknownFinder(finder: string, fromInput: boolean, project: DiscoveredProject, cwd: string): Problem {
  const why =
    project.reader?.kind === 'python'
      ? ''
      : ` The settings were not read by the project's Python (${project.reader?.why ?? 'evaluator'}), so its files are unknown.`
  return {
    kind: 'settings',
    severity: 'warning',
    incomplete: true,
    message:
      `The static files finder ${finder} ${fromInput ? 'in the `finders` input' : 'in STATICFILES_FINDERS'} is not one of Django's two, ` +
      `so the files it adds cannot be collected without the project's Python.${why} Install the project's requirements before this step ` +
      "so its Python lists the finder's files, or set the `finders` input to the finders to use " +
      `(e.g. ${SUPPORTED_FINDERS.join(' and ')}) to leave it out on purpose.`,
    ...(project.finders?.from.file && !fromInput
      ? {
          file: displayPath(project.finders.from.file, cwd),
          ...(project.finders.from.line ? { line: project.finders.from.line } : {})
        }
      : {})
  }
}
