import { KNOWLEDGE_LIMITS, LIMITS } from '@liblab/domain';

/**
 * The API's limits on a month (apps/api months dto, MONTH_LIMITS — not in @liblab/domain yet), so the form
 * says what is wrong before sending. The API checks them again.
 */
export const MONTH_FORM_LIMITS = {
  titleMin: KNOWLEDGE_LIMITS.titleMin,
  titleMax: KNOWLEDGE_LIMITS.titleMax,
  themeMin: 2,
  themeMax: 120,
  descriptionMax: LIMITS.descriptionMax,
  urlMax: LIMITS.urlMax,
  answerHoursMax: 720,
  bestAnswersMax: 20,
} as const;
