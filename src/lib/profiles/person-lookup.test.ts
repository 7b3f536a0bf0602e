import { describe, expect, it } from 'vitest';
import { RECORDS_PER_CHUNK, chunkUrl } from '$lib/dashboard/record-chunks';
import type { Dataset } from '$lib/schema';
import { loadDataset } from '$lib/server/read-data';
import { createProfileContext } from './context';
import { personProfile, recordProfile } from './person';
import { chunkOfId, findRecord, lookupContext, personLookups } from './person-lookup';

const data = loadDataset().dataset;
const cite = { siteName: 'Defection Tracker', permalink: 'https://example.org/person/?id=x' };

/** A dataset of `count` copies of a real defection with ids "p00000"…, sorted as parseDataset sorts them. */
function manyDefections(count: number): Dataset {
  const template = data.defections[0];
  const ids = Array.from({ length: count }, (_, i) => `p${String(i).padStart(5, '0')}`);
  return { ...data, defections: ids.map((id) => ({ ...template, id })), refusals: [] };
}

/** Serves /records/<n>.json as the route does: the dataset's defections, RECORDS_PER_CHUNK at a time. */
function chunkServer(dataset: Dataset): typeof fetch {
  return (async (url: string) => {
    const chunk = Array.from({ length: Math.ceil(dataset.defections.length / RECORDS_PER_CHUNK) }, (_, n) => n).find((n) => chunkUrl(n) === url);
    if (chunk === undefined) return new Response('not found', { status: 404 });
    return Response.json(dataset.defections.slice(chunk * RECORDS_PER_CHUNK, (chunk + 1) * RECORDS_PER_CHUNK));
  }) as typeof fetch;
}

describe('chunkOfId', () => {
  const starts = ['b', 'f', 'm'];
  it('finds the last chunk starting at or before the id', () => {
    expect(chunkOfId('b', starts)).toBe(0);
    expect(chunkOfId('c', starts)).toBe(0);
    expect(chunkOfId('f', starts)).toBe(1);
    expect(chunkOfId('l-z', starts)).toBe(1);
    expect(chunkOfId('zz', starts)).toBe(2);
  });

  it('answers -1 before the first chunk and for no chunks', () => {
    expect(chunkOfId('a', starts)).toBe(-1);
    expect(chunkOfId('a', [])).toBe(-1);
  });
});

describe('personLookups', () => {
  it('starts one chunk every RECORDS_PER_CHUNK defections', () => {
    const lookups = personLookups(manyDefections(2 * RECORDS_PER_CHUNK + 1));
    expect(lookups.chunkStarts).toEqual(['p00000', `p0${RECORDS_PER_CHUNK}`, `p0${2 * RECORDS_PER_CHUNK}`]);
  });

  it('carries only the places records name', () => {
    const lookups = personLookups(data);
    const named = new Set([...data.defections, ...data.refusals].map((record) => record.place.commune).filter(Boolean));
    expect(new Set(lookups.places.communes.map((commune) => commune.code))).toEqual(named);
    expect(lookups.places.communes.length).toBeLessThan(data.communes.length);
  });

  it('refuses defections out of id order, which would send lookups to the wrong chunk', () => {
    const dataset = manyDefections(3);
    dataset.defections.reverse();
    expect(() => personLookups(dataset)).toThrow(/not in id order/);
  });
});

describe('findRecord', () => {
  it('fetches a defection from its chunk, past the first chunk too', async () => {
    const dataset = manyDefections(2500);
    const lookups = personLookups(dataset);
    const requested: string[] = [];
    const server = chunkServer(dataset);
    const fetcher = ((url: string) => (requested.push(url), server(url))) as typeof fetch;
    expect(await findRecord('p01234', lookups, fetcher)).toMatchObject({ kind: 'defection', record: { id: 'p01234' } });
    expect(requested).toEqual([chunkUrl(1)]);
  });

  it('answers undefined for an unknown id', async () => {
    const dataset = manyDefections(2500);
    const lookups = personLookups(dataset);
    expect(await findRecord('p01234x', lookups, chunkServer(dataset))).toBeUndefined();
    expect(await findRecord('a-before-everything', lookups, chunkServer(dataset))).toBeUndefined();
  });

  it('finds refusals without fetching', async () => {
    const refusal = data.refusals[0];
    const fetcher = (() => Promise.reject(new Error('no fetch expected'))) as typeof fetch;
    expect(await findRecord(refusal.id, personLookups(data), fetcher)).toEqual({ kind: 'refusal', record: refusal });
  });

  it('throws when the chunk cannot be fetched, so the page can say so', async () => {
    const fetcher = (async () => new Response('', { status: 503 })) as typeof fetch;
    await expect(findRecord(data.defections[0].id, personLookups(data), fetcher)).rejects.toThrow(/503/);
  });
});

describe('recordProfile from lookups', () => {
  it('words every real record as the prerendered page does, in both languages', async () => {
    const lookups = personLookups(data);
    const ctx = lookupContext(JSON.parse(JSON.stringify(lookups)));
    const full = createProfileContext(data);
    const fetcher = chunkServer(JSON.parse(JSON.stringify(data)));
    for (const { id } of [...data.defections, ...data.refusals]) {
      const found = await findRecord(id, lookups, fetcher);
      expect(found, id).toBeDefined();
      for (const locale of ['en', 'km'] as const) {
        expect(recordProfile(found!, ctx, { ...cite, locale })).toEqual(personProfile(full, id, { ...cite, locale }));
      }
    }
  });
});
