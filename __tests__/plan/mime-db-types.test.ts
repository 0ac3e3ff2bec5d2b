// The frozen table (src/plan/mime-db-types.ts) answers what the pinned mime-types answers: after an
// upgrade, `node scripts/mime-table.mjs` writes it again.
import { describe, expect, it } from '@jest/globals'
import mime from 'mime-types'
import { MIME_DB_TYPES } from '../../src/plan/mime-db-types.js'
import { contentTypeFor } from '../../src/plan/content-type.js'

describe('MIME_DB_TYPES', () => {
  it('holds every extension mime-types knows, with its type', () => {
    expect(Object.keys(MIME_DB_TYPES).sort()).toEqual(Object.keys(mime.types).sort())
    for (const [ext, type] of Object.entries(mime.types)) expect([ext, MIME_DB_TYPES[ext]]).toEqual([ext, type])
  })

  it('is what contentTypeFor falls back to, and names on Object.prototype are no types', () => {
    expect(contentTypeFor('img/logo.webp').contentType).toBe(mime.lookup('.webp'))
    expect(contentTypeFor('fonts/a.WOFF2').contentType).toBe(mime.lookup('.woff2'))
    expect(contentTypeFor('odd/x.constructor').contentType).toBe('application/octet-stream')
    expect(contentTypeFor('odd/x.__proto__').contentType).toBe('application/octet-stream')
    expect(contentTypeFor('odd/x.hasownproperty').contentType).toBe('application/octet-stream')
  })
})
