// The step's final error after a run that wrote something: what really happened. Deletions run
// last, after every upload, the manifest and the state succeeded (execute.ts), so a run where only
// deletions failed did deploy: saying "the manifest was not replaced" then was false.
import { plural } from './format.js'
import type { Report } from './report.js'

export function failureMessage(report: Report): string | null {
  const failedUploads = report.files.filter((file) => file.action === 'fail' && file.role !== undefined).length
  const failedDeletions = report.totals.failed - failedUploads
  if (failedUploads > 0) {
    return (
      `${failedUploads} of ${report.totals.uploaded + failedUploads} uploads failed (listed in the summary); ` +
      'nothing was deleted and the manifest was not replaced. Re-run the step once the cause is fixed.'
    )
  }
  if (failedDeletions > 0) {
    const manifest = report.manifest ? 'the new manifest is live' : 'the new files are live'
    return (
      `The deploy succeeded (${plural(report.totals.uploaded, 'upload')}, ${manifest}), but ${failedDeletions} of ` +
      `${report.totals.deleted + failedDeletions} deletions of removed files failed (listed in the summary): those keys are still ` +
      'in the bucket, where nothing the site uses names them. Fix the cause (e.g. allow s3:DeleteObject) and re-run the step to delete them.'
    )
  }
  return null
}
