// What a block of statements would change, read from the syntax alone: used for branches
// and loops the evaluator does not run, so the names they touch carry an assumption.
import { childrenOf, textOf, type ParsedFile, type SyntaxNode } from './python-parser.js'

/** Methods that change the object they are called on. */
export const MUTATING_METHODS = new Set([
  'append',
  'extend',
  'insert',
  'remove',
  'pop',
  'update',
  'setdefault',
  'clear',
  'sort',
  'reverse'
])

/** The variable at the root of `A`, `A.b`, `A["k"][0]`, `A.append(...)`; null for anything else. */
export function rootName(node: SyntaxNode, parsed: ParsedFile): string | null {
  let current: SyntaxNode | null = node
  while (current && (current.name === 'MemberExpression' || current.name === 'CallExpression')) current = current.firstChild
  return current?.name === 'VariableName' ? textOf(parsed, current) : null
}

/** `X.append(...)`-style calls: the name whose value they change. */
export function mutatedName(call: SyntaxNode, parsed: ParsedFile): string | null {
  if (call.name !== 'CallExpression') return null
  const callee = call.firstChild
  if (callee?.name !== 'MemberExpression') return null
  const method = callee.lastChild
  if (method?.name !== 'PropertyName' || !MUTATING_METHODS.has(textOf(parsed, method))) return null
  return rootName(callee.firstChild as SyntaxNode, parsed)
}

/** Names a statement block assigns, changes in place, imports, defines or deletes. */
export function assignedNames(node: SyntaxNode, parsed: ParsedFile): Set<string> {
  const names = new Set<string>()
  const add = (target: SyntaxNode | null | undefined) => {
    if (!target) return
    if (target.name === 'TupleExpression' || target.name === 'ArrayExpression' || target.name === 'ParenthesizedExpression') {
      for (const kid of childrenOf(target)) add(kid)
      return
    }
    const name = rootName(target, parsed)
    if (name) names.add(name)
  }
  node.cursor().iterate((ref) => {
    const current = ref.node
    switch (current.name) {
      case 'AssignStatement': {
        const kids = childrenOf(current).filter((kid) => kid.name !== 'TypeDef')
        const lastOp = kids.map((kid) => kid.name).lastIndexOf('AssignOp')
        for (const kid of kids.slice(0, Math.max(lastOp, 0))) if (kid.name !== 'AssignOp' && kid.name !== ',') add(kid)
        break
      }
      case 'UpdateStatement':
      case 'DeleteStatement':
        add(current.name === 'UpdateStatement' ? current.firstChild : current.firstChild?.nextSibling)
        break
      case 'ExpressionStatement': {
        const name = current.firstChild ? mutatedName(current.firstChild, parsed) : null
        if (name) names.add(name)
        break
      }
      case 'ForStatement':
        for (let kid = current.firstChild?.nextSibling; kid && kid.name !== 'in'; kid = kid.nextSibling) add(kid)
        break
      case 'FunctionDefinition':
      case 'ClassDefinition':
        add(current.getChild('VariableName'))
        return false
      case 'ImportStatement':
        for (const name of importedNames(current, parsed)) names.add(name)
        break
    }
    return undefined
  })
  return names
}

/** Names an import statement binds (`import a.b` binds `a`; `from x import y as z` binds `z`). */
function importedNames(node: SyntaxNode, parsed: ParsedFile): string[] {
  const kids = childrenOf(node)
  const importAt = kids.findIndex((kid) => kid.name === 'import')
  const out: string[] = []
  let afterAs = false
  let startOfItem = true
  for (const kid of kids.slice(importAt + 1)) {
    if (kid.name === ',') startOfItem = true
    if (kid.name === 'as') afterAs = true
    if (kid.name !== 'VariableName') continue
    const text = textOf(parsed, kid)
    if (afterAs) out.splice(out.length - 1, 1, text)
    else if (startOfItem) out.push(text)
    afterAs = false
    startOfItem = false
  }
  return out
}

/** Calls that change the environment settings read later. */
const ENVIRONMENT_LOADERS = /(^|\.)(read_env|load_dotenv)$/

/** Whether running the block assigns anything (not only `pass`, `raise`, `print(...)`, docstrings). */
export function hasEffect(body: SyntaxNode, parsed: ParsedFile): boolean {
  let found = false
  body.cursor().iterate((ref) => {
    if (found) return false
    const name = ref.name
    if (
      [
        'AssignStatement',
        'UpdateStatement',
        'ImportStatement',
        'DeleteStatement',
        'FunctionDefinition',
        'ClassDefinition',
        'ReturnStatement'
      ].includes(name)
    )
      found = true
    const call = name === 'ExpressionStatement' ? ref.node.firstChild : null
    if (call?.name === 'CallExpression') {
      found =
        mutatedName(call, parsed) !== null ||
        ENVIRONMENT_LOADERS.test(textOf(parsed, call.firstChild as SyntaxNode).replace(/\s+/g, ''))
    }
    return undefined
  })
  return found
}

/** Whether a block holds a `return` of its own function (not of a function defined inside it). */
export function containsReturn(block: SyntaxNode): boolean {
  let found = false
  block.cursor().iterate((ref) => {
    if (found || ref.name === 'FunctionDefinition' || ref.name === 'LambdaExpression' || ref.name === 'ClassDefinition')
      return false
    if (ref.name === 'ReturnStatement') found = true
    return undefined
  })
  return found
}
