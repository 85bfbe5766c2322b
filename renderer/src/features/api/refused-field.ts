import { fieldOf } from './field-issue-text';
import { ApiError } from './rest-client';

/**
 * After a call the server refused for one field, the form marks that field (aria-invalid) and puts
 * the focus on it, so a screen reader and the eye both land where the fix goes. Forms name their
 * controls after the API's fields (`name="tags"`) for this. Earlier marks go first; after a
 * success, call it with no error to clear them.
 */
export function markRefusedField(form: HTMLFormElement | null, err: unknown): void {
  if (!form) return;
  for (const marked of form.querySelectorAll('[aria-invalid="true"]')) marked.removeAttribute('aria-invalid');
  const path = err instanceof ApiError ? err.detail.field?.path : undefined;
  const control = path ? form.elements.namedItem(fieldOf(path)) : null;
  if (!(control instanceof HTMLElement)) return;
  control.setAttribute('aria-invalid', 'true');
  control.focus();
}
