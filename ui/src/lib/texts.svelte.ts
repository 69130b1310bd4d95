// The app's static labels, by Fluent id, as the core formatted them for the chosen language.
// Messages with variables are never looked up here: the core formats them inside view models.
let texts: Record<string, string | undefined> = $state({});

export function setTexts(next: Record<string, string | undefined>) {
  texts = next;
}

/** A label by id; a missing id shows the id itself, as the core does. */
export function t(id: string): string {
  return texts[id] ?? id;
}
