// Hands the report to the outside world: the JSON file, step outputs, annotations, job summary.
import type { Toolkit } from '../adapters/toolkit.js'
import type { Problem } from '../model.js'
import { limitAnnotations } from './annotation-limits.js'
import type { Report } from './report.js'
import { deployOutputs } from './deploy-outputs.js'
import { writeReportFile } from './report-file.js'
import { renderSummary } from './summary.js'

/** Annotation paths are relative to the repository root, problem paths to the working directory. */
export type AnnotationPath = (file: string) => string

export async function publishReport(
  report: Report,
  reportPath: string,
  toolkit: Toolkit,
  annotationPath: AnnotationPath
): Promise<void> {
  await writeReportFile(report, reportPath)
  setOutputs(report, reportPath, toolkit)
  annotate(report.problems, toolkit, annotationPath)
  toolkit.info(headlineForLog(report))
  await toolkit.appendSummary(renderSummary(report, reportPath))
  toolkit.showReport?.(report, reportPath)
}

function setOutputs(report: Report, reportPath: string, toolkit: Toolkit): void {
  const t = report.totals
  const outputs: Record<string, string | number> = {
    uploaded: t.uploaded,
    skipped: t.skipped,
    deleted: t.deleted,
    failed: t.failed,
    duplicates: t.duplicates,
    collected: t.collected,
    'bytes-uploaded': t.bytesUploaded,
    'manifest-hash': report.manifest?.hash ?? '',
    target: report.target,
    'report-file': reportPath,
    ...deployOutputs(report)
  }
  for (const [name, value] of Object.entries(outputs)) toolkit.setOutput(name, value)
}

export function annotate(problems: Problem[], toolkit: Toolkit, annotationPath: AnnotationPath): void {
  for (const { severity, problem, message: pointer } of limitAnnotations(problems)) {
    if (!problem) {
      toolkit[severity](pointer ?? '', {})
      continue
    }
    const where = {
      ...(problem.file ? { file: annotationPath(problem.file) } : {}),
      ...(problem.line ? { line: problem.line } : {})
    }
    const message = problem.code ? `${problem.message} [${problem.code}]` : problem.message
    toolkit[problem.severity](message, where)
  }
}

function headlineForLog(report: Report): string {
  const t = report.totals
  const verb = report.dryRun ? 'would upload' : 'uploaded'
  return `collectstatic-s3: ${t.collected} collected, ${verb} ${t.uploaded}, skipped ${t.skipped}, deleted ${t.deleted}, failed ${t.failed}, ${t.duplicates} duplicates → ${report.target}`
}
