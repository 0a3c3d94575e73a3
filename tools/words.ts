/**
 * Word lists for generated content in the four languages, with inflected forms side by side so that
 * stemming and prefix search have something to find (Swedish bibliotek/biblioteket/biblioteken/
 * bibliotekets, Norwegian bibliotek/biblioteket/bibliotekene, English library/libraries, Polish with
 * its diacritics: współpraca, czytelnictwo, książki).
 */
export type SeedLanguage = 'pl' | 'en' | 'sv' | 'nb';

export const WORDS: Record<SeedLanguage, string[]> = {
  pl: (
    'biblioteka biblioteki bibliotece bibliotekarka bibliotekarze czytelnicy czytelników czytelnictwo książka książki ' +
    'książek współpraca współpracy warsztaty warsztatów dzieci dzieciom młodzież seniorzy seniorów spotkanie spotkania ' +
    'gra gry planszowe robot roboty drukarka druk nowe technologie kodowanie programowanie konkurs konkursu nagroda ' +
    'gmina gminy szkoła szkoły przedszkole lokalna społeczność wolontariusze festiwal lato zima wakacje ferie ' +
    'klub dyskusyjny poezja historia regionalna kultura ludowa muzeum wystawa wystawy fotografia film kino plener ' +
    'ogród miejski ekologia klimat zdrowie edukacja cyfrowa internet bezpieczeństwo dezinformacja prasa gazeta ' +
    'jak zrobić pomysł pomysły inspiracja doświadczenie sukces problem pytanie odpowiedź pomoc rada dobry dobra ' +
    'nasza nasze mała duża wiejska miejska filia oddział dyrektor kierownik grant finansowanie budżet promocja ' +
    'plakat ulotka media społecznościowe facebook instagram newsletter strona zapisy rejestracja sala czytelnia ' +
    'głośne czytanie bajki baśnie komiks manga escape room quiz turniej szachy łamigłówki zagadki mapa podróże'
  ).split(/\s+/),
  en: (
    'library libraries librarian librarians reader readers reading book books author authors workshop workshops ' +
    'children child teenagers young adults seniors older people meeting meetings event events club clubs game games ' +
    'board robot robots printer printing technology technologies coding programming contest competition prize ' +
    'community communities volunteer volunteers festival summer winter holiday school schools kindergarten local ' +
    'council municipality discussion poetry history heritage culture museum exhibition exhibitions photography film ' +
    'cinema garden city ecology climate health education digital internet safety misinformation newspaper press ' +
    'how to idea ideas inspiration experience success problem question answer help advice good great small large ' +
    'rural urban branch director manager grant funding budget promotion poster leaflet social media newsletter ' +
    'website signup registration room reading room storytelling fairy tales comics escape quiz tournament chess ' +
    'puzzles riddles maps travel partnership partnerships cooperation'
  ).split(/\s+/),
  sv: (
    'bibliotek biblioteket biblioteken bibliotekets bibliotekens bibliotekarie bibliotekarier läsare läsning läsa ' +
    'bok boken böcker böckerna författare författaren verkstad verkstäder barn barnen ungdomar unga äldre seniorer ' +
    'möte möten mötet evenemang klubb klubben spel spelen brädspel robot robotar skrivare teknik tekniken kodning ' +
    'programmering tävling tävlingen pris kommun kommunen skola skolan skolor förskola lokal samhälle volontärer ' +
    'festival sommar vinter lov klubbar diskussion poesi historia kultur museum utställning utställningar ' +
    'fotografi film bio trädgård stad ekologi klimat hälsa utbildning digital internet säkerhet desinformation ' +
    'tidning hur man idé idéer inspiration erfarenhet framgång problem fråga frågan svar hjälp råd bra stor liten ' +
    'landsbygd filial chef bidrag finansiering budget marknadsföring affisch sociala medier nyhetsbrev webbplats ' +
    'anmälan rum läsrum sagostund sagor serier quiz turnering schack pussel gåtor kartor resor samarbete ' +
    'samarbetet läsfrämjande demokrati debatt valet'
  ).split(/\s+/),
  nb: (
    'bibliotek biblioteket bibliotekene bibliotekets bibliotekar bibliotekarer leser lesere lesing lese bok boka ' +
    'bøker bøkene forfatter forfatteren verksted verksteder barn barna ungdom unge eldre seniorer møte møtet ' +
    'møter arrangement arrangementer klubb klubben spill brettspill robot roboter skriver teknologi koding ' +
    'programmering konkurranse premie kommune kommunen skole skolen skoler barnehage lokal lokalsamfunn frivillige ' +
    'festival sommer vinter ferie diskusjon poesi historie kultur museum utstilling utstillinger fotografi film ' +
    'kino hage by økologi klima helse utdanning digital internett sikkerhet desinformasjon avis hvordan idé ' +
    'ideer inspirasjon erfaring suksess problem spørsmål svar hjelp råd god stor liten distrikt filial leder ' +
    'tilskudd finansiering budsjett markedsføring plakat sosiale medier nyhetsbrev nettside påmelding rom ' +
    'lesesal eventyr tegneserier quiz turnering sjakk puslespill gåter kart reiser samarbeid samarbeidet ' +
    'leselyst demokrati debatt valget'
  ).split(/\s+/),
};

export const FIRST_NAMES = [
  'Anna', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Piotr', 'Krzysztof', 'Tomasz', 'Łukasz', 'Michał', 'Paweł',
  'Zofia', 'Jadwiga', 'Grażyna', 'Elżbieta', 'Björn', 'Åsa', 'Karin', 'Lars', 'Maja', 'Erik', 'Ingrid',
  'Sigrid', 'Øystein', 'Kari', 'Ola', 'Solveig', 'Håkon', 'Emma', 'Oliver', 'Sophie', 'James', 'Charlotte',
];
export const LAST_NAMES = [
  'Nowak', 'Kowalska', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska', 'Woźniak',
  'Dąbrowski', 'Kozłowska', 'Jankowski', 'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson',
  'Öberg', 'Åberg', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Sørensen',
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams',
];
