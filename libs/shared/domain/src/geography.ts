/**
 * Countries served and their first-level regions (Polish voivodeships, Swedish counties,
 * Norwegian counties as of 2024). Region codes are stable keys; the web translates names.
 */
export const COUNTRIES = ['PL', 'SE', 'NO'] as const;
export type Country = (typeof COUNTRIES)[number];

export const REGIONS = {
  PL: [
    'dolnoslaskie', 'kujawsko-pomorskie', 'lubelskie', 'lubuskie', 'lodzkie', 'malopolskie',
    'mazowieckie', 'opolskie', 'podkarpackie', 'podlaskie', 'pomorskie', 'slaskie',
    'swietokrzyskie', 'warminsko-mazurskie', 'wielkopolskie', 'zachodniopomorskie',
  ],
  SE: [
    'blekinge', 'dalarna', 'gavleborg', 'gotland', 'halland', 'jamtland', 'jonkoping', 'kalmar',
    'kronoberg', 'norrbotten', 'orebro', 'ostergotland', 'skane', 'sodermanland', 'stockholm',
    'uppsala', 'varmland', 'vasterbotten', 'vasternorrland', 'vastmanland', 'vastra-gotaland',
  ],
  NO: [
    'agder', 'akershus', 'buskerud', 'finnmark', 'innlandet', 'more-og-romsdal', 'nordland',
    'oslo', 'rogaland', 'telemark', 'troms', 'trondelag', 'vestfold', 'vestland', 'ostfold',
  ],
} as const satisfies Record<Country, readonly string[]>;

export type Region = (typeof REGIONS)[Country][number];

export const ALL_REGIONS: readonly string[] = COUNTRIES.flatMap((c) => REGIONS[c]);

export function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}

export function isRegionOf(country: Country, region: string): boolean {
  return (REGIONS[country] as readonly string[]).includes(region);
}

/** Human names of regions in their own language, used by the web and the seed data. */
export const REGION_NAMES: Record<string, string> = {
  dolnoslaskie: 'Dolnośląskie', 'kujawsko-pomorskie': 'Kujawsko-pomorskie', lubelskie: 'Lubelskie',
  lubuskie: 'Lubuskie', lodzkie: 'Łódzkie', malopolskie: 'Małopolskie', mazowieckie: 'Mazowieckie',
  opolskie: 'Opolskie', podkarpackie: 'Podkarpackie', podlaskie: 'Podlaskie', pomorskie: 'Pomorskie',
  slaskie: 'Śląskie', swietokrzyskie: 'Świętokrzyskie', 'warminsko-mazurskie': 'Warmińsko-mazurskie',
  wielkopolskie: 'Wielkopolskie', zachodniopomorskie: 'Zachodniopomorskie',
  blekinge: 'Blekinge', dalarna: 'Dalarna', gavleborg: 'Gävleborg', gotland: 'Gotland', halland: 'Halland',
  jamtland: 'Jämtland', jonkoping: 'Jönköping', kalmar: 'Kalmar', kronoberg: 'Kronoberg',
  norrbotten: 'Norrbotten', orebro: 'Örebro', ostergotland: 'Östergötland', skane: 'Skåne',
  sodermanland: 'Södermanland', stockholm: 'Stockholm', uppsala: 'Uppsala', varmland: 'Värmland',
  vasterbotten: 'Västerbotten', vasternorrland: 'Västernorrland', vastmanland: 'Västmanland',
  'vastra-gotaland': 'Västra Götaland',
  agder: 'Agder', akershus: 'Akershus', buskerud: 'Buskerud', finnmark: 'Finnmark', innlandet: 'Innlandet',
  'more-og-romsdal': 'Møre og Romsdal', nordland: 'Nordland', oslo: 'Oslo', rogaland: 'Rogaland',
  telemark: 'Telemark', troms: 'Troms', trondelag: 'Trøndelag', vestfold: 'Vestfold', vestland: 'Vestland',
  ostfold: 'Østfold',
};
