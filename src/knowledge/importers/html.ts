/** Just enough HTML handling to turn the short, well-formed summaries of NLM sources into Markdown. */

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', deg: '°', plusmn: '±', micro: 'µ', middot: '·', bull: '•',
  times: '×', le: '≤', ge: '≥', reg: '®', copy: '©', trade: '™', eacute: 'é', egrave: 'è', aacute: 'á',
  iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', alpha: 'α',
  beta: 'β', gamma: 'γ', delta: 'δ', kappa: 'κ', mu: 'μ',
};

/** Decodes named and numeric character references once (`&amp;lt;` becomes `&lt;`, not `<`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return namedEntities[ref.toLowerCase()] ?? match;
  });
}

/** HTML fragment → Markdown paragraphs, `##` headings and `- ` lists; links keep their text only. */
export function htmlToMarkdown(html: string): string {
  const marked = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/gi, (_, text: string) => `\n\n## ${stripTags(text).trim()}\n\n`)
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li>/gi, '')
    .replace(/<(?:\/?(?:p|div|ul|ol|table|tr|blockquote|section)|br\s*\/?)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?(?:td|th)\b[^>]*>/gi, ' ');
  const text = decodeEntities(stripTags(marked));
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n(- )/g, '\n$1')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/(^|\n)- ([^\n]*)\n\n(?=- )/g, '$1- $2\n') // keep the items of one list together
    .trim();
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}
