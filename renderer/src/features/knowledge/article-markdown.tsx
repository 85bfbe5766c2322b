import Markdown, { defaultUrlTransform } from 'react-markdown';

/**
 * An article's Markdown, shown safely: raw HTML is dropped (skipHtml), links and images keep only
 * safe protocols (react-markdown's URL transform turns javascript: and the like into nothing), and
 * links open outside the console. No HTML string is ever injected: react-markdown builds React elements.
 */
export function ArticleMarkdown({ source }: { source: string }) {
  return (
    <div className="article-body" dir="auto">
      <Markdown
        skipHtml
        urlTransform={defaultUrlTransform}
        components={{
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noopener noreferrer nofollow">
              {children}
            </a>
          ),
          // Images would load from anywhere the author pointed; a link to them is enough.
          img: ({ src, alt }) => (
            <a href={typeof src === 'string' ? src : undefined} target="_blank" rel="noopener noreferrer nofollow">
              {alt || src}
            </a>
          ),
        }}
      >
        {source}
      </Markdown>
    </div>
  );
}
