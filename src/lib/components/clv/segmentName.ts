import { en, type MessageKey } from '../../i18n/en';
import { t } from '../../i18n/i18n.svelte';

/**
 * A segment name of the RFM map in the reader's language. The map itself (and links, files and
 * exports) keeps the English names; a name the map does not know is shown as written.
 */
export function segmentName(name: string): string {
  const key = `rfm.name.${name}`;
  return key in en ? t(key as MessageKey) : name;
}
