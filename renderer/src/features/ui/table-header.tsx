/** A table's header row; null leaves a column (an actions column, say) without a heading. */
export function TableHeader({ labels }: { labels: Array<string | null> }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          <th key={i}>{label}</th>
        ))}
      </tr>
    </thead>
  );
}
