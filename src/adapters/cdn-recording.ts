// The dry-run CDN: records what would be invalidated and sends nothing.
import type { Cdn, CreatedInvalidation } from './cdn.js'

export interface RecordingCdn extends Cdn {
  readonly recorded: string[][]
}

export function createRecordingCdn(distributionId: string): RecordingCdn {
  const recorded: string[][] = []
  return {
    recorded,
    dryRun: true,
    describe: () => `CloudFront distribution ${distributionId} (dry run)`,
    async createInvalidation(paths): Promise<CreatedInvalidation> {
      recorded.push([...paths])
      return { id: '', status: 'dry run' }
    },
    invalidationStatus: async () => 'dry run',
    requestCounts: () => ({})
  }
}
