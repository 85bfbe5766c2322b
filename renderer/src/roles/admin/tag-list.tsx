/** A ticket's tags, each a link to the tickets that share it. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <span className="tags">
      {tags.map((tag) => (
        <a key={tag} className="tag" href={`#/tickets?tag=${encodeURIComponent(tag)}`}>
          {tag}
        </a>
      ))}
    </span>
  );
}
