// Class-based settings (django-configurations' `class Prod(Configuration)`, or plain
// classes whose attributes a classmethod copies into the module's globals): the evaluator
// does not follow them, so finding one is an error with the fix rather than a silent
// empty result.
import type { Problem } from '../model.js'
import { classBinding, lineageOf } from '../python/class-info.js'
import type { PyClass, Scope } from '../python/values.js'

const STATIC_SETTINGS = [
  'INSTALLED_APPS',
  'STATICFILES_DIRS',
  'STATIC_URL',
  'STATIC_ROOT',
  'STATICFILES_FINDERS',
  'STORAGES',
  'STATICFILES_STORAGE'
]

/** The classes of the settings module that hold static-files settings as class attributes. */
function settingsClasses(scope: Scope): PyClass[] {
  const found: PyClass[] = []
  for (const binding of scope.names.values()) {
    const value = binding.value
    if (value === null || typeof value !== 'object' || value.kind !== 'class' || found.includes(value)) continue
    const configuration = lineageOf(value).externs.some(
      (name) => name === 'configurations.Configuration' || name.startsWith('configurations.')
    )
    if (configuration || STATIC_SETTINGS.some((name) => classBinding(value, name) !== undefined)) found.push(value)
  }
  return found
}

export function classSettingsProblem(scope: Scope): Problem | null {
  const classes = settingsClasses(scope)
  const first = classes[0]
  if (!first) return null
  const configuration = classes.some((cls) => lineageOf(cls).externs.some((name) => name.startsWith('configurations.')))
  const pattern = configuration
    ? 'django-configurations `Configuration` subclasses'
    : 'class-based settings (settings held as class attributes)'
  const names = classes
    .map((cls) => `${cls.name} (${cls.at.file === first.at.file ? 'line ' : `${cls.at.file}:`}${cls.at.line})`)
    .join(', ')
  const held = STATIC_SETTINGS.filter((name) => classes.some((cls) => classBinding(cls, name) !== undefined))
  return {
    kind: 'settings',
    severity: 'error',
    file: first.at.file,
    line: first.at.line,
    message:
      `The settings use ${pattern}: ${names}${held.length ? ` define ${held.join(', ')}` : ''}. The action's own evaluator does not ` +
      "follow which class becomes the settings, so it cannot tell what Django would collect. Install the project's requirements " +
      "before this step (actions/setup-python, then pip install -r requirements.txt) so the project's Python reads the settings " +
      '(the `python` input), or set the `apps`, `static-dirs`, `static-url` and `static-root` inputs.'
  }
}
