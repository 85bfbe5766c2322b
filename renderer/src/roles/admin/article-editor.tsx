import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleLanguage, splitTags, type ArticleContent } from '@firstline/protocol';
import { ArticleMarkdown } from '../../features/knowledge/article-markdown';
import { languageName } from '../../features/i18n/pick-language';
import { markRefusedField } from '../../features/api/refused-field';

export interface EditorValues extends ArticleContent {
  language: ArticleLanguage;
}

/** Title, category, tags and the Markdown text, with a preview of exactly what readers will see. */
export function ArticleEditor({
  initial,
  languageFixed,
  readOnly,
  onSave,
}: {
  initial: EditorValues;
  languageFixed: boolean;
  readOnly: boolean;
  /** Resolves to the error when the save failed (the page says what), to nothing when it worked. */
  onSave: (values: EditorValues) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial.title);
  const [category, setCategory] = useState(initial.category ?? '');
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [language, setLanguage] = useState(initial.language);
  const [body, setBody] = useState(initial.body);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setBusy(true);
    try {
      markRefusedField(
        form,
        await onSave({ title: title.trim(), body, tags: splitTags(tags), category: category.trim() || null, language }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="article-editor" onSubmit={submit}>
      <label>
        {t('knowledge.editor.title')}
        <input
          name="title"
          required
          maxLength={200}
          value={title}
          readOnly={readOnly}
          dir="auto"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <div className="field-row">
        <label>
          {t('knowledge.editor.category')}
          <input
            name="category"
            maxLength={80}
            value={category}
            readOnly={readOnly}
            dir="auto"
            onChange={(e) => setCategory(e.target.value)}
          />
        </label>
        <label>
          {t('knowledge.editor.tags')}
          <input name="tags" value={tags} readOnly={readOnly} dir="auto" onChange={(e) => setTags(e.target.value)} />
        </label>
        <label>
          {t('knowledge.editor.language')}
          <select
            name="language"
            value={language}
            disabled={languageFixed || readOnly}
            onChange={(e) => setLanguage(e.target.value as ArticleLanguage)}
          >
            {ArticleLanguage.options.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="editor-panes">
        <label>
          {t('knowledge.editor.body')}
          <textarea
            name="body"
            required
            rows={16}
            maxLength={50_000}
            value={body}
            readOnly={readOnly}
            dir="auto"
            onChange={(e) => setBody(e.target.value)}
          />
        </label>
        <div className="preview" aria-label={t('knowledge.editor.preview')} role="region">
          <h2 className="small muted">{t('knowledge.editor.preview')}</h2>
          <ArticleMarkdown source={body} />
        </div>
      </div>
      {!readOnly && (
        <button type="submit" className="primary" disabled={busy || !title.trim() || !body.trim()}>
          {t('knowledge.editor.save')}
        </button>
      )}
    </form>
  );
}
