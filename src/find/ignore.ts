// The ignore pattern list collectstatic builds (`set_options`) and the test it applies.
import { fnmatchcase } from './fnmatch.js'
import { normpath } from '../pylib/posixpath.js'

/** `StaticFilesConfig.ignore_patterns`: CVS dirs/files, dotfiles, editor backups. */
export const DEFAULT_IGNORE_PATTERNS: readonly string[] = ['CVS', '.*', '*~']

/**
 * The `--ignore` values plus (unless `--no-default-ignore`) the staticfiles app
 * config's list, each passed through `os.path.normpath` (`build/` → `build`),
 * duplicates dropped. Order is first occurrence; Django uses a set, and order
 * does not change what matches.
 */
export function normalizeIgnorePatterns(
  cli: readonly string[],
  appConfig: readonly string[] = DEFAULT_IGNORE_PATTERNS,
  useDefaults = true
): string[] {
  const all = useDefaults ? [...cli, ...appConfig] : [...cli]
  return [...new Set(all.map(normpath))]
}

/** Django's `matches_patterns`: any pattern matches the whole name or relative path. */
export function isIgnored(nameOrPath: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => fnmatchcase(nameOrPath, pattern))
}
