/**
 * Believable demo content for `npm start`: libraries of the Polish LABiB network and of the Swedish and
 * Norwegian regional library programmes, with people of every role writing in their own languages.
 * People are invented; libraries are real public institutions described in general terms.
 */
import type { Country, Interest, Language, Role } from '@liblab/domain';

export interface DemoLibrary {
  slug: string;
  name: string;
  city: string;
  region: string;
  country: Country;
  description: string;
  website: string;
  address: string;
}

export interface DemoMember {
  email: string;
  name: string;
  library: string;
  roles: Role[];
  languages: Language[];
  interests: Interest[];
  locale: Language;
  position?: string;
  bio: string;
  phone?: string;
  publicEmail?: string;
}

/** Every demo account signs in with this password (README says so). */
export const DEMO_PASSWORD = 'liblab-demo-2026';

export const DEMO_LIBRARIES: DemoLibrary[] = [
  {
    slug: 'mbp-wroclaw', name: 'Miejska Biblioteka Publiczna we Wrocławiu', city: 'Wrocław', region: 'dolnoslaskie', country: 'PL',
    description: 'Sieć filii w całym mieście. Prowadzimy Lokalne Spotkania LABiB dla bibliotekarzy z Dolnego Śląska i dzielimy się doświadczeniem z pracy z nowymi technologiami.',
    website: 'https://www.biblioteka.wroc.pl', address: 'Rynek 58, 50-116 Wrocław',
  },
  {
    slug: 'wbp-gdansk', name: 'Wojewódzka Biblioteka Publiczna w Gdańsku', city: 'Gdańsk', region: 'pomorskie', country: 'PL',
    description: 'Wspieramy biblioteki Pomorza. Współorganizowaliśmy (nie)Konferencję „Kierunek – wizerunek” o promocji bibliotek.',
    website: 'https://www.wbp.gda.pl', address: 'ul. Targ Drzewny 9/11, 80-894 Gdańsk',
  },
  {
    slug: 'gbp-michalowice', name: 'Gminna Biblioteka Publiczna w Michałowicach', city: 'Michałowice', region: 'mazowieckie', country: 'PL',
    description: 'Mała biblioteka, duże pomysły: Strefa Eksperymentu, kluby dla seniorów i warsztaty z robotyki dla dzieci.',
    website: 'https://www.bibliotekamichalowice.pl', address: 'ul. Raszyńska 34, 05-816 Michałowice',
  },
  {
    slug: 'mbp-lublin', name: 'Miejska Biblioteka Publiczna w Lublinie', city: 'Lublin', region: 'lubelskie', country: 'PL',
    description: 'Biblioteka jako miejsce spotkań: partnerstwa z lokalnymi organizacjami w ramach Programu Rozwoju Bibliotek.',
    website: 'https://www.mbp.lublin.pl', address: 'ul. Peowiaków 12, 20-007 Lublin',
  },
  {
    slug: 'malmo-stadsbibliotek', name: 'Malmö stadsbibliotek', city: 'Malmö', region: 'skane', country: 'SE',
    description: 'Pilotbibliotek i Biblioteken som tankesmedjor: vi utforskar bibliotekets demokratiska uppdrag med debatter och medborgardialoger.',
    website: 'https://malmo.se/stadsbibliotek', address: 'Regementsgatan 3, 211 42 Malmö',
  },
  {
    slug: 'halmstads-stadsbibliotek', name: 'Halmstads stadsbibliotek', city: 'Halmstad', region: 'halland', country: 'SE',
    description: 'Vi arbetar med samtal om demokrati och med att stötta invånare som vill skriva medborgarförslag.',
    website: 'https://www.halmstad.se/bibliotek', address: 'Axel Olsons gata 1, 302 27 Halmstad',
  },
  {
    slug: 'vaxjo-stadsbibliotek', name: 'Växjö stadsbibliotek', city: 'Växjö', region: 'kronoberg', country: 'SE',
    description: 'Regional samverkan i Kronoberg: fortbildning, läsfrämjande och digital delaktighet.',
    website: 'https://bibliotek.vaxjo.se', address: 'Västra Esplanaden 7, 352 31 Växjö',
  },
  {
    slug: 'falu-stadsbibliotek', name: 'Falu stadsbibliotek', city: 'Falun', region: 'dalarna', country: 'SE',
    description: 'Samverkan mellan folkbibliotek och folkbildning: studieförbund och bibliotek som två grenar på samma träd.',
    website: 'https://www.falun.se/bibliotek', address: 'Kristinegatan 15, 791 60 Falun',
  },
  {
    slug: 'deichman-bjorvika', name: 'Deichman Bjørvika', city: 'Oslo', region: 'oslo', country: 'NO',
    description: 'Hovedbiblioteket i Oslo. Vi deler erfaringer med arrangementer, verksteder og digitale tjenester.',
    website: 'https://deichman.no', address: 'Anne-Cath. Vestlys plass 1, 0150 Oslo',
  },
  {
    slug: 'drammen-bibliotek', name: 'Drammensbiblioteket', city: 'Drammen', region: 'buskerud', country: 'NO',
    description: 'Vi har bidratt til temastrategien for bibliotekutvikling og arbeider med kultur og mangfold.',
    website: 'https://www.drammen.kommune.no/bibliotek', address: 'Grønland 32, 3045 Drammen',
  },
  {
    slug: 'fredrikstad-bibliotek', name: 'Fredrikstad bibliotek', city: 'Fredrikstad', region: 'ostfold', country: 'NO',
    description: 'Et bibliotek for alle innbyggere: flerspråklige tilbud, språkkafé og leselyst for barn.',
    website: 'https://www.fredrikstad.kommune.no/bibliotek', address: 'Kirkegata 2, 1606 Fredrikstad',
  },
  {
    slug: 'bergen-offentlige-bibliotek', name: 'Bergen Offentlige Bibliotek', city: 'Bergen', region: 'vestland', country: 'NO',
    description: 'Vi deler metoder for formidling, debattarrangementer og samarbeid med frivillige.',
    website: 'https://bergenbibliotek.no', address: 'Strømgaten 6, 5015 Bergen',
  },
];

export const DEMO_MEMBERS: DemoMember[] = [
  { email: 'admin@liblab.demo', name: 'Agnieszka Nowicka', library: 'mbp-wroclaw', roles: ['member', 'admin'], languages: ['pl', 'en'], interests: ['new-technologies', 'promotion'], locale: 'pl', position: 'Administratorka portalu', bio: 'Dbam o to, żeby LibLab działał dla wszystkich bibliotek w sieci.' },
  { email: 'koordynator@liblab.demo', name: 'Tomasz Wiśniewski', library: 'wbp-gdansk', roles: ['member', 'coordinator'], languages: ['pl', 'en'], interests: ['promotion', 'events-and-culture'], locale: 'pl', position: 'Koordynator sieci na Pomorzu', bio: 'Organizuję Lokalne Spotkania LABiB i zjazdy sieci.', publicEmail: 'tomasz.wisniewski@liblab.demo', phone: '+48 58 301 00 00' },
  { email: 'ekspertka@liblab.demo', name: 'Katarzyna Zielińska', library: 'mbp-lublin', roles: ['member', 'expert'], languages: ['pl', 'en'], interests: ['promotion', 'library-spaces'], locale: 'pl', position: 'Specjalistka ds. promocji', bio: 'Ekspertka miesiąca tematycznego „MOC promocji!”. Pomagam bibliotekom opowiadać o sobie.' },
  { email: 'bibliotekarka@liblab.demo', name: 'Magdalena Kowalczyk', library: 'gbp-michalowice', roles: ['member'], languages: ['pl'], interests: ['children-and-youth', 'new-technologies', 'seniors'], locale: 'pl', position: 'Kierowniczka biblioteki', bio: 'Prowadzę warsztaty z robotyki i klub seniora.' },
  { email: 'piotr.lewandowski@liblab.demo', name: 'Piotr Lewandowski', library: 'mbp-wroclaw', roles: ['member', 'expert'], languages: ['pl', 'en'], interests: ['new-technologies', 'digital-inclusion'], locale: 'pl', position: 'Bibliotekarz cyfrowy', bio: 'Ekspert miesiąca „GET it”: drukarki 3D, aplikacje mobilne i bezpieczeństwo w sieci.' },
  { email: 'anna.wojcik@liblab.demo', name: 'Anna Wójcik', library: 'mbp-wroclaw', roles: ['member'], languages: ['pl'], interests: ['reading-promotion', 'children-and-youth'], locale: 'pl', position: 'Bibliotekarka w filii dziecięcej', bio: 'Głośne czytanie i gry planszowe w filii na Nadodrzu.' },
  { email: 'ewa.kaminska@liblab.demo', name: 'Ewa Kamińska', library: 'wbp-gdansk', roles: ['member'], languages: ['pl', 'en'], interests: ['local-history', 'collections'], locale: 'pl', position: 'Instruktorka ds. bibliotek gminnych', bio: 'Wspieram biblioteki gminne w digitalizacji zbiorów regionalnych.' },
  { email: 'jan.mazur@liblab.demo', name: 'Jan Mazur', library: 'mbp-lublin', roles: ['member'], languages: ['pl'], interests: ['democracy-and-debate', 'events-and-culture'], locale: 'pl', bio: 'Lubię dyskusyjne kluby książki i debaty obywatelskie.' },
  { email: 'samordnare@liblab.demo', name: 'Elin Lindqvist', library: 'malmo-stadsbibliotek', roles: ['member', 'coordinator'], languages: ['sv', 'en'], interests: ['democracy-and-debate', 'events-and-culture'], locale: 'sv', position: 'Processledare, Biblioteken som tankesmedjor', bio: 'Jag samordnar pilotbiblioteken i Sydsverige och delningskonferensen.', publicEmail: 'elin.lindqvist@liblab.demo', phone: '+46 40 660 00 00' },
  { email: 'expert.sv@liblab.demo', name: 'Johan Bergström', library: 'vaxjo-stadsbibliotek', roles: ['member', 'expert'], languages: ['sv', 'en', 'nb'], interests: ['digital-inclusion', 'new-technologies'], locale: 'sv', position: 'Utvecklingsbibliotekarie', bio: 'Expert på digital delaktighet och AI i biblioteket.' },
  { email: 'bibliotekarie@liblab.demo', name: 'Sara Holm', library: 'halmstads-stadsbibliotek', roles: ['member'], languages: ['sv'], interests: ['democracy-and-debate', 'multilingual-services'], locale: 'sv', position: 'Bibliotekarie', bio: 'Jag håller i samtalskvällar och språkcaféer.' },
  { email: 'karin.nilsson@liblab.demo', name: 'Karin Nilsson', library: 'falu-stadsbibliotek', roles: ['member'], languages: ['sv'], interests: ['reading-promotion', 'seniors'], locale: 'sv', position: 'Bibliotekschef', bio: 'Samverkan med studieförbunden i Dalarna ligger mig varmt om hjärtat.' },
  { email: 'lars.ek@liblab.demo', name: 'Lars Ek', library: 'malmo-stadsbibliotek', roles: ['member'], languages: ['sv', 'en'], interests: ['library-spaces', 'events-and-culture'], locale: 'sv', bio: 'Programansvarig för debatter och författarsamtal.' },
  { email: 'ingrid.sjoberg@liblab.demo', name: 'Ingrid Sjöberg', library: 'vaxjo-stadsbibliotek', roles: ['member'], languages: ['sv'], interests: ['children-and-youth', 'reading-promotion'], locale: 'sv', position: 'Barnbibliotekarie', bio: 'Läsfrämjande för barn och unga i Kronoberg.' },
  { email: 'koordinator@liblab.demo', name: 'Kari Solberg', library: 'drammen-bibliotek', roles: ['member', 'coordinator'], languages: ['nb', 'en'], interests: ['multilingual-services', 'events-and-culture'], locale: 'nb', position: 'Rådgiver for bibliotekutvikling', bio: 'Jeg koordinerer arbeidet med temastrategien for bibliotekutvikling i regionen.', publicEmail: 'kari.solberg@liblab.demo', phone: '+47 32 04 00 00' },
  { email: 'ekspert.nb@liblab.demo', name: 'Ola Haugen', library: 'deichman-bjorvika', roles: ['member', 'expert'], languages: ['nb', 'sv', 'en'], interests: ['new-technologies', 'library-spaces'], locale: 'nb', position: 'Teknologiformidler', bio: 'Ekspert på verksteder, maker spaces og digitale tjenester.' },
  { email: 'bibliotekar@liblab.demo', name: 'Ingrid Berg', library: 'fredrikstad-bibliotek', roles: ['member'], languages: ['nb'], interests: ['multilingual-services', 'children-and-youth'], locale: 'nb', position: 'Bibliotekar', bio: 'Jeg driver språkkafé og leselystprosjekter for barn.' },
  { email: 'nils.dahl@liblab.demo', name: 'Nils Dahl', library: 'bergen-offentlige-bibliotek', roles: ['member'], languages: ['nb', 'en'], interests: ['democracy-and-debate', 'events-and-culture'], locale: 'nb', position: 'Arrangementsansvarlig', bio: 'Debattarrangementer og samarbeid med frivillige.' },
  { email: 'marte.lie@liblab.demo', name: 'Marte Lie', library: 'deichman-bjorvika', roles: ['member'], languages: ['nb'], interests: ['reading-promotion', 'seniors'], locale: 'nb', bio: 'Lesesirkler for seniorer og digital hjelp på biblioteket.' },
  { email: 'erik.johansen@liblab.demo', name: 'Erik Johansen', library: 'drammen-bibliotek', roles: ['member'], languages: ['nb', 'en'], interests: ['local-history', 'collections'], locale: 'nb', bio: 'Lokalhistorie og digitalisering av fotosamlinger.' },
];
