// `.env` and `settings.ini` files that django-environ, python-decouple and python-dotenv
// read into the settings' environment.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** KEY=value lines: `export` allowed, `#` comments, single/double quotes, `\n` in double quotes. */
export function parseDotenv(text: string): Map<string, string> {
  const values = new Map<string, string>()
  for (const rawLine of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(rawLine)
    if (!match) continue
    values.set(match[1] as string, dotenvValue((match[2] ?? '').trim()))
  }
  return values
}

function dotenvValue(raw: string): string {
  const quoted = /^(['"])(.*)\1(\s+#.*)?$/.exec(raw)
  if (quoted) {
    const body = quoted[2] ?? ''
    return quoted[1] === '"' ? body.replace(/\\n/g, '\n').replace(/\\"/g, '"') : body
  }
  return raw.replace(/\s+#.*$/, '').trim()
}

/** decouple's RepositoryIni: the `[settings]` section; keys compare case-insensitively. */
export function parseSettingsIni(text: string): Map<string, string> {
  const values = new Map<string, string>()
  let inSettings = false
  for (const line of text.split(/\r?\n/)) {
    const section = /^\s*\[([^\]]+)\]/.exec(line)
    if (section) {
      inSettings = section[1]?.trim() === 'settings'
      continue
    }
    const entry = /^\s*([^#;=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line)
    if (inSettings && entry) values.set((entry[1] as string).toLowerCase(), (entry[2] ?? '').trim().replace(/%%/g, '%'))
  }
  return values
}

export function readIfFile(file: string): string | null {
  try {
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : null
  } catch {
    return null
  }
}

/** The first of `names` found in `start` or one of its parents, nearest first. */
export function findUpward(start: string, names: string[]): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    for (const name of names) {
      const candidate = path.join(dir, name)
      if (readIfFile(candidate) !== null) return candidate
    }
    if (path.dirname(dir) === dir) return null
  }
}
