// Evaluated Python values → plain JSON-like data for the rest of the action. Parts that
// are not known are left out and listed, each with the Unknown that explains it.
import { isObject, type PyValue, type Unknown } from './values.js'

export interface Gap {
  /** Where in the setting, e.g. `STORAGES["staticfiles"]["OPTIONS"]["location"]`. */
  where: string
  unknown: Unknown | null
  /** For values that are known but not plain data (a class, a function). */
  message?: string
}

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain }

export function toPlain(value: PyValue, where: string, gaps: Gap[]): Plain | undefined {
  if (!isObject(value)) return value
  switch (value.kind) {
    case 'unknown':
      gaps.push({ where, unknown: value })
      return undefined
    case 'path':
      return value.path
    case 'list':
    case 'tuple':
      return value.items.flatMap((item, i) => {
        const plain = toPlain(item, `${where}[${i}]`, gaps)
        return plain === undefined ? [] : [plain]
      })
    case 'dict': {
      const out: { [key: string]: Plain } = {}
      for (const [key, item] of value.entries) {
        const plain = toPlain(item, `${where}[${JSON.stringify(key)}]`, gaps)
        if (plain !== undefined) out[String(key)] = plain
      }
      return out
    }
  }
  gaps.push({
    where,
    unknown: null,
    message: `is a ${value.kind === 'extern' || value.kind === 'native' ? value.name : value.kind}, not a plain value`
  })
  return undefined
}
