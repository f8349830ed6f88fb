import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and lists, joining wrapped lines', () => {
    const blocks = parseMarkdown('# Title\n\n## What it is\nFirst line\ncontinues here. [1]\n\n- one\n- two\n  wrapped\n\n1. first\n2. second\nAfter the list.');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Title', id: 'title' },
      { kind: 'heading', level: 2, text: 'What it is', id: 'what-it-is' },
      { kind: 'paragraph', text: 'First line continues here. [1]' },
      { kind: 'list', ordered: false, items: ['one', 'two wrapped'] },
      { kind: 'list', ordered: true, items: ['first', 'second'] },
      { kind: 'paragraph', text: 'After the list.' },
    ]);
  });

  it('never produces markup from the text itself', () => {
    const blocks = parseMarkdown('<script>alert(1)</script>');
    expect(blocks).toEqual([{ kind: 'paragraph', text: '<script>alert(1)</script>' }]);
  });
});

describe('parseInline', () => {
  it('separates bold runs and citation markers from plain text', () => {
    expect(parseInline('Call **911** now. [1][2, 3]')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'strong', text: '911' },
      { kind: 'text', text: ' now.' },
      { kind: 'cite', numbers: '1' },
      { kind: 'cite', numbers: '2, 3' },
    ]);
  });
});
