// Knowledge base: search and categories of the published articles (`#/knowledge-base`), and an
// article's page with "Was this helpful?" (`#/knowledge-base/<id>`). Every active member opens it.
import {field, fill, h, page, renderedHtml, select, textbox, when} from '../../../common/js/dom.js';
import {get, post, query} from '../../../common/js/api.js';
import {done, fail, form} from '../../../common/js/ui.js';
import {t} from '../../../common/js/texts.js';
import {section} from './common.js';

export default function knowledgeBase(root, context, articleId) {
  return articleId ? article(root, articleId) : search(root);
}

async function search(root) {
  const words = textbox('q', {maxlength: 200});
  const categories = await get('articles/categories');
  const category = select('category', [['', t('kb.allCategories')], ...categories.map(c => [c, c])], '');
  const results = h('div', {class: 'list'});
  const show = async () => {
    try {
      const found = await get('articles' + query({q: words.value.trim() || undefined,
        category: category.value || undefined, limit: 25}));
      fill(results, found.items.length === 0 ? h('p', {class: 'empty'}, t('kb.none'))
        : h('ul', {class: 'articles', 'aria-label': t('kb.results')}, found.items.map(a => h('li', {},
            h('h2', {}, h('a', {href: `#/knowledge-base/${encodeURIComponent(a.id)}`}, a.title)),
            a.snippet ? renderedHtml(a.snippet, {class: 'snippet'}) : h('p', {class: 'summary'}, a.summary),
            h('p', {class: 'meta'}, a.category, ' · ', when(a.updatedAt))))));
    } catch (error) {
      fail(error);
    }
  };
  category.addEventListener('change', show);
  page(root, t('kb.title'),
      form({role: 'search', class: 'filters'}, [field(t('kb.search'), words), field(t('kb.category'), category),
        h('button', {type: 'submit'}, t('kb.searchButton'))], show),
      results);
  show();
}

async function article(root, id) {
  const shown = await get(`articles/${encodeURIComponent(id)}`);
  const counts = h('p', {class: 'meta'});
  const drawCounts = helpful => fill(counts, t('kb.votes', {yes: helpful.yes, no: helpful.no}));
  drawCounts(shown.helpful);
  const vote = helpful => async () => {
    try {
      await post(`articles/${encodeURIComponent(id)}/feedback`, {helpful});
      drawCounts((await get(`articles/${encodeURIComponent(id)}`)).helpful);
      done(t('kb.thanks'));
    } catch (error) {
      fail(error);
    }
  };
  page(root, shown.title,
      h('p', {}, h('a', {href: '#/knowledge-base'}, t('kb.back'))),
      h('p', {class: 'meta'}, shown.category, ' · ', when(shown.updatedAt)),
      renderedHtml(shown.bodyHtml, {class: 'article'}),
      section('helpful-heading', t('kb.helpful'),
          h('div', {class: 'toolbar'}, h('button', {type: 'button', onclick: vote(true)}, t('kb.yes')),
              h('button', {type: 'button', class: 'secondary', onclick: vote(false)}, t('kb.no'))),
          counts));
}
