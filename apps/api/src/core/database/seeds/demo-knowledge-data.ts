/**
 * Demo knowledge exchange: good practices and questions from the programmes in the seed texts
 * (LABiB's thematic months "GET it" and "MOC promocji!", Lokalne Spotkania LABiB, Strefa Eksperymentu,
 * Biblioteken som tankesmedjor, folkbibliotek och folkbildning, temastrategi for bibliotekutvikling).
 * Authors are the demo members (by email); every body is sanitised on the way in like any other.
 */
import type { Language, ReactionKind } from '@liblab/domain';

export interface DemoPost {
  key: string;
  kind: 'inspiration' | 'question';
  author: string;
  language: Language;
  title: string;
  summary?: string;
  body: string;
  tags: string[];
  links?: { title: string; url: string }[];
  /** How long ago it was posted. */
  daysAgo: number;
}

export interface DemoAnswer {
  key: string;
  question: string;
  author: string;
  body: string;
  accepted?: boolean;
  daysAgo: number;
}

export interface DemoComment {
  on: string;
  author: string;
  body: string;
}

export const DEMO_POSTS: DemoPost[] = [
  {
    key: 'moc-promocji', kind: 'inspiration', author: 'ekspertka@liblab.demo', language: 'pl', daysAgo: 24,
    title: 'MOC promocji! Jak w miesiąc odświeżyliśmy komunikację biblioteki',
    summary: 'Plan na cztery tygodnie: przegląd kanałów, jeden wyrazisty temat miesiąca, zdjęcia ludzi zamiast półek i krótkie wideo z czytelnikami.',
    body:
      '<h2>Od czego zaczęliśmy</h2><p>W miesiącu tematycznym <strong>MOC promocji!</strong> zrobiliśmy przegląd wszystkich kanałów: stronę, Facebooka, plakaty w filiach i newsletter. Okazało się, że o tym samym wydarzeniu piszemy w pięciu miejscach pięcioma różnymi językami.</p>' +
      '<h3>Co zadziałało</h3><ul><li><p>Jeden temat na tydzień, ogłaszany w poniedziałek wszędzie naraz.</p></li><li><p>Zdjęcia ludzi, nie półek – za zgodą czytelników.</p></li><li><p>Krótkie, 30-sekundowe wideo: „Co dziś czytasz?”.</p></li></ul>' +
      '<blockquote><p>Biblioteka nie musi mieć budżetu reklamowego. Musi mieć historię do opowiedzenia.</p></blockquote>' +
      '<p>Scenariusz warsztatu dla zespołu i szablony plakatów są w załącznikach.</p>',
    tags: ['MOC promocji', 'promocja', 'media społecznościowe'],
    links: [{ title: 'Miesiące tematyczne na LABiB', url: 'https://labib.pl' }],
  },
  {
    key: 'strefa-eksperymentu', kind: 'inspiration', author: 'bibliotekarka@liblab.demo', language: 'pl', daysAgo: 19,
    title: 'Strefa Eksperymentu w gminnej bibliotece: roboty, drukarka 3D i klub seniora',
    summary: 'Jak mała biblioteka zamieniła kąt czytelni w pracownię, w której dzieci uczą seniorów programowania robotów.',
    body:
      '<p>Po konkursie <strong>Strefa Eksperymentu</strong> urządziliśmy w czytelni kącik z dwoma robotami edukacyjnymi i drukarką 3D. Najciekawsze okazały się spotkania międzypokoleniowe: w czwartki dzieci z klubu robotyki uczą seniorów, a seniorzy opowiadają o dawnych Michałowicach.</p>' +
      '<h3>Czego potrzebujesz</h3><ol><li><p>Stołu, przedłużacza i szafki zamykanej na klucz.</p></li><li><p>Jednej osoby z zespołu, która lubi majsterkować.</p></li><li><p>Regulaminu korzystania ze sprzętu (nasz w załączniku).</p></li></ol>' +
      '<p>Koszt pierwszego roku zamknął się w kwocie nagrody z konkursu.</p>',
    tags: ['Strefa Eksperymentu', 'nowe technologie', 'seniorzy', 'dzieci'],
  },
  {
    key: 'medborgarforslag-ai', kind: 'inspiration', author: 'samordnare@liblab.demo', language: 'sv', daysAgo: 16,
    title: 'Medborgarförslag med hjälp av AI – erfarenheter från Biblioteken som tankesmedjor',
    summary: 'Pilotbiblioteken visade besökare hur ChatGPT kan hjälpa till att formulera ett medborgarförslag – och var verktyget inte räcker.',
    body:
      '<p>I projektet <strong>Biblioteken som tankesmedjor</strong> utforskade nio pilotbibliotek bibliotekens demokratiska uppdrag. Ett av de mest uppskattade formaten var drop-in-träffar där vi tillsammans med besökare skrev medborgarförslag med AI som stöd.</p>' +
      '<h3>Så gick det till</h3><ul><li><p>En kort introduktion: vad är ett medborgarförslag och vem läser det?</p></li><li><p>Besökaren beskriver sin idé med egna ord; AI hjälper till med struktur och språk.</p></li><li><p>Bibliotekarien granskar fakta och källor tillsammans med besökaren.</p></li></ul>' +
      '<p>Viktigast var samtalet om källkritik: AI skriver gärna övertygande, men inte alltid korrekt.</p>',
    tags: ['Biblioteken som tankesmedjor', 'demokrati', 'AI'],
    links: [{ title: 'Delningskonferensen den 4 december', url: 'https://www.kb.se' }],
  },
  {
    key: 'temastrategi', kind: 'inspiration', author: 'koordinator@liblab.demo', language: 'nb', daysAgo: 12,
    title: 'Slik fikk vi innspill fra hele regionen til temastrategien for bibliotekutvikling',
    summary: 'Informasjonsmøte på Zoom, en åpen spørreundersøkelse og egne innspillmøter for ungdom: en medvirkningsprosess som faktisk ga svar.',
    body:
      '<p>Da fylkeskommunen startet arbeidet med en <strong>temastrategi for bibliotekutvikling</strong>, ville vi at bibliotekene, kommunene og innbyggerne skulle bli hørt før politikerne vedtok noe.</p>' +
      '<h3>Tre grep</h3><ol><li><p>Et felles informasjonsmøte om mandatet og prosessen, åpent for alle.</p></li><li><p>En spørreundersøkelse med kort frist og påminnelser i bibliotekenes egne kanaler.</p></li><li><p>Et eget innspillmøte for ungdom – med pizza og uten powerpoint.</p></li></ol>' +
      '<p>Ungdommene ga de mest konkrete forslagene: lengre åpningstider og et rom der de kan være uten å måtte låne noe.</p>',
    tags: ['temastrategi', 'medvirkning', 'ungdom'],
  },
  {
    key: 'lokalne-spotkania', kind: 'inspiration', author: 'koordynator@liblab.demo', language: 'pl', daysAgo: 9,
    title: 'Lokalne Spotkania LABiB: scenariusz dnia wymiany doświadczeń w regionie',
    summary: 'Sprawdzony plan spotkania dla 30 bibliotekarzy: szybkie prezentacje, stoliki tematyczne i wspólne planowanie jednego działania.',
    body:
      '<p>Na Pomorzu zorganizowaliśmy już trzy <strong>Lokalne Spotkania LABiB</strong>. Każde trwało jeden dzień i kończyło się konkretnym planem współpracy między bibliotekami.</p>' +
      '<h3>Plan dnia</h3><ul><li><p>10:00 – „Pięć minut sławy”: każda biblioteka pokazuje jedno działanie.</p></li><li><p>11:30 – stoliki tematyczne: promocja, nowe technologie, partnerstwa lokalne.</p></li><li><p>14:00 – wspólne planowanie: jedno działanie, które zrobimy razem do końca kwartału.</p></li></ul>' +
      '<p>Najważniejsza rada: zaproś też osoby spoza bibliotek – z domu kultury, szkoły, organizacji pozarządowej.</p>',
    tags: ['Lokalne Spotkania LABiB', 'współpraca', 'partnerstwa'],
  },
  {
    key: 'folkbildning', kind: 'inspiration', author: 'karin.nilsson@liblab.demo', language: 'sv', daysAgo: 6,
    title: 'Folkbibliotek och studieförbund – två grenar på samma träd',
    summary: 'Gemensam fortbildning för bibliotek och studieförbund i Dalarna gav nya studiecirklar på biblioteket och fler besökare till båda.',
    body:
      '<p>Vi har länge sett studieförbundsverksamhet och folkbiblioteksverksamhet som <em>två grenar på samma folkbildningsträd</em>. I en gemensam fortbildningsserie träffades personal från kommunbibliotek och studieförbund för att hitta nya former för samverkan.</p>' +
      '<p>Resultatet: tre nya studiecirklar som träffas i biblioteket, en gemensam programfolder och en kontaktperson på varje sida.</p>',
    tags: ['folkbildning', 'samverkan'],
  },
  {
    key: 'get-it', kind: 'question', author: 'anna.wojcik@liblab.demo', language: 'pl', daysAgo: 14,
    title: 'Jak przygotować filię dziecięcą do miesiąca tematycznego „GET it”?',
    body: '<p>Chcemy w listopadzie dołączyć do miesiąca <strong>GET it</strong> o nowych technologiach. Mamy dwa tablety i jeden komputer dla dzieci. Od czego zacząć, żeby nie skończyło się na graniu w gry?</p>',
    tags: ['GET it', 'nowe technologie', 'dzieci'],
  },
  {
    key: 'debatt', kind: 'question', author: 'bibliotekarie@liblab.demo', language: 'sv', daysAgo: 11,
    title: 'Hur anordnar man en debatt på biblioteket inför valet?',
    body: '<p>Vi vill bjuda in lokala politiker till en debatt inför valet, men är osäkra på hur vi håller biblioteket neutralt och hur vi får med dem som sällan kommer till sådana kvällar. Hur har ni gjort?</p>',
    tags: ['demokrati', 'Biblioteken som tankesmedjor', 'arrangemang'],
  },
  {
    key: 'ungdom', kind: 'question', author: 'bibliotekar@liblab.demo', language: 'nb', daysAgo: 8,
    title: 'Hvordan får vi ungdom til å gi innspill til bibliotekets planer?',
    body: '<p>Vi skal revidere bibliotekplanen i kommunen og vil gjerne høre fra ungdom. Spørreundersøkelser får nesten ingen svar. Har noen gode erfaringer?</p>',
    tags: ['ungdom', 'medvirkning', 'temastrategi'],
  },
  {
    key: 'webinaria', kind: 'question', author: 'ewa.kaminska@liblab.demo', language: 'pl', daysAgo: 3,
    title: 'Jakie narzędzie do webinariów dla bibliotek gminnych polecacie?',
    body: '<p>Planujemy cykl krótkich webinariów dla bibliotekarek z gmin. Potrzebujemy czegoś prostego, bez instalowania programów i z nagrywaniem. Z czego korzystacie?</p>',
    tags: ['webinaria', 'szkolenia'],
  },
  {
    key: 'ai-barn', kind: 'question', author: 'ingrid.sjoberg@liblab.demo', language: 'sv', daysAgo: 1,
    title: 'Tips på tryggt sätt att låta barn prova AI på biblioteket?',
    body: '<p>Vi vill ha en eftermiddag där barn 10–12 år får prova bildgenererande AI och prata om vad som är äkta. Vilka verktyg fungerar utan konton och med rimliga åldersgränser?</p>',
    tags: ['AI', 'barn', 'källkritik'],
  },
];

export const DEMO_ANSWERS: DemoAnswer[] = [
  {
    key: 'get-it-1', question: 'get-it', author: 'piotr.lewandowski@liblab.demo', accepted: true, daysAgo: 13,
    body: '<p>Zacznijcie od <strong>jednego pytania na tydzień</strong>, na które dzieci szukają odpowiedzi z pomocą tabletu: „Jak działa drukarka 3D?”, „Skąd aplikacja wie, gdzie jestem?”. Gry przyjdą same, ale pytanie ustawia cel.</p><p>Na koniec miesiąca zróbcie małą wystawę odpowiedzi – rodzice uwielbiają.</p>',
  },
  {
    key: 'get-it-2', question: 'get-it', author: 'bibliotekarka@liblab.demo', daysAgo: 12,
    body: '<p>U nas świetnie sprawdziło się programowanie bez komputera: kartki ze strzałkami i „robot” z kolegi. Dwa tablety wystarczą, jeśli dzieci pracują w parach.</p>',
  },
  {
    key: 'debatt-1', question: 'debatt', author: 'lars.ek@liblab.demo', daysAgo: 10,
    body: '<p>Bjud in <em>alla</em> partier i fullmäktige skriftligt och samtidigt, och publicera inbjudan. Då är neutraliteten dokumenterad. Låt en extern moderator leda samtalet.</p>',
  },
  {
    key: 'debatt-2', question: 'debatt', author: 'expert.sv@liblab.demo', accepted: true, daysAgo: 9,
    body: '<p>Vi vände på formatet: först frågor från besökarna, insamlade på biblioteket och i sociala medier veckorna innan, sedan svarar politikerna. Det lockade nya grupper, särskilt unga förstagångsväljare.</p><p>Pilotbiblioteken i <strong>Biblioteken som tankesmedjor</strong> har en checklista som är värd att låna.</p>',
  },
  {
    key: 'ungdom-1', question: 'ungdom', author: 'koordinator@liblab.demo', daysAgo: 7,
    body: '<p>Gå dit ungdommene er: vi hadde et innspillmøte på ungdomsklubben og lot dem skrive forslag på lapper i stedet for å svare på skjema. Det ga over hundre innspill på én kveld.</p>',
  },
  {
    key: 'ungdom-2', question: 'ungdom', author: 'ekspert.nb@liblab.demo', daysAgo: 6,
    body: '<p>Gi dem noe å bestemme over, ikke bare mene noe om. Hos oss fikk en ungdomsgruppe ansvar for å innrede et rom – da kom engasjementet av seg selv.</p>',
  },
];

export const DEMO_COMMENTS: DemoComment[] = [
  { on: 'moc-promocji', author: 'anna.wojcik@liblab.demo', body: 'Wideo „Co dziś czytasz?” robimy od tygodnia – dzieci same się zgłaszają!' },
  { on: 'moc-promocji', author: 'admin@liblab.demo', body: 'Dzięki, Kasiu. Dodałam to do materiałów miesiąca tematycznego.' },
  { on: 'strefa-eksperymentu', author: 'piotr.lewandowski@liblab.demo', body: 'Świetny pomysł z zajęciami międzypokoleniowymi. Jakie roboty wybraliście?' },
  { on: 'strefa-eksperymentu', author: 'bibliotekarka@liblab.demo', body: 'Dwa zestawy do nauki programowania dla dzieci od 8 lat – lista jest w regulaminie.' },
  { on: 'medborgarforslag-ai', author: 'bibliotekarie@liblab.demo', body: 'Vi testar samma upplägg i Halmstad i vår. Tack för checklistan!' },
  { on: 'temastrategi', author: 'erik.johansen@liblab.demo', body: 'Innspillmøtet for ungdom var det beste vi gjorde i hele prosessen.' },
  { on: 'lokalne-spotkania', author: 'ewa.kaminska@liblab.demo', body: 'Stoliki tematyczne to strzał w dziesiątkę. Zapożyczamy do spotkania w Słupsku.' },
  { on: 'get-it-1', author: 'anna.wojcik@liblab.demo', body: 'Dziękuję! Zaczynamy od drukarki 3D.' },
  { on: 'debatt-2', author: 'samordnare@liblab.demo', body: 'Checklistan finns i dokumentationen från delningskonferensen.' },
  { on: 'ungdom-1', author: 'bibliotekar@liblab.demo', body: 'Lapper i stedet for skjema – det prøver vi!' },
];

/** [post or answer key, voter email] */
export const DEMO_VOTES: [string, string][] = [
  ['get-it', 'bibliotekarka@liblab.demo'],
  ['get-it', 'ewa.kaminska@liblab.demo'],
  ['get-it-1', 'anna.wojcik@liblab.demo'],
  ['get-it-1', 'bibliotekarka@liblab.demo'],
  ['get-it-1', 'admin@liblab.demo'],
  ['get-it-2', 'anna.wojcik@liblab.demo'],
  ['debatt', 'lars.ek@liblab.demo'],
  ['debatt', 'nils.dahl@liblab.demo'],
  ['debatt-1', 'bibliotekarie@liblab.demo'],
  ['debatt-2', 'bibliotekarie@liblab.demo'],
  ['debatt-2', 'samordnare@liblab.demo'],
  ['debatt-2', 'karin.nilsson@liblab.demo'],
  ['ungdom', 'marte.lie@liblab.demo'],
  ['ungdom-1', 'bibliotekar@liblab.demo'],
  ['ungdom-2', 'bibliotekar@liblab.demo'],
  ['ungdom-2', 'erik.johansen@liblab.demo'],
  ['webinaria', 'koordynator@liblab.demo'],
];

/** [post or answer key, member email, kind] */
export const DEMO_REACTIONS: [string, string, ReactionKind][] = [
  ['moc-promocji', 'anna.wojcik@liblab.demo', 'inspiring'],
  ['moc-promocji', 'jan.mazur@liblab.demo', 'useful'],
  ['moc-promocji', 'koordynator@liblab.demo', 'thanks'],
  ['strefa-eksperymentu', 'piotr.lewandowski@liblab.demo', 'inspiring'],
  ['strefa-eksperymentu', 'admin@liblab.demo', 'inspiring'],
  ['medborgarforslag-ai', 'bibliotekarie@liblab.demo', 'useful'],
  ['medborgarforslag-ai', 'expert.sv@liblab.demo', 'inspiring'],
  ['temastrategi', 'erik.johansen@liblab.demo', 'thanks'],
  ['temastrategi', 'samordnare@liblab.demo', 'inspiring'],
  ['lokalne-spotkania', 'ewa.kaminska@liblab.demo', 'useful'],
  ['folkbildning', 'ingrid.sjoberg@liblab.demo', 'useful'],
  ['get-it-1', 'anna.wojcik@liblab.demo', 'thanks'],
  ['debatt-2', 'bibliotekarie@liblab.demo', 'thanks'],
  ['ungdom-1', 'bibliotekar@liblab.demo', 'thanks'],
];

/** [member email, post key] */
export const DEMO_BOOKMARKS: [string, string][] = [
  ['admin@liblab.demo', 'lokalne-spotkania'],
  ['admin@liblab.demo', 'medborgarforslag-ai'],
  ['bibliotekarie@liblab.demo', 'debatt'],
];
