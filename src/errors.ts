// One error type the entrypoint knows how to print: a message that already says what to do.
export class ActionError extends Error {
  constructor(
    message: string,
    readonly details: { input?: string; file?: string; line?: number } = {}
  ) {
    super(message)
    this.name = 'ActionError'
  }
}

/** Bad input: the message names the input and the fix. */
export class InputError extends ActionError {
  constructor(input: string, message: string) {
    super(`Input '${input}': ${message}`, { input })
    this.name = 'InputError'
  }
}
