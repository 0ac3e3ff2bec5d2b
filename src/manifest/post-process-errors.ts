// Errors post-processing can end with. Each message starts with what Django itself prints
// (`Post-processing '<path>' failed!` where the release names a file, and the exception line,
// a CommandError in 6.1) and then says what to do. `djangoNames` is the file Django names.
import { ActionError } from '../errors.js'
import { RELEASE_5_2, type DjangoRelease } from './releases.js'

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

const failedLine = (name: string | null): string[] => (name === null ? [] : [`Post-processing '${name}' failed!`, ''])
const exceptionName = (release: DjangoRelease, python: string): string =>
  release.errorStyle === 'command-error' ? 'CommandError' : python

/** References to files that are not collected; all of them from the first pass. */
export class MissingReferenceError extends ActionError {
  /** A path outside the static root escapes as SuspiciousFileOperation: Django names no file then. */
  readonly djangoNames: string | null
  readonly release: string

  constructor(
    readonly references: MissingReference[],
    release: DjangoRelease = RELEASE_5_2
  ) {
    const first = references[0]!
    const djangoNames = first.outside ? null : first.file
    const lines =
      references.length === 1
        ? [describeMissing(first)]
        : [
            `${references.length} references point at files that could not be found:`,
            ...references.map((ref) => `- ${describeMissing(ref)}`)
          ]
    const exception = first.outside ? 'SuspiciousFileOperation' : exceptionName(release, 'ValueError')
    super(
      [
        ...failedLine(djangoNames),
        ...lines,
        `Django ${release.series} stops at the first of these (${exception}). Add the missing files to a static directory, or fix or remove the references.`
      ].join('\n'),
      { file: first.absPath, line: first.line }
    )
    this.djangoNames = djangoNames
    this.release = release.series
    this.name = 'MissingReferenceError'
  }
}

/** Names still changing after the last allowed pass (Django: RuntimeError). */
export class MaxPassesExceededError extends ActionError {
  /** Up to 5.1 Django names 'All' instead of the files. */
  readonly djangoNames: string
  readonly release: string

  constructor(
    readonly paths: string[],
    passes: number,
    release: DjangoRelease = RELEASE_5_2
  ) {
    const djangoNames = release.maxPassesNamesFiles ? paths.join(', ') : 'All'
    super(
      [
        ...failedLine(djangoNames),
        `${exceptionName(release, 'RuntimeError')}: Max post-process passes exceeded.`,
        `These files' hashed names still changed after 1 + ${passes} passes: ${paths.join(', ')}. ` +
          'They reference each other in a cycle (e.g. stylesheets that @import each other). Break the cycle.'
      ].join('\n')
    )
    this.djangoNames = djangoNames
    this.release = release.series
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
  /** 4.2 lets the UnicodeDecodeError escape without naming the file. */
  readonly djangoNames: string | null
  readonly release: string

  constructor(
    readonly files: UndecodableFile[],
    release: DjangoRelease = RELEASE_5_2
  ) {
    const first = files[0]!
    const djangoNames = release.decodeErrorNamesFile ? first.file : null
    const others = files.slice(1).map((f) => `Also not UTF-8: '${f.file}' (${f.detail}).`)
    super(
      [
        ...failedLine(djangoNames),
        `${exceptionName(release, 'UnicodeDecodeError')}: ${first.detail}`,
        ...(djangoNames === null ? [`The file is '${first.file}'.`] : []),
        ...others,
        'Django reads *.css and *.js files as UTF-8 to rewrite their references: save them as UTF-8.'
      ].join('\n'),
      { file: first.absPath }
    )
    this.djangoNames = djangoNames
    this.release = release.series
    this.name = 'NotUtf8Error'
  }
}
