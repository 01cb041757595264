/**
 * The sniffer: looks at the first bytes of a dropped file and works out how to read it (kind,
 * encoding, delimiter, quotes, header, number and date formats) and what its columns probably mean.
 * Pure TypeScript: no DuckDB and no DOM beyond TextDecoder, DecompressionStream and Blob.
 */
export { detectEncoding, decodeText, isValidUtf8, type TextEncoding, type EncodingGuess } from './encoding';
export { detectFileKind, type FileKind } from './fileKind';
export { readHead, readHeadInfo, HEAD_BYTES, type FileHead } from './readHead';
export { detectDialect, sampleRecords, type Dialect, type Delimiter } from './dialect';
export { detectLineEnding, sepDirective } from './lines';
export { looksLikeHeader } from './header';
export { parsePreview, dedupeHeaders, type Preview } from './preview';
export { splitRecords, splitWhitespace, type SampleRecord } from './tokenize';
export { detectNumberFormat, parseNumber, toNumberLayout, type NumberFormat } from './numbers';
export { splitNumberText, type NumberParts } from './numberText';
export {
  dateRegex,
  parseDate,
  isDateIn,
  hasAmPm,
  DATE_FORMATS,
  type DateFormat,
  type DatePart,
  type DatePattern,
} from './dates';
export { detectDateFormat, type DateDetection } from './dateDetect';
export { classifyValue, parseFlag, isNumberLike, isDateLike, type ValueKind } from './classify';
export { normalizeName, nameScores } from './names';
export { profileColumn, isFlagColumn, isDateColumn, isNumericColumn, type ColumnProfile } from './profile';
export {
  guessColumns,
  scoreOf,
  type ColumnGuess,
  type ColumnHints,
  type ColumnRole,
  type RoleCandidate,
} from './columns';
export { guessMapping, ROLE_FIELDS, type MappingGuess } from './mapping';
export { guessFileRole, guessFileRoleFrom, headerSignature, type FileRoleGuess } from './fileRole';
export { guessCancellation, CANCELLED_STATUSES, type CancellationGuess } from './cancel';
export { KIND_WARNINGS } from './warnings';
export { sniffBytes, sniffFile } from './sniff';
export { emptyResult, type SniffResult, type SniffOptions } from './result';
export { fileFormats, type FileFormats } from './formats';
export { textWarnings, type WarningInput } from './warnings';
