// Typed mocks of the @actions/core functions the action uses, for jest.unstable_mockModule.
import { jest } from '@jest/globals'
import type * as core from '@actions/core'

export const getInput = jest.fn<typeof core.getInput>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const info = jest.fn<typeof core.info>()
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const summaryText: string[] = []
export const summary = {
  addRaw: jest.fn((text: string) => {
    summaryText.push(text)
    return summary
  }),
  write: jest.fn(async () => summary)
}
