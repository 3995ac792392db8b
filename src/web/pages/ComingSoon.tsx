export function ComingSoon({ title }: { title: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>This section is coming in a later release of postguard.</p>
    </>
  );
}
