/**
 * Demo thematic months, after LABiB's "miesiące tematyczne" (seed text 003: "GET it" on new technologies,
 * "MOC promocji!" on promotion, with invited experts answering questions): one open now, with experts from
 * the three networks and questions in Polish, Swedish and Norwegian, and one archived with its summary.
 */
import type { Language } from '@liblab/domain';
import type { MonthStatus } from '../../../modules/months/entities/month.entity.js';

export interface DemoMonthQuestion {
  key: string;
  author: string;
  language: Language;
  title: string;
  body: string;
  tags: string[];
  /** How long ago it was asked. */
  hoursAgo: number;
  answers: { author: string; body: string; /** After the question. */ hoursLater: number }[];
  /** Escalated for passing the answer time without an expert answer (at asked + answer hours). */
  escalated?: boolean;
}

export interface DemoMonth {
  title: string;
  theme: string;
  description: string;
  status: MonthStatus;
  coverImageUrl: string | null;
  /** Days from now (negative: in the past). */
  startsInDays: number;
  endsInDays: number;
  answerHours: number;
  createdBy: string;
  experts: string[];
  questions: DemoMonthQuestion[];
  /** Archived months: the summary and the keys of the best answers (question key + index of its answer). */
  archive?: { language: Language; summary: string; bestAnswers: [string, number][] };
}

export const DEMO_MONTHS: DemoMonth[] = [
  {
    title: 'Nowe technologie w bibliotece',
    theme: 'GET it — nowe technologie',
    description:
      'Miesiąc tematyczny o nowych technologiach w bibliotece: drukarki 3D, roboty, aplikacje mobilne i bezpieczeństwo w sieci. ' +
      'Zaproszeni eksperci z Polski, Szwecji i Norwegii odpowiadają na pytania w ciągu 48 godzin. ' +
      'Ny teknik på biblioteket / Ny teknologi i biblioteket: frågor och spørsmål på svenska och norsk är välkomna.',
    status: 'open',
    coverImageUrl: 'https://labib.pl/media/get-it-cover.jpg',
    startsInDays: -10,
    endsInDays: 20,
    answerHours: 48,
    createdBy: 'koordynator@liblab.demo',
    experts: ['piotr.lewandowski@liblab.demo', 'expert.sv@liblab.demo', 'ekspert.nb@liblab.demo'],
    questions: [
      {
        key: 'druk-3d', author: 'bibliotekarka@liblab.demo', language: 'pl', hoursAgo: 8 * 24,
        title: 'Drukarka 3D w gminnej bibliotece — od czego zacząć?',
        body: '<p>Dostaliśmy drukarkę 3D z grantu. Jakie pierwsze zajęcia poprowadzić i jaki filament kupić na start?</p>',
        tags: ['nowe technologie', 'drukarka 3D'],
        answers: [
          { author: 'piotr.lewandowski@liblab.demo', hoursLater: 5, body: '<p>Zacznijcie od PLA i breloków z imieniem — po godzinie każdy wychodzi z czymś swoim. Potem konkurs na projekt.</p>' },
        ],
      },
      {
        key: 'photon', author: 'anna.wojcik@liblab.demo', language: 'pl', hoursAgo: 6 * 24,
        title: 'Roboty Photon na zajęciach międzypokoleniowych?',
        body: '<p>Czy ktoś łączył dzieci i seniorów przy robotach? Jak dobrać zadania, żeby obie grupy się nie nudziły?</p>',
        tags: ['nowe technologie', 'seniorzy'],
        answers: [
          { author: 'bibliotekarka@liblab.demo', hoursLater: 3, body: '<p>U nas dzieci programowały, a seniorzy układali trasy z mapy gminy. Świetnie działało!</p>' },
          { author: 'piotr.lewandowski@liblab.demo', hoursLater: 30, body: '<p>Pary dziecko–senior i wspólny cel (robot dowozi „list” do punktu na macie). Role zmieniajcie co 10 minut.</p>' },
        ],
      },
      {
        key: 'makerspace', author: 'ingrid.sjoberg@liblab.demo', language: 'sv', hoursAgo: 4 * 24,
        title: 'Hur kommer vi igång med en makerspace för unga?',
        body: '<p>Vi har ett litet rum och en liten budget. Vad ska vi köpa först, och hur får vi unga att komma tillbaka?</p>',
        tags: ['makerspace', 'unga'],
        answers: [
          { author: 'expert.sv@liblab.demo', hoursLater: 3, body: '<p>Börja med det som inte kräver handledning: pyssel, micro:bit och en symaskin. Låt de unga själva bestämma nästa inköp.</p>' },
        ],
      },
      {
        key: 'vr', author: 'bibliotekar@liblab.demo', language: 'nb', hoursAgo: 3 * 24,
        title: 'VR-briller på biblioteket – erfaringer med utlån?',
        body: '<p>Vi vurderer å låne ut VR-briller. Hvordan håndterer dere hygiene, lading og ventelister?</p>',
        tags: ['ny teknologi'],
        answers: [],
        escalated: true,
      },
      {
        key: 'tablety', author: 'jan.mazur@liblab.demo', language: 'pl', hoursAgo: 5,
        title: 'Jak bezpiecznie udostępniać tablety czytelnikom?',
        body: '<p>Chcemy wypożyczać tablety na miejscu. Jak czyścić je z danych po każdym użytkowniku?</p>',
        tags: ['nowe technologie', 'bezpieczeństwo'],
        answers: [],
      },
    ],
  },
  {
    title: 'MOC promocji! Jak mówić o bibliotece',
    theme: 'MOC promocji!',
    description: 'Miesiąc tematyczny o promocji biblioteki: media społecznościowe, plakaty, współpraca z lokalnymi mediami.',
    status: 'archived',
    coverImageUrl: null,
    startsInDays: -120,
    endsInDays: -90,
    answerHours: 48,
    createdBy: 'koordynator@liblab.demo',
    experts: ['ekspertka@liblab.demo'],
    questions: [
      {
        key: 'instagram', author: 'anna.wojcik@liblab.demo', language: 'pl', hoursAgo: 110 * 24,
        title: 'Jak prowadzić Instagram biblioteki bez grafika?',
        body: '<p>Jesteśmy we dwie w filii. Jak publikować regularnie i nie spędzać na tym całych dni?</p>',
        tags: ['promocja'],
        answers: [
          { author: 'ekspertka@liblab.demo', hoursLater: 6, body: '<p>Pokazujcie <strong>ludzi</strong>, nie półki. Jeden stały cykl tygodniowy (np. „Polecajka w piątek”) i zdjęcia telefonem w świetle dziennym wystarczą.</p>' },
        ],
      },
      {
        key: 'media', author: 'ewa.kaminska@liblab.demo', language: 'pl', hoursAgo: 105 * 24,
        title: 'Lokalna gazeta nie odpisuje — co robimy źle?',
        body: '<p>Wysyłamy zaproszenia na wydarzenia, ale nikt nie przychodzi z redakcji.</p>',
        tags: ['promocja', 'media'],
        answers: [
          { author: 'ekspertka@liblab.demo', hoursLater: 20, body: '<p>Zamiast zaproszenia wyślijcie gotową historię: jedną osobę, jej zmianę dzięki bibliotece i zdjęcie. Redakcje chętniej biorą gotowy materiał.</p>' },
        ],
      },
    ],
    archive: {
      language: 'pl',
      summary:
        '<p>Przez miesiąc <strong>MOC promocji!</strong> bibliotekarki i bibliotekarze z całej sieci pytali, jak mówić o bibliotece ' +
        'bez budżetu na reklamę. Najważniejsza lekcja: opowiadajcie o ludziach, regularnie i prostymi środkami.</p>',
      bestAnswers: [['instagram', 0], ['media', 0]],
    },
  },
];
