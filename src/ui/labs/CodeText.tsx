/** A catalog string with `backticked` words shown as code (command names, file names). */
export function CodeText({ text }: { readonly text: string }) {
  return (
    <>
      {text.split(/`([^`]+)`/).map((part, i) =>
        // Odd pieces sat between backticks.
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed string
        i % 2 === 1 ? <code key={i}>{part}</code> : part,
      )}
    </>
  );
}
