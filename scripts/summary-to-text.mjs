// Turns what a step writes for GitHub (workflow commands in the log, HTML/markdown in the
// job summary) into plain text for a terminal. Good enough for reading, not a renderer.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
      return String.fromCodePoint(code)
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** One cell or inline run: tags dropped (code keeps its backticks), entities decoded. */
function inlineText(html) {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?code>/gi, '`')
      .replace(/<[^>]+>/g, '')
  )
    .replace(/\s+/g, ' ')
    .trim()
}

const MAX_CELL = 70

function tableText(tableHtml) {
  const rows = [...tableHtml.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map(([, row]) =>
    [...row.matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t[hd]>/gi)].map(([, kind, cell]) => {
      const text = inlineText(cell)
      return { header: kind.toLowerCase() === 'h', text: text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text }
    })
  )
  const widths = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.text.length)))
  const lines = []
  for (const row of rows) {
    lines.push(
      row
        .map((cell, i) => cell.text.padEnd(widths[i]))
        .join('  ')
        .trimEnd()
    )
    if (row.length > 0 && row.every((cell) => cell.header)) lines.push(widths.map((w) => '-'.repeat(w)).join('  '))
  }
  return `\n${lines.join('\n')}\n`
}

/** A job summary (markdown with HTML blocks, as @actions/core writes it) as terminal text. */
export function summaryToText(summary) {
  const text = summary
    .replace(/<table[^>]*>[\s\S]*?<\/table>/gi, tableText)
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, level, title) => `\n${'#'.repeat(Number(level))} ${inlineText(title)}\n`)
    .replace(/<summary[^>]*>([\s\S]*?)<\/summary>/gi, (_, title) => `\n▸ ${inlineText(title)}\n`)
    .replace(/<\/?details[^>]*>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<br\s*\/?>|<\/?p>|<\/?[uo]l>|<\/?pre>|<hr\s*\/?>/gi, '\n')
    .replace(/<\/?code>/gi, '`')
    .replace(/<[^>]+>/g, '')
  return decodeEntities(text)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function unescapeCommand(text) {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%')
}

/** The step log with workflow commands shown as a person reads them on GitHub. */
export function logToText(log) {
  const out = []
  for (const line of log.split(/\r?\n/)) {
    const command = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!command) {
      out.push(line)
      continue
    }
    const [, name, props = '', message] = command
    if (name === 'group') out.push(`▸ ${unescapeCommand(message)}`)
    else if (['warning', 'error', 'notice'].includes(name)) out.push(annotationText(name, props, message))
    // debug, endgroup, add-mask, echo and the like are not shown
  }
  return out.join('\n').replace(/\n+$/, '')
}

function annotationText(kind, props, message) {
  const fields = Object.fromEntries(
    props
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=')
        return [pair.slice(0, at), unescapeCommand(pair.slice(at + 1))]
      })
  )
  const where = fields.file ? ` (${fields.file}${fields.line ? `:${fields.line}` : ''})` : ''
  const title = fields.title ? `${fields.title}: ` : ''
  return `${kind}: ${title}${unescapeCommand(message)}${where}`
}
