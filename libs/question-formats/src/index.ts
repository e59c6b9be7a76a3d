export * from './types';
export * from './excel-cells';
export * from './excel-rows';
export * from './moodle-xml';
export * from './gift';
export { escapeGift, unescapeGift } from './gift-syntax';
export { countBlanks, decodeXmlEntities, htmlToText, parseRubricText, formatRubricText } from './text';
export { chapterFromCategory, categoryFor, looksLikeCode, DEFAULT_DIFFICULTY, DEFAULT_REQUIREMENT, DEFAULT_RUBRIC_CRITERION } from './meta';
export { MAX_XML_CHARS, declaresDtd } from './xml-guard';
