/**
 * Hostile-XML defence for the Moodle reader. A Moodle quiz file never has a DTD, so any
 * `<!DOCTYPE` or `<!ENTITY` outside comments and CDATA is refused before a parser sees the text:
 * no internal entity can be expanded (billion laughs) and no external one resolved (XXE). The
 * parser then runs with entity processing off; only the fixed list in `decodeXmlEntities` is decoded.
 */

/** Size limit of a Moodle XML text, in UTF-16 code units. */
export const MAX_XML_CHARS = 20_000_000;

/** True when the text declares a DTD or an entity outside comments and CDATA sections (linear scan). */
export function declaresDtd(xml: string): boolean {
  let i = xml.indexOf('<!');
  while (i !== -1) {
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      if (end === -1) return /<!(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i.test(xml.slice(i + 4));
      i = xml.indexOf('<!', end + 3);
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) return /<!(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i.test(xml.slice(i + 4));
      i = xml.indexOf('<!', end + 3);
    } else {
      const word = xml.slice(i + 2, i + 9).toUpperCase();
      if (word.startsWith('DOCTYPE') || word.startsWith('ENTITY') || word.startsWith('ELEMENT') || word.startsWith('ATTLIST')) return true;
      i = xml.indexOf('<!', i + 2);
    }
  }
  return false;
}
