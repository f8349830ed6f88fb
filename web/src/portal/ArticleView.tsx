import { Fragment, useEffect, useRef } from 'react';
import { knowledgeArticle } from '../api/portal.ts';
import { formatDate } from '../fhir/display.ts';
import { ErrorMessage, Loading } from '../shell/feedback.tsx';
import { useAsync } from '../shell/useAsync.ts';
import { parseInline, parseMarkdown, slug } from './markdown.ts';

/** Text with its bold runs and citation markers drawn. */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, index) =>
        part.kind === 'cite' ? (
          <sup key={index} className="cite-marker">
            [{part.numbers}]
          </sup>
        ) : part.kind === 'strong' ? (
          <strong key={index}>{part.text}</strong>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * An approved article, as a knowledge citation opens it: its sections (scrolled to the cited one),
 * who reviewed it, and its numbered published sources.
 */
export function ArticleView({ articleId, section }: { articleId: string; section?: string }) {
  const article = useAsync(() => knowledgeArticle(articleId), [articleId]);
  const sectionRef = useRef<HTMLHeadingElement | null>(null);
  const ready = article.status === 'ready';
  useEffect(() => {
    if (ready) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [ready]);
  if (article.status === 'loading') return <Loading label="Loading the article…" />;
  if (article.status === 'failed') return <ErrorMessage title="This article could not be loaded." error={article.error} />;
  const { title, summary, body, sources, review } = article.value;
  const wanted = section ? slug(section) : undefined;
  const blocks = parseMarkdown(body).filter((block, index) => !(index === 0 && block.kind === 'heading' && block.level === 1));
  return (
    <article className="article-view">
      <p className="eyebrow">Health information your clinic has approved</p>
      <h2>{title}</h2>
      <p className="lead-text">{summary}</p>
      {review.status === 'approved' && (
        <p className="muted small">
          Reviewed{review.reviewer ? ` by ${review.reviewer}` : ''}
          {review.date ? ` on ${formatDate(review.date)}` : ''}.
        </p>
      )}
      {blocks.map((block, index) => {
        if (block.kind === 'heading') {
          const cited = block.id === wanted;
          return (
            <h3 key={index} id={`article-${block.id}`} ref={cited ? sectionRef : undefined} className={cited ? 'cited-section' : undefined}>
              {block.text}
              {cited && <span className="badge badge-accent">Cited</span>}
            </h3>
          );
        }
        if (block.kind === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={index}>
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex}>
                  <InlineText text={item} />
                </li>
              ))}
            </List>
          );
        }
        return (
          <p key={index}>
            <InlineText text={block.text} />
          </p>
        );
      })}
      <h3>Sources</h3>
      <ol className="source-list">
        {sources.map((source) => (
          <li key={`${source.organization}-${source.title}`}>
            {source.organization}, {source.url ? <a href={source.url} target="_blank" rel="noreferrer">{source.title}</a> : <cite>{source.title}</cite>} ({source.year})
          </li>
        ))}
      </ol>
    </article>
  );
}
