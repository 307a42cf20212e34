/** A page that so far only says one thing: a heading and a message. */
export function MessagePage({
  title,
  message,
  children,
}: {
  title: string;
  message: string;
  children?: preact.ComponentChildren;
}) {
  return (
    <main>
      <h1>{title}</h1>
      <p>{message}</p>
      {children}
    </main>
  );
}
