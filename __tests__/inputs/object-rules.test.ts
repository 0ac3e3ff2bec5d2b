import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { parseObjectRules } from '../../src/inputs/object-rules.js'

const errorOf = async (raw: string): Promise<string> => {
  try {
    await parseObjectRules(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('object-rules input', () => {
  it('is empty when not given', async () => {
    expect(await parseObjectRules('  \n')).toEqual([])
  })

  it('reads YAML and JSON into the same ordered rules', async () => {
    const yaml = `
- match: '**/*.woff2'
  headers:
    CacheControl: public, max-age=31536000, immutable
    ContentType: font/woff2
- match: [downloads/**, 'exports/*.csv']
  headers:
    ContentDisposition: attachment
    Metadata: {Team: web}
`
    const json = JSON.stringify([
      { match: '**/*.woff2', headers: { CacheControl: 'public, max-age=31536000, immutable', ContentType: 'font/woff2' } },
      { match: ['downloads/**', 'exports/*.csv'], headers: { ContentDisposition: 'attachment', Metadata: { Team: 'web' } } }
    ])
    const expected = [
      {
        index: 1,
        patterns: ['**/*.woff2'],
        headers: { CacheControl: 'public, max-age=31536000, immutable', ContentType: 'font/woff2' }
      },
      {
        index: 2,
        patterns: ['downloads/**', 'exports/*.csv'],
        headers: { ContentDisposition: 'attachment', Metadata: { team: 'web' } }
      }
    ]
    expect(await parseObjectRules(yaml)).toEqual(expected)
    expect(await parseObjectRules(json)).toEqual(expected)
  })

  it('normalises Expires and Tagging so the headers digest does not depend on the spelling', async () => {
    const [rule] = await parseObjectRules(
      `- {match: '*.pdf', headers: {Expires: '2030-01-02T03:04:05Z', Tagging: {kind: doc, 'a b': 'c&d'}, StorageClass: STANDARD_IA, ACL: private}}`
    )
    expect(rule!.headers).toEqual({
      Expires: 'Wed, 02 Jan 2030 03:04:05 GMT',
      Tagging: 'kind=doc&a+b=c%26d',
      StorageClass: 'STANDARD_IA',
      ACL: 'private'
    })
  })

  it('allows an empty ContentEncoding (send none) but no other empty header', async () => {
    expect((await parseObjectRules(`- {match: '**/*.tar.gz', headers: {ContentEncoding: ''}}`))[0]!.headers).toEqual({
      ContentEncoding: ''
    })
    expect(await errorOf(`- {match: '*.css', headers: {CacheControl: ''}}`)).toMatch(
      /rule 1 \(match: '\*\.css'\): CacheControl is empty/
    )
  })

  it('names the input, the rule and the fix for syntax and shape errors', async () => {
    expect(await errorOf('- match: [a\n  headers: 1')).toMatch(
      /^Input 'object-rules': is not valid YAML or JSON: .*line 2.*Give a list of rules/s
    )
    expect(await errorOf('{"match": "*.css"}')).toMatch(/^Input 'object-rules': must be a list of rules/)
    expect(await errorOf('- "*.css"')).toMatch(/^Input 'object-rules': rule 1: must be a mapping with 'match' and 'headers'/)
    expect(await errorOf(`- {match: '*.css', headers: {CacheControl: x}}\n- {pattern: '*.js', headers: {}}`)).toMatch(
      /rule 2: unknown key 'pattern'/
    )
    expect(await errorOf(`- {match: '*.css'}`)).toMatch(/rule 1 \(match: '\*\.css'\): needs 'headers'/)
    expect(await errorOf(`- {match: [], headers: {CacheControl: x}}`)).toMatch(/rule 1: 'match' must be a glob/)
    expect(await errorOf('- match: a\n  match: b\n  headers: {CacheControl: x}')).toMatch(/Map keys must be unique/)
  })

  it('rejects patterns that cannot match or do not parse', async () => {
    expect(await errorOf(`- {match: '/css/*.css', headers: {CacheControl: x}}`)).toMatch(
      /rule 1: the pattern '\/css\/\*\.css' starts with '\/'.*write 'css\/\*\.css'/
    )
    expect(await errorOf(`- {match: 'css/[ab.css', headers: {CacheControl: x}}`)).toMatch(
      /rule 1: the pattern 'css\/\[ab\.css' is not a valid glob/
    )
    expect(await errorOf(`- {match: ['ok/*', ''], headers: {CacheControl: x}}`)).toMatch(/the pattern '' is empty/)
  })

  it('rejects unknown header names with the PutObject spelling to use', async () => {
    expect(await errorOf(`- {match: '*', headers: {Cache-Control: x}}`)).toMatch(
      /unknown header 'Cache-Control'\. Did you mean CacheControl\?/
    )
    expect(await errorOf(`- {match: '*', headers: {x-amz-meta-team: web}}`)).toMatch(/write it as 'Metadata: \{team: value\}'/)
    expect(await errorOf(`- {match: '*', headers: {SSEKMSKeyId: k}}`)).toMatch(
      /SSEKMSKeyId applies to every object: set it in object-parameters/
    )
    expect(await errorOf(`- {match: '*', headers: {Colour: red}}`)).toMatch(
      /unknown header 'Colour'\. Use PutObject names: CacheControl/
    )
  })

  it('rejects header values S3 or HTTP would refuse', async () => {
    expect(await errorOf(`- {match: '*', headers: {CacheControl: 300}}`)).toMatch(
      /CacheControl must be a string \(got 300\); quote it/
    )
    expect(await errorOf(`- {match: '*', headers: {ContentDisposition: 'attachment; filename="résumé.pdf"'}}`)).toMatch(
      /filename\*=UTF-8''/
    )
    expect(await errorOf(`- {match: '*', headers: {CacheControl: "a\\nb"}}`)).toMatch(/line breaks/)
    expect(await errorOf(`- {match: '*', headers: {ACL: public}}`)).toMatch(
      /ACL 'public' is not a canned ACL: private, public-read/
    )
    expect(await errorOf(`- {match: '*', headers: {StorageClass: GLACIER}}`)).toMatch(/cannot be read until restored/)
    expect(await errorOf(`- {match: '*', headers: {StorageClass: standard}}`)).toMatch(
      /StorageClass 'standard' is not one of: STANDARD/
    )
    expect(await errorOf(`- {match: '*', headers: {WebsiteRedirectLocation: other.html}}`)).toMatch(/must start with '\/'/)
    expect(await errorOf(`- {match: '*', headers: {Expires: soon}}`)).toMatch(/Expires 'soon' is not a date/)
    expect(await errorOf(`- {match: '*', headers: {Metadata: web}}`)).toMatch(/Metadata must be a mapping/)
    expect(await errorOf(`- {match: '*', headers: {Metadata: {version: 2}}}`)).toMatch(
      /Metadata 'version' must be a string \(got 2\); quote it: '2'/
    )
    expect(await errorOf(`- {match: '*', headers: {Metadata: {'a b': x}}}`)).toMatch(
      /Metadata name 'a b' is not a valid header name/
    )
    expect(await errorOf(`- {match: '*', headers: {Metadata: {Team: x, team: y}}}`)).toMatch(/Metadata names 'team' twice/)
    expect(await errorOf(`- {match: '*', headers: {Tagging: [a]}}`)).toMatch(/Tagging must be a mapping/)
  })
})
