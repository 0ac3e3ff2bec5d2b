// UnicodeDecodeError texts as CPython 3.11.7 words them for the same bytes.
import { expect, test } from '@jest/globals'
import { describeUtf8Problem, findUtf8Problem } from '../../src/manifest/utf8-check.js'

const CPYTHON: Array<[string, string | null]> = [
  ['41e9', "'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data"],
  ['41e978', "'utf-8' codec can't decode byte 0xe9 in position 1: invalid continuation byte"],
  ['c3', "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data"],
  ['c3a9', null],
  ['e282', "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"],
  ['e28241', "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"],
  ['e0', "'utf-8' codec can't decode byte 0xe0 in position 0: unexpected end of data"],
  ['e080', "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"],
  ['e0a080', null],
  ['eda080', "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"],
  ['ed9fbf', null],
  ['f09f98', "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"],
  ['f09f9841', "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte"],
  ['f4908080', "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"],
  ['f0808080', "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"],
  ['ff', "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"],
  ['80', "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"],
  ['c0af', "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"],
  ['f5', "'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"],
  ['efbbbf41', null],
  ['41c3a9e9', "'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data"],
  ['e2', "'utf-8' codec can't decode byte 0xe2 in position 0: unexpected end of data"],
  ['f09f', "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"]
]

test.each(CPYTHON)('bytes %s', (hex, expected) => {
  const data = Buffer.from(hex, 'hex')
  const problem = findUtf8Problem(data)
  expect(problem === null ? null : describeUtf8Problem(data, problem)).toBe(expected)
})
