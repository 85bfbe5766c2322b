import { describe, expect, it } from 'vitest';
import { httpClient } from '../../support/http-client';
import { withTestServer } from '../../support/server-lifecycle';
import { backends } from '../../support/store-backends';
import { ADMIN_EMAIL, createEngineer, login } from '../../support/test-server';

const PRINTER = {
  title: 'Printer shows offline',
  body: '## Steps\n\n1. Turn the printer off and on.\n2. Remove and add it again in **Settings › Printers**.',
  tags: ['printer', 'Printer'],
  category: 'Printing',
  language: 'en',
};

describe.each(backends)('knowledge base articles on $name', (backend) => {
  const ctx = withTestServer(() => ({ knowledgeRefreshMs: 0 }), backend);

  it('engineers write drafts; admins and the engineers they allow publish; every version is kept and can be restored', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);

    const created = await api('/api/knowledge/articles', { cookie: ada.cookie, body: PRINTER });
    expect(created.status).toBe(201);
    const article = created.json.article;
    expect(article).toMatchObject({ status: 'draft', version: 1, authorName: 'Ada', tags: ['printer'], canPublish: false });

    const edited = await api(`/api/knowledge/articles/${article.id}`, {
      method: 'PUT',
      cookie: ada.cookie,
      body: { ...PRINTER, title: 'Printer shows “offline”', language: undefined },
    });
    expect(edited.json.article).toMatchObject({ version: 2, title: 'Printer shows “offline”' });

    // Ada may not publish; the draft stays a draft.
    const refused = await api(`/api/knowledge/articles/${article.id}/status`, { cookie: ada.cookie, body: { status: 'published' } });
    expect(refused.status).toBe(403);
    expect((await api(`/api/knowledge/articles/${article.id}`, { cookie: ada.cookie })).json.article.status).toBe('draft');

    const published = await api(`/api/knowledge/articles/${article.id}/status`, { cookie: admin, body: { status: 'published' } });
    expect(published.json.article).toMatchObject({ status: 'published', version: 3, canPublish: true });
    expect(published.json.article.publishedAt).toBeGreaterThan(0);

    // A published article is changed only by those who may publish: Ada, once an admin allows her.
    const change = { ...PRINTER, language: undefined, body: 'Restart the print spooler.' };
    expect((await api(`/api/knowledge/articles/${article.id}`, { method: 'PUT', cookie: ada.cookie, body: change })).status).toBe(403);
    expect((await api('/api/knowledge/publishers', { method: 'PUT', cookie: ada.cookie, body: { userIds: [ada.id] } })).status).toBe(403);
    expect((await api('/api/knowledge/publishers', { method: 'PUT', cookie: admin, body: { userIds: [ada.id] } })).status).toBe(200);
    expect((await api('/api/knowledge/publishers', { cookie: admin })).json.userIds).toEqual([ada.id]);
    const byAda = await api(`/api/knowledge/articles/${article.id}`, { method: 'PUT', cookie: ada.cookie, body: change });
    expect(byAda.json.article).toMatchObject({ version: 4, body: 'Restart the print spooler.', canPublish: true });

    const versions = (await api(`/api/knowledge/articles/${article.id}/versions`, { cookie: ada.cookie })).json.versions;
    expect(versions.map((v: { version: number; change: string }) => `${v.version}:${v.change}`)).toEqual([
      '4:edited',
      '3:published',
      '2:edited',
      '1:created',
    ]);
    expect(versions[3]).toMatchObject({ title: 'Printer shows offline', editorName: 'Ada' });

    const restored = await api(`/api/knowledge/articles/${article.id}/restore`, { cookie: ada.cookie, body: { version: 1 } });
    expect(restored.json.article).toMatchObject({ version: 5, title: 'Printer shows offline', body: PRINTER.body, status: 'published' });
    expect((await api(`/api/knowledge/articles/${article.id}/restore`, { cookie: ada.cookie, body: { version: 99 } })).status).toBe(404);

    // Bad input: a clear error, and nothing changes.
    // Each names the field at fault and why, for the console to say in its reader's language.
    for (const [body, field] of [
      [
        { ...PRINTER, title: '' },
        { path: ['title'], problem: 'required' },
      ],
      [
        { ...PRINTER, language: 'fr' },
        { path: ['language'], problem: 'not_allowed' },
      ],
      [
        { ...PRINTER, body: 'x'.repeat(50_001) },
        { path: ['body'], problem: 'too_long', limit: 50_000 },
      ],
      [
        { ...PRINTER, tags: ['<script>'] },
        { path: ['tags', 0], problem: 'wrong_format' },
      ],
    ] as const) {
      const bad = await api('/api/knowledge/articles', { cookie: ada.cookie, body });
      expect(bad.status).toBe(400);
      expect(bad.json.error).toMatchObject({ code: 'invalid_payload', field });
    }
    expect((await api('/api/knowledge/articles', { cookie: ada.cookie })).json.total).toBe(1);
    expect((await api('/api/knowledge/articles')).status).toBe(401);
    expect((await api('/api/knowledge/articles/not-a-uuid', { cookie: ada.cookie })).status).toBe(400);
  });

  it('does not let a save overwrite one made meanwhile: the second editor is told, and nothing is lost', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    const bea = await createEngineer(ctx.server, 'Bea');
    const { id, version } = (await api('/api/knowledge/articles', { cookie: ada.cookie, body: PRINTER })).json.article;
    const { language: _language, ...content } = PRINTER;
    const save = (cookie: string, title: string, baseVersion?: number) =>
      api(`/api/knowledge/articles/${id}`, { method: 'PUT', cookie, body: { ...content, title, baseVersion } });

    // Both opened version 1; Ada saves first, Bea's save over version 1 is refused.
    expect((await save(ada.cookie, 'Ada’s title', version)).json.article).toMatchObject({ version: 2, title: 'Ada’s title' });
    const late = await save(bea.cookie, 'Bea’s title', version);
    expect(late.status).toBe(409);
    expect(late.json.error.code).toBe('invalid_state');
    expect((await api(`/api/knowledge/articles/${id}`, { cookie: bea.cookie })).json.article).toMatchObject({
      version: 2,
      title: 'Ada’s title',
    });
    // Over the version she now has, hers goes in.
    expect((await save(bea.cookie, 'Bea’s title', 2)).json.article).toMatchObject({ version: 3, title: 'Bea’s title' });

    // Saves at the same moment, without a base version: each gets a version of its own or is told to try again; none fails.
    const racing = await Promise.all(Array.from({ length: 6 }, (_, i) => save(i % 2 ? ada.cookie : bea.cookie, `Race ${i}`)));
    expect(racing.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const versions = (await api(`/api/knowledge/articles/${id}/versions`, { cookie: ada.cookie })).json.versions.map(
      (v: { version: number }) => v.version,
    );
    const saved = racing.filter((r) => r.status === 200).length;
    expect(versions).toEqual(Array.from({ length: 3 + saved }, (_, i) => 3 + saved - i));
  });

  it('links translations, one per language; customers read theirs, or another language with a note', async () => {
    const api = httpClient(ctx.server.url);
    const admin = await login(ctx.server.url, ADMIN_EMAIL, ctx.server.adminPassword);
    const english = (await api('/api/knowledge/articles', { cookie: admin, body: PRINTER })).json.article;
    const chinese = (
      await api('/api/knowledge/articles', {
        cookie: admin,
        body: {
          title: '打印机显示脱机',
          body: '1. 关闭打印机再打开。',
          tags: ['printer'],
          category: 'Printing',
          language: 'zh-Hans',
          translationOf: english.id,
        },
      })
    ).json.article;
    expect(chinese.groupId).toBe(english.groupId);
    expect(chinese.translations).toEqual([expect.objectContaining({ id: english.id, language: 'en' })]);
    const twice = await api('/api/knowledge/articles', { cookie: admin, body: { ...PRINTER, translationOf: chinese.id } });
    expect(twice.status).toBe(409);

    // Drafts are invisible to customers.
    expect((await api(`/api/knowledge/help/${english.id}?language=en`)).status).toBe(404);
    expect((await api(`/api/knowledge/help?text=printer%20offline&language=en`)).json.suggestions).toEqual([]);
    for (const a of [english, chinese])
      await api(`/api/knowledge/articles/${a.id}/status`, { cookie: admin, body: { status: 'published' } });

    const inChinese = (await api(`/api/knowledge/help/${english.id}?language=zh-Hans`)).json.article;
    expect(inChinese).toMatchObject({ id: chinese.id, title: '打印机显示脱机', requestedLanguage: null });
    const inArabic = (await api(`/api/knowledge/help/${english.id}?language=ar`)).json.article;
    expect(inArabic).toMatchObject({ id: english.id, language: 'en', requestedLanguage: 'ar' });
    const found = (await api(`/api/knowledge/help?text=${encodeURIComponent('打印机脱机了')}&language=zh-Hans`)).json.suggestions;
    expect(found[0]).toMatchObject({ id: chinese.id, language: 'zh-Hans' });

    // Archived: gone for customers again.
    await api(`/api/knowledge/articles/${chinese.id}/status`, { cookie: admin, body: { status: 'archived' } });
    expect((await api(`/api/knowledge/help/${english.id}?language=zh-Hans`)).json.article).toMatchObject({
      id: english.id,
      requestedLanguage: 'zh-Hans',
    });
  });

  it('finds what another process wrote, without a restart', async () => {
    const api = httpClient(ctx.server.url);
    const ada = await createEngineer(ctx.server, 'Ada');
    expect((await api('/api/knowledge/suggestions?text=vpn', { cookie: ada.cookie })).json.suggestions).toEqual([]);
    // Written straight to the shared database, as another server process would.
    const user = await ctx.server.store.users.findByEmail(ada.email);
    const written = await ctx.server.store.articles.create(
      {
        title: 'VPN will not connect',
        body: 'Check the date and time.',
        tags: ['vpn'],
        category: 'Network',
        language: 'en',
        authorId: user!.id,
      },
      Date.now(),
    );
    await ctx.server.store.articles.setStatus(written.id, 'published', user!.id, Date.now());
    const found = (await api('/api/knowledge/suggestions?text=my%20vpn%20wont%20connect', { cookie: ada.cookie })).json.suggestions;
    expect(found.map((s: { id: string }) => s.id)).toEqual([written.id]);
  });
});
