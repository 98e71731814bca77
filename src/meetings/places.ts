// Where a person is, from a ZIP code or a city name, looked up offline in the `zipcodes`
// package (US ZIP codes and Canadian postal areas with coordinates), and how far a meeting is.
import type * as Zipcodes from 'zipcodes';

let table: typeof Zipcodes | undefined;
/**
 * The ZIP code table, loaded on the first place lookup or by warmUpPlaces() in idle time after
 * start-up: loading it costs ~150 ms and ~70 MB, which a start-up should not wait for.
 */
function zipcodes(): typeof Zipcodes {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (table ??= require('zipcodes') as typeof Zipcodes);
}

export interface Place {
  /** What to call it in a reply: "94110" or "Denver, CO". */
  label: string;
  latitude: number;
  longitude: number;
}

export function placeForZip(zip: string): Place | undefined {
  const found = zipcodes().lookup(zip);
  if (!found || typeof found.latitude !== 'number' || typeof found.longitude !== 'number') return undefined;
  return { label: zip, latitude: found.latitude, longitude: found.longitude };
}

interface CityEntry {
  city: string;
  state: string;
  latitude: number;
  longitude: number;
  /** ZIP codes in the city: a fair stand-in for its size when a name is ambiguous. */
  zips: number;
}

let cityIndex: Map<string, CityEntry[]> | undefined;

/** Built on first use (about 15 ms over 44,000 codes); warmUpPlaces() does it at start-up. */
function cities(): Map<string, CityEntry[]> {
  if (cityIndex) return cityIndex;
  const sums = new Map<string, CityEntry>();
  for (const code of Object.values(zipcodes().codes)) {
    if (typeof code.latitude !== 'number' || typeof code.longitude !== 'number' || !code.city) continue;
    const key = `${cityKey(code.city)}|${code.state}`;
    const entry = sums.get(key) ?? { city: code.city, state: code.state, latitude: 0, longitude: 0, zips: 0 };
    entry.latitude += code.latitude;
    entry.longitude += code.longitude;
    entry.zips++;
    sums.set(key, entry);
  }
  cityIndex = new Map();
  for (const entry of sums.values()) {
    const averaged = { ...entry, latitude: entry.latitude / entry.zips, longitude: entry.longitude / entry.zips };
    const key = cityKey(entry.city);
    cityIndex.set(key, [...(cityIndex.get(key) ?? []), averaged]);
  }
  for (const list of cityIndex.values()) list.sort((a, b) => b.zips - a.zips);
  return cityIndex;
}

/** "St. Louis" and "saint louis" are the same key. */
export function cityKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/\bft\.?\s/g, 'fort ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A city by name, in `state` when given (two-letter code), else the largest of that name. */
export function placeForCity(name: string, state?: string): Place | undefined {
  const list = cities().get(cityKey(name));
  if (!list) return undefined;
  const entry = state ? list.find((e) => e.state === state.toUpperCase()) : list[0];
  if (!entry) return undefined;
  return { label: `${entry.city}, ${entry.state}`, latitude: entry.latitude, longitude: entry.longitude };
}

export function isCityName(words: string): boolean {
  return cities().has(cityKey(words));
}

export function isStateCode(word: string): boolean {
  return /^[a-z]{2}$/i.test(word) && Object.prototype.hasOwnProperty.call(zipcodes().states.abbr, word.toUpperCase());
}

export function warmUpPlaces(): void {
  cities();
}

const EARTH_RADIUS_MILES = 3958.8;

/** Great-circle distance in miles (haversine). */
export function milesBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
