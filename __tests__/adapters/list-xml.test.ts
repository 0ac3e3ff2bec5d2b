import { describe, expect, it } from '@jest/globals'
import { parseListPage } from '../../src/adapters/list-xml.js'

const page = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${body}</ListBucketResult>`

describe('parseListPage', () => {
  it('reads key, size and ETag of every object, decoding XML entities', () => {
    const xml = page(
      '<Name>b</Name><IsTruncated>false</IsTruncated>' +
        '<Contents><Key>css/a &amp; b.css</Key><Size>10</Size><ETag>&quot;abc&quot;</ETag></Contents>' +
        '<Contents><ETag>"d-2"</ETag><Size>20971520</Size><Key>&#x1F600;&#233;&lt;&gt;&apos;.bin</Key></Contents>'
    )
    expect(parseListPage(xml)).toEqual({
      objects: [
        { key: 'css/a & b.css', size: 10, etag: '"abc"' },
        { key: "😀é<>'.bin", size: 20971520, etag: '"d-2"' }
      ],
      isTruncated: false
    })
  })

  it('reads the continuation of a truncated page wherever it sits', () => {
    const before = page(
      '<IsTruncated>true</IsTruncated><NextContinuationToken>t/1+2==</NextContinuationToken><Contents><Key>a</Key><Size>1</Size><ETag>"x"</ETag></Contents>'
    )
    const after = page(
      '<Contents><Key>a</Key><Size>1</Size><ETag>"x"</ETag></Contents><IsTruncated>true</IsTruncated><NextContinuationToken>t/1+2==</NextContinuationToken>'
    )
    for (const xml of [before, after])
      expect(parseListPage(xml)).toMatchObject({ isTruncated: true, nextContinuationToken: 't/1+2==' })
  })

  it('reads an empty listing', () => {
    expect(parseListPage(page('<Name>b</Name><KeyCount>0</KeyCount><IsTruncated>false</IsTruncated>'))).toEqual({
      objects: [],
      isTruncated: false
    })
  })

  it('refuses what is not a listing, so the SDK gets to read it', () => {
    expect(() => parseListPage('<Error><Code>AccessDenied</Code></Error>')).toThrow('not a ListObjectsV2 result')
    expect(() => parseListPage(page('<Contents><Size>1</Size></Contents>'))).toThrow('without a key')
    expect(() => parseListPage(page('<Contents><Key>a</Contents>'))).toThrow('unterminated')
  })
})
