// Progress on a terminal (one line redrawn in place) and in a log (a line every few seconds once
// a stage runs that long), with the clock and the TTY-ness injected.
import { describe, expect, it } from '@jest/globals'
import { terminalToolkit } from '../../src/cli/terminal-toolkit.js'
import { LineProgress, PeriodicProgress, progressLine } from '../../src/progress/reporters.js'

function fakeClock(start = 1000) {
  let now = start
  return { now: () => now, advance: (ms: number) => void (now += ms) }
}

function fakeTerminal(isTTY: boolean, env: NodeJS.ProcessEnv = {}) {
  const clock = fakeClock()
  const stdout: string[] = []
  const stderr: string[] = []
  const terminal = {
    stdout: { write: (text: string) => stdout.push(text) },
    stderr: { write: (text: string) => stderr.push(text) },
    isTTY,
    env,
    clock: clock.now
  }
  return { terminal, clock, stdout, stderr }
}

describe('progressLine', () => {
  it('shows count, bytes, rate and elapsed time', () => {
    const line = progressLine(
      { stage: 'upload', total: 10, totalBytes: 4 * 1024 * 1024, done: 5, bytes: 2 * 1024 * 1024, started: 0 },
      2000
    )
    expect(line).toBe('uploaded 5/10 objects · 2.0 MB/4.0 MB · 1.0 MB/s · 2.0 s')
    expect(progressLine({ stage: 'hash', total: 0, totalBytes: 0, done: 3, bytes: 300, started: 0 }, 1000)).toBe(
      'hashed 3 files · 300 B · 300 B/s · 1.0 s'
    )
    expect(progressLine({ stage: 'hash', total: 9, totalBytes: 0, done: 3, bytes: 300, started: 0 }, 100)).toBe(
      'hashed 3/9 files · 300 B · 0.1 s'
    )
  })
})

describe('on a TTY', () => {
  it('redraws one line in place, at most every 100 ms, and clears it at the end', () => {
    const clock = fakeClock()
    const written: string[] = []
    const progress = new LineProgress((text) => written.push(text), clock.now)
    progress.begin('hash', 3)
    progress.step(100)
    clock.advance(10)
    progress.step(100) // too soon after the last draw
    clock.advance(200)
    progress.step(100) // the last item is always drawn
    progress.end()
    expect(written).toEqual([
      '\r\x1b[2Khashed 1/3 files · 100 B · 0.0 s',
      '\r\x1b[2Khashed 3/3 files · 300 B · 0.2 s',
      '\r\x1b[2K'
    ])
  })

  it('the terminal toolkit draws the line on stdout and clears it before any other output', () => {
    const { terminal, clock, stdout, stderr } = fakeTerminal(true)
    const toolkit = terminalToolkit({}, terminal)
    toolkit.progress!.begin('upload', 2, 2048)
    toolkit.progress!.step(1024)
    clock.advance(500)
    toolkit.info('a message')
    toolkit.setFailed('it broke')
    expect(stdout).toEqual(['\r\x1b[2Kuploaded 1/2 objects · 1.0 KB/2.0 KB · 0.0 s', '\r\x1b[2K', 'a message\n'])
    // Colour on a TTY.
    expect(stderr).toEqual(['\x1b[31m\x1b[1mcollectstatic-s3 failed\x1b[22m\x1b[39m: it broke\n'])
  })

  it('NO_COLOR turns colour off, not the progress line', () => {
    const { terminal, stdout, stderr } = fakeTerminal(true, { NO_COLOR: '1' })
    const toolkit = terminalToolkit({}, terminal)
    toolkit.progress!.begin('hash', 1)
    toolkit.progress!.step(1)
    toolkit.setFailed("Input 'bucket': bad")
    expect(stdout[0]).toMatch(/^\r\x1b\[2Khashed 1\/1 files/)
    expect(stderr).toEqual(["collectstatic-s3 failed: Option '--bucket': bad\n"])
  })
})

describe('in a log (not a TTY)', () => {
  it('prints nothing for a stage shorter than the interval', () => {
    const clock = fakeClock()
    const lines: string[] = []
    const progress = new PeriodicProgress((line) => lines.push(line), clock.now, 5000)
    progress.begin('hash', 100)
    for (let i = 0; i < 100; i++) {
      clock.advance(40)
      progress.step(10)
    }
    progress.end()
    expect(lines).toEqual([])
  })

  it('prints a line every interval once a stage runs longer, and a last one when it ends', () => {
    const clock = fakeClock()
    const lines: string[] = []
    const progress = new PeriodicProgress((line) => lines.push(line), clock.now, 5000)
    progress.begin('upload', 12, 12_000)
    for (let i = 0; i < 12; i++) {
      clock.advance(1000)
      progress.step(1000)
    }
    progress.end()
    expect(lines).toEqual([
      'collectstatic-s3: uploaded 5/12 objects · 4.9 KB/12 KB · 1000 B/s · 5.0 s',
      'collectstatic-s3: uploaded 10/12 objects · 9.8 KB/12 KB · 1000 B/s · 10.0 s',
      'collectstatic-s3: uploaded 12/12 objects · 12 KB/12 KB · 1000 B/s · 12.0 s (done)'
    ])
  })

  it('the terminal toolkit writes plain periodic lines to stdout, without colour or carriage returns', () => {
    const { terminal, clock, stdout, stderr } = fakeTerminal(false)
    const toolkit = terminalToolkit({}, terminal)
    toolkit.progress!.begin('hash', 2)
    clock.advance(6000)
    toolkit.progress!.step(10)
    toolkit.progress!.step(10)
    toolkit.progress!.end()
    toolkit.warning('careful', { file: 'a.css', line: 3 })
    toolkit.setFailed('it broke')
    expect(stdout).toEqual([
      'collectstatic-s3: hashed 1/2 files · 10 B · 2 B/s · 6.0 s\n',
      'collectstatic-s3: hashed 2/2 files · 20 B · 3 B/s · 6.0 s (done)\n'
    ])
    expect(stderr).toEqual(['warning: careful (a.css:3)\n', 'collectstatic-s3 failed: it broke\n'])
  })

  it('masks secrets in everything it prints', () => {
    const { terminal, stdout } = fakeTerminal(false)
    const toolkit = terminalToolkit({}, terminal)
    toolkit.setSecret('s3cr3t')
    toolkit.info('key s3cr3t here')
    expect(stdout).toEqual(['key *** here\n'])
  })
})
