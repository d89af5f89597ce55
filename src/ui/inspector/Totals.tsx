/** A two-column list of figures (label, value), right-aligned numbers. */
export function Totals({ rows }: { readonly rows: readonly (readonly [string, string])[] }) {
  return (
    <dl className="stats totals-list">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
