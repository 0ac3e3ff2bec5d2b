// Errors the modelled Python functions throw; the evaluator turns each into a value at the
// call site, where it knows the file, line and source text.
import { isUnknown, type CallArgs, type PyValue, type Unknown } from './values.js'

/** An operation the evaluator does not model; becomes an Unknown with this reason. */
export class NotEvaluable extends Error {}

/** Python would raise `type` here (KeyError, ImproperlyConfigured, ...). */
export class PyRaise extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly envVar?: string
  ) {
    super(message)
  }
}

/** An argument was Unknown, so the result is that same Unknown. */
export class UnknownArg extends Error {
  constructor(readonly value: Unknown) {
    super(value.reason)
  }
}

/** Stops a modelled function when any argument is not known. */
export function requireKnown(args: CallArgs): void {
  for (const value of [...args.positional, ...args.keywords.values()]) requireKnownValue(value)
}

export function requireKnownValue(value: PyValue): void {
  if (isUnknown(value)) throw new UnknownArg(value)
}
