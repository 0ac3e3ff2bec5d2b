// What a project class inherits: class attributes through its project bases, and the
// names of the outside classes (Django's, django-storages') at the top of its lineage.
import { isObject, type Binding, type PyClass } from './values.js'

/** A class attribute's binding: the class body first, then the bases depth-first in order. */
export function classBinding(cls: PyClass, name: string, seen = new Set<PyClass>()): Binding | undefined {
  if (seen.has(cls)) return undefined
  seen.add(cls)
  const own = cls.scope.get(name)
  if (own) return own
  for (const base of cls.bases) {
    if (isObject(base) && base.kind === 'class') {
      const found = classBinding(base, name, seen)
      if (found) return found
    }
  }
  return undefined
}

export interface Lineage {
  /** The class and its project ancestors. */
  classes: PyClass[]
  /** Dotted names of the outside classes it derives from (`django.apps.AppConfig`). */
  externs: string[]
}

export function lineageOf(cls: PyClass): Lineage {
  const lineage: Lineage = { classes: [], externs: [] }
  const visit = (current: PyClass) => {
    if (lineage.classes.includes(current)) return
    lineage.classes.push(current)
    for (const base of current.bases) {
      if (!isObject(base)) continue
      if (base.kind === 'class') visit(base)
      if (base.kind === 'extern' && !lineage.externs.includes(base.name)) lineage.externs.push(base.name)
    }
  }
  visit(cls)
  return lineage
}

/** Every name in the lineage: the class's own dotted path, its project ancestors and outside bases. */
export function lineageNames(cls: PyClass): string[] {
  const lineage = lineageOf(cls)
  return [...lineage.classes.map((item) => `${item.module}.${item.name}`), ...lineage.externs]
}
