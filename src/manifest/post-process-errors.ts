// Errors post-processing can end with. Each message starts with Django's own text
// (`Post-processing '<path>' failed!` and the exception line) and then says what to do.
import { ActionError } from '../errors.js'

export interface MissingReference {
  /** Destination path of the CSS/JS file holding the reference. */
  file: string
  /** 1-based line of the reference in that file. */
  line: number
  /** The URL as written. */
  reference: string
  /** The normalised path Django looked up. */
  missing: string
  /** The file on disk holding the reference. */
  absPath: string
  /** True when the path leaves the static root (Django: SuspiciousFileOperation). */
  outside: boolean
}

function describeMissing(ref: MissingReference): string {
  const problem = ref.outside ? 'is outside the static root' : 'could not be found'
  return `The file '${ref.missing}' ${problem} (referenced as '${ref.reference}' in '${ref.file}', line ${ref.line}).`
}

/** References to files that are not collected; all of them from the first pass. */
export class MissingReferenceError extends ActionError {
  constructor(readonly references: MissingReference[]) {
    const first = references[0]!
    const lines =
      references.length === 1
        ? [describeMissing(first)]
        : [`${references.length} references point at files that could not be found:`, ...references.map((ref) => `- ${describeMissing(ref)}`)]
    super(
      [
        `Post-processing '${first.file}' failed!`,
        '',
        ...lines,
        'Django stops at the first of these (ValueError). Add the missing files to a static directory, or fix or remove the references.'
      ].join('\n'),
      { file: first.absPath, line: first.line }
    )
    this.name = 'MissingReferenceError'
  }
}

/** Names still changing after the last allowed pass (Django: RuntimeError). */
export class MaxPassesExceededError extends ActionError {
  constructor(
    readonly paths: string[],
    passes: number
  ) {
    super(
      [
        `Post-processing '${paths.join(', ')}' failed!`,
        '',
        'RuntimeError: Max post-process passes exceeded.',
        `These files' hashed names still changed after 1 + ${passes} passes: they reference each other in a cycle (e.g. stylesheets that @import each other). Break the cycle.`
      ].join('\n')
    )
    this.name = 'MaxPassesExceededError'
  }
}

export interface UndecodableFile {
  file: string
  absPath: string
  /** Python's UnicodeDecodeError text. */
  detail: string
}

/** CSS/JS files that are not UTF-8 (Django: UnicodeDecodeError). */
export class NotUtf8Error extends ActionError {
  constructor(readonly files: UndecodableFile[]) {
    const first = files[0]!
    const others = files.slice(1).map((f) => `Also not UTF-8: '${f.file}' (${f.detail}).`)
    super(
      [
        `Post-processing '${first.file}' failed!`,
        '',
        `UnicodeDecodeError: ${first.detail}`,
        ...others,
        'Django reads *.css and *.js files as UTF-8 to rewrite their references: save them as UTF-8.'
      ].join('\n'),
      { file: first.absPath }
    )
    this.name = 'NotUtf8Error'
  }
}
